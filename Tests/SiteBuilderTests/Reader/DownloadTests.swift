@testable import Directives
import Foundation
import SVGPlot
@testable import SiteBuilder
import Testing

@Suite("Downloads: each chart's CSV and SVG beside its page")
struct DownloadTests {
    static let body = "```{activation}\nid: act\nshow: [curves, repeat]\n```\n"

    @Test func everyDownloadLinkPointsAtAFileWhoseValuesAreTheFigures() throws {
        let site = try TemporaryLessons(["01-a.md": lesson(title: "A", order: 1, body: Self.body)])
        #expect(try site.build().problems.isEmpty)
        let page = site.page("01-a.html")
        let links = page.matches(of: #/href="([^"#]+\.(csv|svg))" download/#).map { String($0.output.1) }
        #expect(links == ["01-a.fig-act.csv", "01-a.fig-act.svg", "01-a.fig-act-2.csv", "01-a.fig-act-2.svg"])
        for link in links { #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(link).path), "\(link)") }

        // The figures as the directive draws them, and the CSV read back: the same numbers.
        let invocation = try #require(LessonDraft(source: try LessonSource(url: site.lessons.appendingPathComponent("01-a.md"),
                                                                         displayPath: "lessons/01-a.md")).invocations.first)
        #expect(invocation.kind == ActivationDirective.name)
        let context = DirectiveContext(file: "lessons/01-a.md", dataFiles: [:], workers: 1, progress: { _, _ in })
        let output = try invocation.directive.runEncoded(in: context)
        let presented = invocation.directive.presentEncoded(output)
        let result = try #require(presented)
        let charts = result.blocks.compactMap { block -> LineChart? in if case .figure(let chart as LineChart, _) = block { chart } else { nil } }
        #expect(charts.count == 2)
        for (chart, name) in zip(charts, ["01-a.fig-act.csv", "01-a.fig-act-2.csv"]) {
            let rows = site.page(name).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            #expect(rows[0].dropFirst() == ArraySlice(chart.series.map(\.name)))
            var count = 0
            for row in rows.dropFirst() {
                let x = try #require(Double(row[0]))
                for (column, series) in chart.series.enumerated() {
                    let drawn = series.points.first { $0.x == x }?.y ?? nil
                    if let drawn {
                        #expect(Double(row[column + 1]) == drawn)
                        count += 1
                    } else {
                        #expect(row[column + 1].isEmpty)
                    }
                }
            }
            #expect(count == chart.series.map { $0.points.filter { $0.y != nil }.count }.reduce(0, +))
        }
        let svg = site.page("01-a.fig-act.svg")
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("<style>"))
    }

    /// A figure that is gone leaves downloads that lstmbook wrote (its manifest lists them):
    /// `check` reports them and the next build removes them. A file it did not write stays.
    @Test func staleDownloadsGoAndCheckSeesThem() throws {
        let site = try TemporaryLessons(["01-a.md": lesson(title: "A", order: 1, body: Self.body)])
        try site.build()
        try Data("x".utf8).write(to: site.output.appendingPathComponent("notes.csv"))
        try site.write("01-a.md", lesson(title: "A", order: 1, body: "```{activation}\nid: act\nshow: curves\n```\n"))
        let stale = SiteCheck(build: site.site().build(), outputDirectory: site.output).staleFiles
        #expect(stale.contains("01-a.fig-act-2.csv") && stale.contains("01-a.fig-act-2.svg") && !stale.contains("notes.csv"), "\(stale)")
        try site.build()
        let names = try FileManager.default.contentsOfDirectory(atPath: site.output.path)
        #expect(!names.contains("01-a.fig-act-2.csv") && names.contains("01-a.fig-act.csv") && names.contains("notes.csv"))
        #expect(SiteCheck(build: site.site().build(), outputDirectory: site.output).staleFiles == [])
    }

    @Test func aHeldBackPageKeepsItsDownloads() throws {
        let site = try TemporaryLessons(["01-a.md": lesson(title: "A", order: 1, body: Self.body)])
        try site.build()
        try site.write("01-a.md", lesson(title: "A", order: 1, body: Self.body + "\n{{act.nope}}\n"))
        #expect(try site.build().heldBack == ["01-a.html", SearchIndex.fileName])
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("01-a.fig-act-2.csv").path))
    }
}
