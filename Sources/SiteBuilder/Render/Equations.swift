import Directives
import MathML

/// Equations in lessons: TeX source rendered to MathML on the server, so they read without
/// JavaScript. A mistake in the TeX is a diagnostic at its line, and the page shows the source.
enum Equations {
    /// `line` is the file line of the TeX's first line.
    static func render(_ tex: String, display: Bool, file: String, line: Int, problems: inout [Diagnostic]) -> String {
        do {
            let math = try MathML.render(tex, display: display)
            // A display equation wider than the column scrolls in a box of its own.
            return display ? "<div class=\"math-scroll\">\(math)</div>" : math
        } catch let error as MathError {
            problems.append(Diagnostic(file: file, line: line + error.line - 1, message: "equation: \(error)"))
        } catch {
            problems.append(Diagnostic(file: file, line: line, message: "equation: \(error)"))
        }
        let source = "<code class=\"math-error\">\(HTML.escape(tex))</code>"
        return display ? "<p>\(source)</p>" : source
    }
}
