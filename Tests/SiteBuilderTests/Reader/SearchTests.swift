import Foundation
@testable import SiteBuilder
import Testing

@Suite("Search: the build-time index")
struct SearchTests {
    @Test func sectionsSplitAtHeadingsAndLeaveOutChartsAndBoxes() throws {
        let finished = try renderBody("Intro <em>over</em>fit.\n\n## First part\n\nAlpha &amp; beta.\n\n<svg><text>tick</text></svg>\n\n### "
            + "Deeper\n\nGamma.\n")
        let sections = SearchIndex.sections(page: "t.html", title: "T", body: finished.html, headings: finished.headings)
        #expect(sections == [
            SearchIndex.Section(href: "t.html", page: "T", heading: "T", text: "Intro overfit."),
            SearchIndex.Section(href: "t.html#first-part", page: "T", heading: "First part", text: "Alpha & beta."),
            SearchIndex.Section(href: "t.html#deeper", page: "T", heading: "Deeper", text: "Gamma."),
        ])
        let script = SearchIndex.javascript(sections)
        #expect(script.hasSuffix(";\n") && script.contains("window.lstmbookSearchIndex = [{\"heading\":\"T\",\"href\":\"t.html\""))
    }

    /// What the site's script does with a query: every term, lower-cased, inside a section.
    static func search(_ query: String, in sections: [SearchIndex.Section]) -> [SearchIndex.Section] {
        let terms = query.lowercased().split(separator: " ")
        return sections.filter { section in
            let haystack = (section.page + " " + section.heading + " " + section.text).lowercased()
            return terms.allSatisfy { haystack.contains($0) }
        }
    }

    @Test func theIndexFindsAWordFromEveryLesson() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: repositoryLessons.path).filter { $0.hasSuffix(".md") }.sorted()
        var sections: [SearchIndex.Section] = []
        var words: [(page: String, word: String)] = []
        for name in names {
            let source = try LessonSource(url: repositoryLessons.appendingPathComponent(name), displayPath: "lessons/" + name)
            let draft = LessonDraft(source: source)
            let finished = draft.finish(outcomes: [:])
            let page = source.slug + ".html"
            sections += SearchIndex.sections(page: page, title: source.frontMatter.title, body: finished.html, headings: finished.headings)
            // The longest word of the body's first line of prose: text only a search of the body finds.
            let prose = source.body.split(separator: "\n").first { !$0.isEmpty && !$0.hasPrefix("#") && !$0.contains("{{") }!
            let word = prose.split { !$0.isLetter }.max { $0.count < $1.count }!
            words.append((page, String(word.prefix(6))))
        }
        for (page, word) in words {
            #expect(Self.search(word, in: sections).contains { $0.href.hasPrefix(page) }, "'\(word)' not found in \(page)")
        }
        #expect(Self.search("遗忘门", in: sections).contains { $0.href.hasPrefix("08-") })
        // A phrase the Chinese source breaks over two lines ("读入序列中的一个元素").
        #expect(Self.search("读入序列中的一个元素", in: sections).contains { $0.href.hasPrefix("08-") })
        #expect(Self.search("zzqx", in: sections).isEmpty)
    }

    @Test func theBuildWritesTheIndexAndThePagesOfferSearchOnlyWithScript() throws {
        let site = try TemporaryLessons(["01-a.md": lesson(title: "A", order: 1, body: "## Curves\n\nThe squashing functions.\n")])
        try site.build()
        #expect(site.page(SearchIndex.fileName).contains("\"text\":\"The squashing functions.\""))
        let page = site.page("01-a.html")
        #expect(page.contains("<form class=\"site-search\" role=\"search\" hidden data-index=\"search-index.js\""))
    }
}
