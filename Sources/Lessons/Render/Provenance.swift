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
        guard let kind = DirectiveRegistry.kind(named: invocation.kind) else { return "" }
        let rows = DirectiveRegistry.options(of: kind).compactMap { spec -> String? in
            guard let value = invocation.options.value(spec.name) else { return nil }
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
        \(HTML.escape(words.directivesCode)) <code>\(CodeFingerprints.directives.prefix(12))</code>.</p>
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
    /// can run: `{forecast}` with the settings `lstmbook forecast` has (Adam at Keras's default
    /// rate, windows as features, the note's window count).
    static func command(_ invocation: Invocation) -> String? {
        let options = invocation.options
        guard invocation.kind == ForecastDirective.name,
              options.text("optimizer") == "adam", options.number("learning_rate") == 0.001,
              options.text("layout") == "features", options.text("windows") == "note",
              let data = options.text("data") else { return nil }
        let folder = invocation.file.split(separator: "/").dropLast().joined(separator: "/")
        var words = ["lstmbook", "forecast", "--data", shellQuoted(LessonCatalog.join(folder, data))]
        if let column = options.text("column") { words += ["--column", shellQuoted(column)] }
        words += ["--look-back", options.integers("look_back").map(String.init).joined(separator: ","),
                  "--seeds", options.integers("seeds").map(String.init).joined(separator: ","),
                  "--units", String(options.integer("units")), "--epochs", String(options.integer("epochs")),
                  "--batch-size", String(options.integer("batch_size")),
                  "--train-fraction", OptionKind.format(options.number("train_fraction"))]
        return words.joined(separator: " ")
    }

    private static func shellQuoted(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_./".unicodeScalars.contains($0) }
        return safe && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
