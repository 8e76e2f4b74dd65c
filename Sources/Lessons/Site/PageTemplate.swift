/// The HTML around a lesson body or the index: one template, so every page shares its header,
/// theme switch, typography and footer.
struct PageTemplate {
    /// The site's name, in the header and every `<title>`.
    static let siteName = "lstmbook"

    struct Link {
        let href: String
        let title: String
    }

    struct Lesson {
        let title: String
        let summary: String?
        let language: String
        /// "Lesson 3 of 7".
        let position: String
        let body: String
        let previous: Link?
        let next: Link?
    }

    static func lessonPage(_ lesson: Lesson) -> String {
        var pager = ""
        if lesson.previous != nil || lesson.next != nil {
            let previous = lesson.previous.map {
                "<a class=\"pager-prev\" rel=\"prev\" href=\"\(HTML.href($0.href))\"><span class=\"pager-label\">Previous</span> \(HTML.escape($0.title))</a>"
            } ?? "<span></span>"
            let next = lesson.next.map {
                "<a class=\"pager-next\" rel=\"next\" href=\"\(HTML.href($0.href))\"><span class=\"pager-label\">Next</span> \(HTML.escape($0.title))</a>"
            } ?? "<span></span>"
            pager = "<nav class=\"pager\" aria-label=\"Lessons\">\(previous)\(next)</nav>\n"
        }
        let summary = lesson.summary.map { "<p class=\"lesson-summary\">\(HTML.escape($0))</p>\n" } ?? ""
        let main = """
        <article class="lesson">
        <header class="lesson-header">
        <p class="lesson-position">\(HTML.escape(lesson.position))</p>
        <h1>\(HTML.escape(lesson.title))</h1>
        \(summary)</header>
        \(lesson.body)</article>
        \(pager)
        """
        return page(title: "\(lesson.title) — \(siteName)", description: lesson.summary, language: lesson.language, main: main)
    }

    static func page(title: String, description: String?, language: String, main: String) -> String {
        let meta = description.map { "<meta name=\"description\" content=\"\(HTML.escape($0))\">\n" } ?? ""
        return """
        <!DOCTYPE html>
        <html lang="\(HTML.escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        \(meta)<meta name="color-scheme" content="light dark">
        <link rel="stylesheet" href="style.css">
        <script src="site.js" defer></script>
        </head>
        <body>
        <a class="skip-link" href="#content">Skip to content</a>
        <header class="site-header">
        <a class="site-name" href="index.html">\(siteName)</a>
        <button class="theme-switch" type="button" hidden>Theme</button>
        </header>
        <main id="content">
        \(main)</main>
        <footer class="site-footer">
        <p>Every number, table and figure on these pages was computed by the experiments they describe, run on lstmbook’s own recurrent-network engine when the site was built.</p>
        </footer>
        </body>
        </html>

        """
    }
}
