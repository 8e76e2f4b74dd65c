import Foundation

extension Site {
    /// Renders one lesson on its own: the whole page (without neighbours to link to) or, as a
    /// fragment, only the lesson body. Problems are returned with the HTML, which shows them in
    /// error boxes, so a draft can still be looked at.
    public static func renderLesson(at url: URL, displayPath: String, fragment: Bool, jobs: Int) -> (html: String?, problems: [Diagnostic]) {
        let source: LessonSource
        do {
            source = try LessonSource(url: url, displayPath: displayPath)
        } catch {
            return (nil, error.all)
        }
        let draft = LessonDraft(source: source)
        let outputs = Execution(lessonsDirectory: url.deletingLastPathComponent(), lessonsDisplayPath: (displayPath as NSString).deletingLastPathComponent, jobs: jobs).outputs(for: draft.invocations).outputs
        let bibliography = try? Bibliography.load(directory: url.deletingLastPathComponent(), displayPath: (displayPath as NSString).deletingLastPathComponent)
        let lessons = CrossLessons.declared(besides: url, displayPath: displayPath)
        let finished = draft.finish(outputs: outputs, bibliography: bibliography ?? nil, lessons: lessons)
        let (body, problems) = (finished.html, finished.problems)
        if fragment { return (body, problems) }
        let page = PageTemplate.lessonPage(PageTemplate.Lesson(
            title: source.frontMatter.title, summary: source.frontMatter.summary, language: source.frontMatter.language,
            position: nil, body: body, previous: nil, next: nil, headings: finished.headings))
        return (page, problems)
    }
}
