import Foundation

extension Site {
    /// Reads a lesson the way a build does — front matter, Markdown, directives and their
    /// options, references, equations — without running any experiment, and returns every
    /// problem found. Fast enough to run on every keystroke, and safe on any bytes: the fuzzer
    /// drives the lesson and option parsers through here. Citations are checked against the
    /// bibliography in the lesson's folder (`displayPath` is then a real path), and references into
    /// other lessons against what the folder's lessons declare.
    public static func lint(_ bytes: Data, displayPath: String, checkCitations: Bool = true) -> [Diagnostic] {
        let source: LessonSource
        do {
            source = try LessonSource(bytes: bytes, displayPath: displayPath, slug: "lesson")
        } catch {
            return error.all
        }
        let draft = LessonDraft(source: source)
        var bibliography: Bibliography?
        var problems: [Diagnostic] = []
        if checkCitations {
            let folder = (displayPath as NSString).deletingLastPathComponent
            do {
                bibliography = try Bibliography.load(directory: URL(fileURLWithPath: folder.isEmpty ? "." : folder), displayPath: folder)
            } catch {
                problems = error.all
            }
        }
        // Directives are not run: each reports "not run", which is then left out, so only the
        // lesson's own problems remain. References to directive ids are still checked.
        let notRun = draft.invocations.map { Result<Data, Diagnostic>.failure(Diagnostic(file: $0.file, line: $0.line, message: Self.notRun)) }
        let lessons = checkCitations ? CrossLessons.declared(besides: URL(fileURLWithPath: displayPath), displayPath: displayPath) : nil
        return problems + draft.finish(outputs: notRun, bibliography: bibliography, lessons: lessons).problems.filter { $0.message != Self.notRun }
    }

    private static let notRun = "not run"
}
