import Directives
import Foundation

extension Site {
    /// Reads a lesson the way a build does — front matter, Markdown, directives and their
    /// options, references, equations — without running any experiment, and returns every
    /// problem found. Fast enough to run on every keystroke, and safe on any bytes: the fuzzer
    /// drives the lesson and option parsers through here. Citations are checked against the
    /// bibliography in the lesson's folder (`displayPath` is then a real path), and references into
    /// other lessons against what the folder's lessons declare.
    ///
    /// The steps of a build, less run: its directives are presented as not run, so references to
    /// their values are not checked, and everything else is.
    public static func lint(_ bytes: Data, displayPath: String, checkCitations: Bool = true) -> [Diagnostic] {
        let source: LessonSource
        switch ReadStep.bytes(bytes, displayPath: displayPath) {
        case .failure(let problems): return problems.all
        case .success(let read): source = read
        }
        var bibliography: Bibliography?
        var problems: [Diagnostic] = []
        if checkCitations {
            let folder = (displayPath as NSString).deletingLastPathComponent
            (bibliography, problems) = ReadStep.bibliography(URL(fileURLWithPath: folder.isEmpty ? "." : folder), displayPath: folder)
        }
        let notRun = RanLesson(checked: CheckStep.check(ParseStep.parse(source)), outputs: [:])
        let lessons = checkCitations ? CrossLessons.declared(besides: URL(fileURLWithPath: displayPath), displayPath: displayPath) : nil
        return problems + RenderStep.render(PresentStep.present(notRun), bibliography: bibliography, lessons: lessons).problems
    }
}
