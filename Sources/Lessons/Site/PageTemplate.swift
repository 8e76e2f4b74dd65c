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
        /// Where the lesson stands in the table of contents, e.g. (3, 7); nil for a lesson
        /// rendered on its own.
        let position: (number: Int, count: Int)?
        let body: String
        let previous: Link?
        let next: Link?
    }

    static func lessonPage(_ lesson: Lesson) -> String {
        let words = SiteWords.forLanguage(lesson.language)
        var pager = ""
        if lesson.previous != nil || lesson.next != nil {
            let previous = lesson.previous.map {
                "<a class=\"pager-prev\" rel=\"prev\" href=\"\(HTML.href($0.href))\"><span class=\"pager-label\">\(words.previous)</span> \(HTML.escape($0.title))</a>"
            } ?? "<span></span>"
            let next = lesson.next.map {
                "<a class=\"pager-next\" rel=\"next\" href=\"\(HTML.href($0.href))\"><span class=\"pager-label\">\(words.next)</span> \(HTML.escape($0.title))</a>"
            } ?? "<span></span>"
            pager = "<nav class=\"pager\" aria-label=\"Lessons\">\(previous)\(next)</nav>\n"
        }
        let summary = lesson.summary.map { "<p class=\"lesson-summary\">\(HTML.escape($0))</p>\n" } ?? ""
        let main = """
        <article class="lesson">
        <header class="lesson-header">
        \(lesson.position.map { "<p class=\"lesson-position\">\(HTML.escape(words.position($0.number, $0.count)))</p>\n" } ?? "")<h1>\(HTML.escape(lesson.title))</h1>
        \(summary)</header>
        \(lesson.body)</article>
        \(pager)
        """
        return page(title: "\(lesson.title) — \(siteName)", description: lesson.summary, language: lesson.language, main: main)
    }

    static func page(title: String, description: String?, language: String, main: String) -> String {
        let words = SiteWords.forLanguage(language)
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
        <a class="skip-link" href="#content">\(words.skip)</a>
        <header class="site-header">
        <a class="site-name" href="index.html">\(siteName)</a>
        <button class="theme-switch" type="button" hidden>Theme</button>
        </header>
        <main id="content">
        \(main)</main>
        <footer class="site-footer">
        <p>\(words.footer)</p>
        </footer>
        </body>
        </html>

        """
    }
}
