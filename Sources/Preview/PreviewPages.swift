import Directives
import SiteBuilder
/// The pages only the preview serves — while the first build runs, for a name the site does not
/// have, for a lesson that could not be read — and the panels it puts at the top of pages.
/// They share the site's template and stylesheet, so they look like the site.
enum PreviewPages {
    static func building() -> String {
        page(title: "Building the site", """
            <p>lstmbook is running the lessons’ experiments; the terminal shows how far it got. This page reloads when the site is ready.</p>
            """)
    }

    static func notFound(_ name: String, pages: [String]) -> String {
        page(title: "No page here", "<p>The site has no file named <code>\(HTML.escape(name))</code>.</p>\n" + list(pages))
    }

    /// For a lesson whose file could not be read at all, in place of its page.
    static func unreadable(_ lesson: String, pages: [String]) -> String {
        page(title: "\(lesson) could not be read", """
            <p>The lesson has no page until the problems listed above are fixed; this page reloads when they are.</p>
            """ + list(pages))
    }

    /// In place of the index, which is not built while any lesson cannot be read.
    static func missingIndex(pages: [String]) -> String {
        page(title: "Lessons with problems", """
            <p>The index is built once every lesson can be read; the problems are listed above.</p>
            """ + list(pages))
    }

    /// Every problem of the build, for the top of each page: a draft shows only its own.
    static func problemsPanel(_ problems: [Diagnostic]) -> String {
        guard !problems.isEmpty else { return "" }
        let items = problems.map { "<li><code>\(HTML.escape($0.description))</code></li>" }.joined(separator: "\n")
        return """
        <div class="directive-error" role="alert">
        <p><strong>\(problems.count) problem\(problems.count == 1 ? "" : "s")</strong> — pages of lessons with problems are shown as drafts here; \
        <code>lstmbook build</code> would keep their previous pages.</p>
        <ul>
        \(items)
        </ul>
        </div>

        """
    }

    /// The compiler's output when the changed sources do not build.
    static func compileFailurePanel(_ output: String) -> String {
        """
        <div class="directive-error" role="alert">
        <p><strong>lstmbook did not compile</strong> — this preview still runs the previous build of the code. <code>swift build</code> said:</p>
        <pre style="max-height: 60vh; overflow: auto; white-space: pre-wrap;">\(HTML.escape(output))</pre>
        </div>

        """
    }

    private static func list(_ pages: [String]) -> String {
        guard !pages.isEmpty else { return "" }
        let items = pages.map { "<li><a href=\"\(HTML.escape($0))\">\(HTML.escape($0))</a></li>" }.joined(separator: "\n")
        return "<p>Pages of this build:</p>\n<ul>\n\(items)\n</ul>\n"
    }

    private static func page(title: String, _ body: String) -> String {
        let main = """
        <article class="lesson">
        <header class="lesson-header">
        <h1>\(HTML.escape(title))</h1>
        </header>
        \(body)
        </article>

        """
        return PageTemplate.page(title: "\(title) — \(PageTemplate.siteName) preview", description: nil, language: "en", main: main)
    }
}
