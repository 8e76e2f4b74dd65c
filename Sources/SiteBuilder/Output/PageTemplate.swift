import Directives
/// The HTML around a lesson body or the index: one template, so every page shares its header,
/// theme switch, typography and footer.
package struct PageTemplate {
    /// The site's name, in the header and every `<title>`.
    package static let siteName = "lstmbook"

    struct Link {
        let href: String
        let title: String
        /// The linked lesson's language: its title is marked with it when the page speaks another.
        var language: String? = nil
    }

    /// A linked lesson's title, marked with its own language when it differs from the page's, so
    /// a screen reader on a Chinese page reads an English title in English.
    static func title(_ link: Link, on language: String) -> String {
        guard let other = link.language, other != language else { return HTML.escape(link.title) }
        return "<span lang=\"\(HTML.escape(other))\">\(HTML.escape(link.title))</span>"
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
        /// The page's headings, listed under "On this page".
        var headings: [PageMarkers.Heading] = []
    }

    /// "On this page": the page's second- and third-level headings, when there are two or more.
    static func contents(_ headings: [PageMarkers.Heading], words: SiteWords) -> String {
        let listed = headings.filter { $0.level == 2 || $0.level == 3 }
        guard listed.count >= 2 else { return "" }
        let items = listed.map { "<li class=\"toc-level-\($0.level)\"><a href=\"#\(HTML.escape($0.id))\">\(HTML.escape($0.text))</a></li>" }
        return "<nav class=\"page-toc\" aria-label=\"\(HTML.escape(words.onThisPage))\">\n<p "
            + "class=\"page-toc-title\">\(HTML.escape(words.onThisPage))</p>\n<ol>\n"
            + items.joined(separator: "\n") + "\n</ol>\n</nav>\n"
    }

    static func lessonPage(_ lesson: Lesson) -> String {
        let words = SiteWords.forLanguage(lesson.language)
        var pager = ""
        if lesson.previous != nil || lesson.next != nil {
            let previous = lesson.previous.map {
                "<a class=\"pager-prev\" rel=\"prev\" href=\"\(HTML.href($0.href))\"><span class=\"pager-label\">\(words.previous)</span> "
                    + "\(title($0, on: lesson.language))</a>"
            } ?? "<span></span>"
            let next = lesson.next.map {
                "<a class=\"pager-next\" rel=\"next\" href=\"\(HTML.href($0.href))\"><span class=\"pager-label\">\(words.next)</span> "
                    + "\(title($0, on: lesson.language))</a>"
            } ?? "<span></span>"
            pager = "<nav class=\"pager\" aria-label=\"\(HTML.escape(words.lessons))\">\(previous)\(next)</nav>\n"
        }
        let summary = lesson.summary.map { "<p class=\"lesson-summary\">\(HTML.escape($0))</p>\n" } ?? ""
        let position = lesson.position.map { "<p class=\"lesson-position\">\(HTML.escape(words.position($0.number, $0.count)))</p>\n" } ?? ""
        let main = """
        <article class="lesson">
        <header class="lesson-header">
        \(position)<h1>\(HTML.escape(lesson.title))</h1>
        \(summary)</header>
        \(contents(lesson.headings, words: words))\(lesson.body)</article>
        \(pager)
        """
        return page(title: "\(lesson.title) — \(siteName)", description: lesson.summary, language: lesson.language, main: main)
    }

    /// The search box, hidden until the script that runs it has loaded (see `SearchScript`).
    static func search(_ words: SiteWords) -> String {
        """
        <form class="site-search" role="search" hidden data-index="\(SearchIndex.fileName)" data-none="\(HTML.escape(words.noMatches))" \
        data-count="\(HTML.escape(words.matches))" data-one="\(HTML.escape(words.oneMatch))">
        <label class="visually-hidden" for="site-search-input">\(HTML.escape(words.search))</label>
        <input id="site-search-input" type="search" placeholder="\(HTML.escape(words.searchPlaceholder))" autocomplete="off">
        <p class="search-status" role="status"></p>
        <ul class="search-results"></ul>
        </form>
        """
    }

    package static func page(title: String, description: String?, language: String, main: String) -> String {
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
        \(search(words))
        <button class="theme-switch" type="button" hidden>\(words.theme)</button>
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
