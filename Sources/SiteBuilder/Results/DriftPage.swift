import Directives
/// The site's page about its own numbers: what the last rerun changed, value by value, and how
/// many values are recorded. Drawn from the results file alone.
enum DriftPage {
    static let fileName = "drift.html"

    static func html(_ results: ResultsFile) -> String {
        let recorded = results.lessons.values.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.values.count } }
        let directives = results.lessons.values.reduce(0) { $0 + $1.count }
        var body = "<p>The lessons’ \(directives) experiments record \(recorded) named values in <a "
            + "href=\"\(ResultsFile.fileName)\">\(ResultsFile.fileName)</a>. "
        if results.lastChanges.isEmpty {
            body += "No rerun has changed any of them since they were first recorded.</p>\n"
        } else {
            let beyond = results.lastChanges.filter(\.isBeyondTolerance).count
            body += "The last rerun that changed anything changed \(results.lastChanges.count) value\(results.lastChanges.count == 1 ? "" : "s")"
            body += beyond == 0 ? ", all within their directives’ tolerance.</p>\n" : "; \(beyond) moved by more than their "
                + "directive tolerates.</p>\n"
            let rows = results.lastChanges.map { drift -> String in
                let page = drift.file.split(separator: "/").last.map { String($0.dropLast(3)) + ".html" } ?? ""
                let change = drift.relativeChange.map { ($0 >= 0 ? "+" : "") + NumberText.fixed($0 * 100, decimals: 1) + " %" } ?? "—"
                let flag = drift.isBeyondTolerance ? " class=\"drift-beyond\"" : ""
                return "<tr\(flag)><td><a "
                    + "href=\"\(HTML.href(page))\">\(HTML.escape(drift.file))</a>:\(drift.line)</td><td>\(HTML.escape(drift.kind)) "
                    + "\(HTML.escape(drift.directive))</td><td><code>\(HTML.escape(drift.name))</code></td><td "
                    + "class=\"align-right\">\(drift.old.map(Drift.format) ?? "—")</td><td "
                    + "class=\"align-right\">\(drift.new.map(Drift.format) ?? "—")</td><td class=\"align-right\">\(change)</td></tr>"
            }.joined(separator: "\n")
            body += """
            <div class="table-scroll">
            <table class="results">
            <caption>Values changed by the last rerun that changed any; highlighted rows moved by more than their directive’s tolerance.</caption>
            <thead><tr><th>lesson</th><th>directive</th><th>value</th><th class="align-right">before</th><th class="align-right">after</th><th \
            class="align-right">change</th></tr></thead>
            <tbody>
            \(rows)
            </tbody>
            </table>
            </div>

            """
        }
        let main = """
        <article class="lesson">
        <header class="lesson-header">
        <h1>Results and drift</h1>
        <p class="lesson-summary">Every number in these lessons comes from an experiment that ran. This page says which numbers moved when the \
        experiments were last rerun.</p>
        </header>
        \(body)</article>

        """
        return PageTemplate.page(title: "Results and drift — \(PageTemplate.siteName)",
                                 description: "Which of the lessons' computed values changed at the last rerun.", language: "en", main: main)
    }
}
