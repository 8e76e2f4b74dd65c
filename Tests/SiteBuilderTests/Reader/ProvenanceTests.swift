@testable import Directives
import Foundation
@testable import SiteBuilder
import Testing

@Suite("How this was made")
struct ProvenanceTests {
    static func invocation(_ yaml: String, kind: String = "forecast") throws -> Invocation {
        let text = lesson(title: "A", order: 1, body: "```{\(kind)}\n\(yaml)\n```\n")
        let draft = LessonDraft(source: try LessonSource(bytes: Data(text.utf8), displayPath: "lessons/06-a.md", slug: "06-a"))
        #expect(draft.problems.isEmpty)
        return try #require(draft.invocations.first)
    }

    @Test func everyOptionIsListedWithDefaultsMarked() throws {
        let site = try TemporaryLessons(["01-a.md": lesson(title: "A", order: 1, body: "```{activation}\nid: act\nshow: gate\n```\n")])
        #expect(try site.build().problems.isEmpty)
        let page = site.page("01-a.html")
        let box = try #require(page.firstMatch(of: #/<details class="provenance">[\s\S]*?<\/details>/#)).output
        #expect(box.contains("<summary>How this was made <code>{activation}</code></summary>"))
        #expect(box.contains("<tr><th scope=\"row\"><code>id</code></th><td><code>act</code></td></tr>"))
        #expect(box.contains("<tr><th scope=\"row\"><code>show</code></th><td><code>[gate]</code></td></tr>"))
        #expect(box.contains("<tr><th scope=\"row\"><code>tolerance</code></th><td><code>0.02</code> <span "
            + "class=\"provenance-default\">(default)</span></td></tr>"))
        #expect(box.contains("engine <code>\(CodeFingerprints.engine.prefix(12))</code>"))
        #expect(!box.contains("lstmbook forecast"))
    }

    @Test func aForecastNamesTheCommandThatReproducesIt() throws {
        let note = try Self.invocation("data: data/airline-passengers.csv\nlook_back: [1, 3, 10]\nseeds: [1, 2]\nepochs: 50")
        #expect(Provenance.command(note) == "lstmbook forecast --data lessons/data/airline-passengers.csv --look-back 1,3,10 --seeds 1,2 "
            + "--units 4 --epochs 50 --batch-size 1 --train-fraction 0.7")
        let quoted = try Self.invocation("data: data/my series.csv\ncolumn: it's")
        #expect(Provenance.command(quoted)?.contains("--data 'lessons/data/my series.csv' --column 'it'\\''s'") == true)
        // Settings the command line cannot express: no command rather than a wrong one.
        #expect(Provenance.command(try Self.invocation("data: d.csv\nlayout: timesteps")) == nil)
        #expect(Provenance.command(try Self.invocation("data: d.csv\noptimizer: sgd")) == nil)
        #expect(Provenance.command(try Self.invocation("show: gate", kind: "activation")) == nil)
    }

    @Test func chinesePagesSayItInChinese() {
        #expect(SiteWords.chinese.provenance.summary == "这是怎么算出来的")
    }
}
