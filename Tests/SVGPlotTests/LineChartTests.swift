import Foundation
import Testing
@testable import SVGPlot
import XMLTestSupport

@Suite struct LineChartTests {
    func render(_ chart: LineChart) throws -> ParsedElement {
        try parseXML(chart.svg(idPrefix: "t"))
    }

    func seriesGroups(_ root: ParsedElement) -> [ParsedElement] {
        root.withClass("plot-data").first?.children ?? []
    }

    @Test func gapsBreakTheLine() throws {
        let chart = LineChart(title: "g", series: [
            Series("s", points: [(0, 1), (1, 2), (2, nil), (3, 3), (4, 4), (5, .nan), (6, 5), (7, 6), (8, .infinity), (9, 1), (10, 2)]),
        ])
        let group = try #require(seriesGroups(try render(chart)).first)
        #expect(group.all("path").count == 4)
        #expect(group.all("circle").isEmpty)
        #expect(group.all("path").allSatisfy { $0.attributes["d"]?.filter { $0 == "M" }.count == 1 })
    }

    @Test func anIsolatedPointIsDrawnAsADot() throws {
        let chart = LineChart(title: "g", series: [Series("s", values: [1, 2, nil, 3, nil, 4, 5])])
        let group = try #require(seriesGroups(try render(chart)).first)
        #expect(group.all("path").count == 2)
        #expect(group.all("circle").count == 1)
    }

    @Test func logAxesTreatNonPositiveValuesAsGaps() throws {
        let chart = LineChart(title: "g", yAxis: Axis(scale: .log10), series: [Series("s", values: [1, 10, 0, 100, -5, 1000, 10])])
        let root = try render(chart)
        // Runs: 1–10, 100 alone (a dot), 1000–10.
        #expect(seriesGroups(root).first?.all("path").count == 2)
        #expect(seriesGroups(root).first?.all("circle").count == 1)
        #expect(root.withClass("plot-y-axis").first?.all("text").map(\.text) == ["1", "10", "100", "1000"])
    }

    @Test func stylesAreDistinguishableWithoutColour() throws {
        let chart = LineChart(title: "s", series: [
            Series("a", values: [1, 2]), Series("b", values: [1, 3], style: .dashed),
            Series("c", values: [2, 3], style: .dots), Series("d", values: [3, 1], style: .lineAndDots),
        ])
        // Painted solid, dashed, line-and-dots, dots: a dashed line or a marker is never buried
        // under a solid line that runs along it.
        let groups = seriesGroups(try render(chart))
        #expect(groups.map { $0.classes.last } == ["series-0", "series-1", "series-3", "series-2"])
        #expect(groups.map { $0.all("path").count } == [1, 1, 1, 0])
        #expect(groups.map { $0.all("circle").count } == [0, 0, 2, 2])
        #expect(groups[1].all("path")[0].attributes["stroke-dasharray"] != nil)
        #expect(groups[0].all("path")[0].attributes["stroke-dasharray"] == nil)
    }

