import Foundation
@testable import SiteBuilder
import Testing

@Suite("Headings: stable ids, permalinks, On this page")
struct HeadingTests {
    @Test func headingsGetIdsFromTheirWordsAndAPermalink() throws {
        let finished = try renderBody("## The data and the set-up\n\nText.\n\n### Does `look_back` 10 overfit?\n")
        #expect(finished.html.contains("""
            <h2 id="the-data-and-the-set-up">The data and the set-up \
            <a class="permalink" href="#the-data-and-the-set-up" aria-label="Link to this section">#</a></h2>
            """))
        #expect(finished.html.contains("<h3 id=\"does-look_back-10-overfit\">Does <code>look_back</code> 10 overfit?"))
        #expect(finished.headings == [
            PageMarkers.Heading(level: 2, id: "the-data-and-the-set-up", text: "The data and the set-up"),
            PageMarkers.Heading(level: 3, id: "does-look_back-10-overfit", text: "Does look_back 10 overfit?"),
        ])
    }

    @Test func explicitIdsRepeatsCodeOnlyAndChinese() throws {
        let finished = try renderBody("## Results {#results}\n\n## Same\n\n## Same\n\n## `create_dataset`\n\n## 三个门\n\n## references\n")
        #expect(finished.headings.map(\.id) == ["results", "same", "same-2", "create_dataset", "三个门", "references-2"])
        #expect(finished.html.contains("<h2 id=\"results\">Results <a"))
        #expect(!finished.html.contains("{#"))
        #expect(finished.html.contains("<h2 id=\"create_dataset\"><code>create_dataset</code> <a"))
        #expect(!finished.html.contains(String(PageMarkers.open)))
    }

    @Test func aRepeatedExplicitIdIsAnErrorAtItsLine() throws {
        let problems = try renderBody("## A {#x}\n\n## B {#x}\n").problems.map(\.description)
        #expect(problems == ["lessons/t.md:6: heading id 'x' is already used on this page"])
    }

    @Test func onThisPageListsSecondAndThirdLevels() {
        let headings = [PageMarkers.Heading(level: 2, id: "a", text: "A & B"), PageMarkers.Heading(level: 3, id: "c", text: "C"),
                        PageMarkers.Heading(level: 4, id: "d", text: "D")]
        let nav = PageTemplate.contents(headings, words: .english)
        #expect(nav.contains("<nav class=\"page-toc\" aria-label=\"On this page\">"))
        #expect(nav.contains("<li class=\"toc-level-2\"><a href=\"#a\">A &amp; B</a></li>"))
        #expect(nav.contains("<li class=\"toc-level-3\"><a href=\"#c\">C</a></li>"))
        #expect(!nav.contains("#d"))
        #expect(PageTemplate.contents(Array(headings.prefix(1)), words: .english) == "")
        #expect(PageTemplate.contents(headings, words: .chinese).contains("本页内容"))
    }
}

@Suite("Markers in an author's own text")
struct MarkerRobustnessTests {
    @Test func privateUseCharactersInALessonNeverBreakThePage() throws {
        let open = String(PageMarkers.open), close = String(PageMarkers.close)
        let body = "## A \(open)h0\(close) b {#}\n\n> [!NOTE]\n> \(open)c\(close) \(open)h99\(close) \(open)cnote\(close)\n\n## {#x}\n\n\(open)\n"
        let finished = try renderBody(body)
        #expect(finished.html.components(separatedBy: "id=\"").count - 1 == finished.headings.count)
        #expect(finished.html.contains("<div class=\"callout callout-note\""))
        #expect(Site.lint(Data(lesson(title: "A", order: 1, body: body).utf8), displayPath: "lessons/a.md", checkCitations: false).isEmpty)
    }
}
