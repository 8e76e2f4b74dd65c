@testable import Directives
import Foundation
@testable import SiteBuilder
import Testing

/// The build's named steps: each lesson keeps its own results through them, and each problem
/// says which step found it.
@Suite("The build pipeline")
struct PipelineTests {
    /// Two lessons whose directives share a kind and have no ids: identities by position must
    /// not let one lesson's outputs land in the other's page.
    @Test func eachLessonKeepsItsOwnResults() throws {
        func gates(_ input: String, title: String, order: Int) -> String {
            lesson(title: title, order: order, body: "```{gates}\nid: g\ninput: [\(input)]\nunits: 1\nshow: table\n```\n\nh is {{g.h1}}.\n")
        }
        func h1(_ results: ResultsFile?, _ file: String) -> Double? { results?.lessons["lessons/\(file)"]?["lessons/\(file)#g"]?.values["h1"] }
        let alone = try TemporaryLessons(["02-b.md": gates("-1", title: "B", order: 1)])
        try alone.build()
        let expected = try #require(h1(ResultsFile.load(from: alone.output), "02-b.md"))

        // The same lesson second of two, after a lesson whose directive computes another value.
        let site = try TemporaryLessons(["01-a.md": gates("1", title: "A", order: 1), "02-b.md": gates("-1", title: "B", order: 2)])
        #expect(try site.build(jobs: 2).problems.isEmpty)
        let results = ResultsFile.load(from: site.output)
        #expect(h1(results, "02-b.md") == expected)
        #expect(h1(results, "01-a.md") != expected)
        #expect(site.page("02-b.html").contains("h is \(NumberText.fixed(expected, decimals: 3))."))
    }

    @Test func aDiagnosticSaysWhichStepFoundIt() throws {
        let text = lesson(title: "A", order: 1, body: """
            ```{gates}
            input: [1]
            bogus: 1
            ```

            ```{memory}
            \(BadInputBudgetTests.memoryAtItsLimits)
            ```

            ```{forecast}
            data: data/missing.csv
            ```

            See {{nothing.here}}.
            """)
        let site = try TemporaryLessons(["01-a.md": text])
        let build = site.site().build()
        let stages = Dictionary(grouping: build.problems) { $0.stage }.mapValues { $0.map(\.line) }
        #expect(stages[.parse]?.count == 1)
        #expect(stages[.check]?.count == 1)
        #expect(stages[.run]?.count == 1)
        #expect(stages[.render]?.count == 1)
        #expect(build.problems.allSatisfy { $0.stage != nil })
    }

    /// `lint` is the build's steps less run: what check refuses, lint reports too, and a reference
    /// to a directive that did not run is not a problem.
    @Test func lintIsTheBuildWithoutRunning() {
        let text = "---\ntitle: A\n---\nIt is {{w.h1}}.\n\n```{memory}\nid: w\n\(BadInputBudgetTests.memoryAtItsLimits)\n```\n\n"
            + "```{gates}\nid: g\ninput: [1]\n```\n\nAnd {{g.h1}} and {{g.nonsense}}.\n"
        let problems = Site.lint(Data(text.utf8), displayPath: "lessons/a.md", checkCitations: false)
        #expect(problems.map(\.stage) == [.check])
        #expect(problems.first?.line == 6)
    }
}