    @Test func seriesTakeColourClassesByPositionOrExplicitIndex() throws {
        let chart = LineChart(title: "c", series: [Series("a", values: [1, 2]), Series("b", values: [2, 1], colorIndex: 7),
                                                   Series("c", values: [1, 1]), Series("d", values: [0, 1], colorIndex: 9)])
        #expect(seriesGroups(try render(chart)).map(\.classes) == [["series", "series-0"], ["series", "series-7"],
                                                                   ["series", "series-2"], ["series", "series-1"]])
    }

    @Test func dataIsClippedToThePlot() throws {
        let root = try render(LineChart(title: "c", yAxis: Axis(domain: 0...1), series: [Series("s", values: [0, 5, 0.5])]))
        let data = try #require(root.withClass("plot-data").first)
        #expect(data.attributes["clip-path"] == "url(#t-clip)")
        #expect(root.all("clipPath").first?.attributes["id"] == "t-clip")
    }

    @Test func legendGoesInAFreeCornerWhenThereIsOne() throws {
        // Both lines stay in the lower half, so the top right corner is free.
        let chart = LineChart(title: "l", yAxis: Axis(domain: 0...10), series: [
            Series("rising", values: (0..<20).map { 1 + Double($0) * 0.1 }),
            Series("flat", values: Array(repeating: 2, count: 20)),
        ])
        let root = try render(chart)
        let box = try #require(root.withClass("plot-legend-box").first)
        let plotRight = try #require(root.withClass("plot-x-axis").first?.all("line").first?.number("x2"))
        #expect(try #require(box.number("x")) > 200)
        #expect(try #require(box.number("x")) + (box.number("width") ?? 0) < plotRight)
        #expect(root.withClass("plot-legend-label").map(\.text) == ["rising", "flat"])
    }

    @Test func legendMovesAboveThePlotWhenEveryCornerHasData() throws {
        // A zigzag between the bottom and top edges touches every corner.
        let zigzag: [Double?] = (0..<41).map { Double($0 % 2) * 10 }
        let chart = LineChart(title: "l", series: [Series("zig", values: zigzag), Series("zag", values: zigzag.reversed())])
        let root = try render(chart)
        #expect(root.withClass("plot-legend-box").isEmpty)
        let legendBaseline = try #require(root.withClass("plot-legend-label").first?.number("y"))
        let topGridline = try #require(root.withClass("plot-y-axis").first?.all("line").compactMap { $0.number("y1") }.min())
        #expect(legendBaseline < topGridline)
    }

    @Test func legendPlacementCanBeForced() throws {
        let two = [Series("a", values: [1, 2]), Series("b", values: [2, 1])]
        #expect(try render(LineChart(title: "l", series: two, legend: .hidden)).withClass("plot-legend").isEmpty)
        #expect(try render(LineChart(title: "l", series: [two[0]])).withClass("plot-legend").isEmpty)
        let top = try render(LineChart(title: "l", series: [two[0]], legend: .top))
        #expect(top.withClass("plot-legend-label").map(\.text) == ["a"])
        #expect(top.withClass("plot-legend-box").isEmpty)
    }

    @Test func regionsAndMarkersAreDrawnAndLabelled() throws {
        let chart = LineChart(title: "r", series: [Series("s", values: (0..<10).map(Double.init))],
                              regions: [ShadedRegion(from: 0, to: 6, label: "train"), ShadedRegion(from: 6, to: 9, label: "test")],
                              markers: [Marker(x: 6, label: "split")])
        let root = try render(chart)
        #expect(root.withClass("plot-region").map { $0.classes.last } == ["region-0", "region-1"])
        #expect(root.withClass("plot-region-label").map(\.text) == ["train", "test"])
        #expect(root.withClass("plot-marker-label").map(\.text) == ["split"])
        // Marker labels sit in a row above the plot, where no line can strike through them and
        // region labels (inside the plot) cannot meet them.
        let regionBaseline = try #require(root.withClass("plot-region-label").first?.number("y"))
        let plotTop = try #require(root.withClass("plot-region").first?.number("y"))
        let markerBaseline = try #require(root.withClass("plot-marker-label").first?.number("y"))
        #expect(markerBaseline < plotTop && markerBaseline < regionBaseline)
    }

    @Test func monthAxisReadsAsDates() throws {
        let chart = LineChart(title: "m", xAxis: Axis(kind: .months(startYear: 1949, startMonth: 1)),
                              series: [Series("p", values: (0..<144).map { Double($0) })])
        let labels = try render(chart).withClass("plot-x-axis").first?.all("text").map(\.text)
        #expect(labels == ["1950", "1952", "1954", "1956", "1958", "1960"])
    }

    @Test func descriptionSummarisesWhenNotGiven() throws {
        let chart = LineChart(title: "t", xAxis: Axis("Month", kind: .months(startYear: 1949, startMonth: 1)), yAxis: Axis("Passengers"),
                              series: [Series("Original", values: [112, 118, 622]), Series("Test", values: [nil, 120, 600])],
                              regions: [ShadedRegion(from: 0, to: 1, label: "train")])
        let desc = try render(chart).all("desc").first?.text
        #expect(desc == "Line chart of Original, Test. Horizontal axis, Month: Jan 1949 to Mar 1949. "
            + "Vertical axis, Passengers: 112 to 622. Shaded: train.")
        var given = chart
        given.description = "Passengers rise every summer."
        #expect(try render(given).all("desc").first?.text == "Passengers rise every summer.")
    }

    @Test func constantDataGetsAVisibleRange() throws {
        let root = try render(LineChart(title: "c", series: [Series("s", values: [5, 5, 5])]))
        let labels = root.withClass("plot-y-axis").first?.all("text").map(\.text) ?? []
        #expect(labels.count >= 2 && labels.contains("5.0"))
    }

    @Test func differentPrefixesGiveDisjointIds() throws {
        let chart = samples[0].chart
        let a = try parseXML(chart.svg(idPrefix: "a")).all.compactMap { $0.attributes["id"] }
        let b = try parseXML(chart.svg(idPrefix: "b")).all.compactMap { $0.attributes["id"] }
        #expect(Set(a).isDisjoint(with: b))
    }
}

extension LineChartTests {
    @Test func dotsLeaveRoomForTheLegendBetweenThem() throws {
        // Two diagonals through all four corners, their ends outside the fixed domain: drawn as
        // lines they block every corner; as dots (clipped away) they block none.
        func chart(_ style: Series.Style) -> LineChart {
            LineChart(title: "d", xAxis: Axis(domain: 0...10), yAxis: Axis(domain: 0...10), series: [
                Series("a", points: [(-5, 15), (15, -5)], style: style), Series("b", points: [(-5, -5), (15, 15)], style: style),
            ])
        }
        #expect(try render(chart(.line)).withClass("plot-legend-box").isEmpty)
        #expect(!(try render(chart(.dots))).withClass("plot-legend-box").isEmpty)
    }
}
