import Foundation
@testable import SiteBuilder
import Testing

@Suite("Recorded results, drift and check")
struct ResultsTests {
    func activationLesson(weight: Int, tolerance: Double = 0.02) -> String {
        lesson(title: "A", order: 1, body: """
            ```{activation}
            id: act
            show: repeat
            weight: \(weight)
            steps: 4
            tolerance: \(tolerance)
            ```

            Grows to {{act.linear_final}}.
            """)
    }

    @Test func driftIsReportedRecordedAndChecked() throws {
        let site = try TemporaryLessons(["01-a.md": activationLesson(weight: 3)])
        let first = try site.build()
        #expect(first.drift.isEmpty)
        let recorded = try #require(ResultsFile.load(from: site.output))
        #expect(recorded.lessons["lessons/01-a.md"]?["lessons/01-a.md#act"]?.values["linear_final"] == 81)

        // Nothing changed: check passes.
        #expect(SiteCheck(build: site.site(force: .all).build(), outputDirectory: site.output).passed)

        // The lesson changes a value; check sees drift beyond tolerance and stale pages.
        try site.write("01-a.md", activationLesson(weight: 2))
        let check = SiteCheck(build: site.site(force: .all).build(), outputDirectory: site.output)
        #expect(!check.passed)
        #expect(check.staleFiles.contains("01-a.html"))
        let drift = try #require(check.driftBeyondTolerance.first { $0.name == "linear_final" })
        #expect(drift.description == "lessons/01-a.md:6 activation act: linear_final 81 → 16 (−80.2 %)  beyond tolerance 2.0 %")

        // Rebuilding records the change; the drift page shows it; check passes again.
        let rebuilt = try site.build()
        #expect(rebuilt.drift.contains(drift))
        #expect(site.page("drift.html").contains("linear_final"))
        #expect(SiteCheck(build: site.site(force: .all).build(), outputDirectory: site.output).passed)
        // The last change stays on record through builds that change nothing.
        try site.build()
        #expect(ResultsFile.load(from: site.output)?.lastChanges.contains(drift) == true)
    }

    @Test func smallDriftWithinToleranceIsReportedButPasses() {
        let small = Drift(file: "f.md", line: 1, kind: "k", directive: "d", name: "x", old: 100, new: 101, tolerance: 0.02)
        let large = Drift(file: "f.md", line: 1, kind: "k", directive: "d", name: "x", old: 100, new: 103, tolerance: 0.02)
        let fromZero = Drift(file: "f.md", line: 1, kind: "k", directive: "d", name: "x", old: 0, new: 0.5, tolerance: 0.02)
        #expect(!small.isBeyondTolerance)
        #expect(large.isBeyondTolerance)
        #expect(fromZero.isBeyondTolerance)
        #expect(small.description == "f.md:1 k d: x 100 → 101 (+1.0 %)")
    }

    @Test func handEditedOutputFailsCheck() throws {
        let site = try TemporaryLessons(["01-a.md": activationLesson(weight: 3), "orphan.md": activationLesson(weight: 2)])
        try site.build()
        let page = site.output.appendingPathComponent("01-a.html")
        try Data(site.page("01-a.html").replacingOccurrences(of: "Grows to 81", with: "Grows to 82").utf8).write(to: page)
        // A page lstmbook wrote whose lesson is gone is stale; a file it did not write is not its business.
        try FileManager.default.removeItem(at: site.lessons.appendingPathComponent("orphan.md"))
        try Data("<p>someone's</p>".utf8).write(to: site.output.appendingPathComponent("notes.html"))
        let check = SiteCheck(build: site.site(force: .all).build(), outputDirectory: site.output)
        #expect(check.staleFiles.first == "01-a.html" && check.staleFiles.last == "orphan.html", "\(check.staleFiles)")
        #expect(!check.staleFiles.contains("notes.html"))
        #expect(check.driftBeyondTolerance.isEmpty)
        #expect(!check.passed)
    }
}
