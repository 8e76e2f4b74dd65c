import Directives
import Foundation

/// "How this was made": a collapsed box under each directive's output with every option (the
/// defaults filled in and marked), the engine that computed it, and the `lstmbook` command that
/// reproduces its numbers where one exists.
///
/// Run time is deliberately left out: `check` rebuilds without the cache and compares bytes, and
/// a page must be byte-identical on every rebuild and machine, which no measured time is. The
/// build log reports each directive's run time instead.
enum Provenance {
    static func html(_ invocation: Invocation, words: ProvenanceWords) -> String {
        let rows = invocation.directive.values.map { spec, value -> String in
            let note = invocation.options.isWritten(spec.name) ? "" : " <span class=\"provenance-default\">(\(words.byDefault))</span>"
            return "<tr><th scope=\"row\"><code>\(HTML.escape(spec.name))</code></th><td><code>\(HTML.escape(value.yaml))</code>\(note)</td></tr>"
        }.joined(separator: "\n")
        let command = self.command(invocation).map {
            "<p>\(HTML.escape(words.command)):</p>\n<pre class=\"provenance-command\"><code>\(HTML.escape($0))</code></pre>\n"
        } ?? ""
        return """
        <details class="provenance">
        <summary>\(HTML.escape(words.summary)) <code>{\(HTML.escape(invocation.kind))}</code></summary>
        <table class="provenance-options">
        <caption>\(HTML.escape(words.options))</caption>
        <thead><tr><th scope="col">\(HTML.escape(words.option))</th><th scope="col">\(HTML.escape(words.value))</th></tr></thead>
        <tbody>
        \(rows)
        </tbody>
        </table>
        <p>\(HTML.escape(words.engine)): lstmbook \(HTML.escape(ToolVersion.current)), \
        \(HTML.escape(words.engineCode)) <code>\(CodeFingerprints.engine.prefix(12))</code>, \
        \(HTML.escape(words.runCode)) <code>\(invocation.directive.runCodeFingerprint.prefix(12))</code>.</p>
        \(command)<p class="provenance-time">\(codeSpans(words.runTime))</p>
        </details>
        """
    }

    /// Text with `code` spans, escaped.
    private static func codeSpans(_ text: String) -> String {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated().map { index, part in
            index % 2 == 1 ? "<code>\(HTML.escape(String(part)))</code>" : HTML.escape(String(part))
        }.joined()
    }

    /// The `lstmbook` command that computes the same numbers, for the directives the command line
    /// can run.
    static func command(_ invocation: Invocation) -> String? {
        invocation.directive.command(folder: invocation.file.split(separator: "/").dropLast().joined(separator: "/"))
    }
}
