import Foundation
@testable import SiteBuilder
import Testing

@Suite("Pages without JavaScript")
struct NoScriptTests {
    @Test func everyFigureAndTableIsInThePageAndNothingOfThemIsHidden() throws {
        let body = "```{activation}\nid: act\nshow: [curves, repeat]\n```\n\n```{gates}\nid: g\ninput: [1, 0.5]\nunits: 1\nshow: table\n```\n"
        let site = try TemporaryLessons(["01-a.md": lesson(title: "A", order: 1, body: body)])
        #expect(try site.build().problems.isEmpty)
        let page = site.page("01-a.html")
        #expect(page.matches(of: #/<figure id="[^"]+" class="figure">\n<div class="figure-graphic"><svg /#).count == 2)
        #expect(page.matches(of: #/<table id="table-g" class="results">/#).count == 1)
        // Only the controls the script runs start hidden; no content does.
        let hidden = page.matches(of: #/<\w+[^>]*\shidden(?=[\s>])[^>]*>/#).map { String($0.output) }
        #expect(hidden.count == 2)
        #expect(hidden.allSatisfy { $0.contains("site-search") || $0.contains("theme-switch") })
        #expect(!page.contains("display: none") && !page.contains("<noscript"))
        // Values on hover come from titles the browser shows by itself.
        #expect(page.contains("class=\"hover-target\""))
        // Nothing is fetched from elsewhere.
        #expect(page.matches(of: #/(src|href)="(https?:)?\/\//#).isEmpty)
    }
}
