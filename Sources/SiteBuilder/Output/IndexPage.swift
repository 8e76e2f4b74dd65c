import Directives
/// The site's front page: what it is, and the lessons in order with their summaries.
enum IndexPage {
    struct Entry {
        let href: String
        let title: String
        let summary: String?
        /// The lesson's language: its title and summary are marked with it on the English index.
        var language = "en"
    }

    static func html(entries: [Entry]) -> String {
        let items = entries.enumerated().map { number, entry in
            let lang = entry.language == "en" ? "" : " lang=\"\(HTML.escape(entry.language))\""
            let summary = entry.summary.map { "\n<p\(lang)>\(HTML.escape($0))</p>" } ?? ""
            let title = lang.isEmpty ? HTML.escape(entry.title) : "<span\(lang)>\(HTML.escape(entry.title))</span>"
            return "<li><a href=\"\(HTML.href(entry.href))\"><span class=\"toc-number\">\(number + 1)</span> \(title)</a>\(summary)</li>"
        }.joined(separator: "\n")
        let main = """
        <article class="lesson index">
        <header class="lesson-header">
        <h1>LSTM and GRU networks, illustrated and run</h1>
        <p class="lesson-summary">Why a plain recurrent network forgets, how the gates of an LSTM and a GRU decide what to keep, and what that buys \
        on real data. Every claim is shown by an experiment that ran when this site was built.</p>
        </header>
        <ol class="toc">
        \(items)
        </ol>
        <p class="index-note">How the numbers were made, and which moved at the last rerun: <a href="drift.html">results and drift</a>.</p>
        </article>

        """
        return PageTemplate.page(title: PageTemplate.siteName + " — LSTM and GRU networks, illustrated and run",
                                 description: "An illustrated, runnable tutorial on recurrent networks: RNN, LSTM and GRU.",
                                 language: "en", main: main)
    }
}
