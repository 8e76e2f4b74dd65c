import Directives
import Foundation

extension Site {
    /// Renders one lesson on its own: the whole page (without neighbours to link to) or, as a
    /// fragment, only the lesson body. Problems are returned with the HTML, which shows them in
    /// error boxes, so a draft can still be looked at. The same steps as a build, for one lesson.
    public static func renderLesson(at url: URL, displayPath: String, fragment: Bool, jobs: Int) -> (html: String?, problems: [Diagnostic]) {
        let source: LessonSource
        switch ReadStep.file(at: url, displayPath: displayPath) {
        case .failure(let problems): return (nil, problems.all)
        case .success(let read): source = read
        }
        let folder = url.deletingLastPathComponent(), shownFolder = (displayPath as NSString).deletingLastPathComponent
        let (bibliography, bibliographyProblems) = ReadStep.bibliography(folder, displayPath: shownFolder)
        let execution = Execution(lessonsDirectory: folder, lessonsDisplayPath: shownFolder, jobs: jobs)
        let ran = RunStep(execution: execution, cacheDirectory: nil).run([CheckStep.check(ParseStep.parse(source))])
        let lessons = CrossLessons.declared(besides: url, displayPath: displayPath)
        let lesson = RenderStep.render(PresentStep.present(ran.lessons[0]), bibliography: bibliography, lessons: lessons)
        let html = fragment ? lesson.body.html : SitePages.page(lesson, position: nil, previous: nil, next: nil)
        return (html, bibliographyProblems + lesson.problems)
    }
}
