import Foundation
import Testing
@testable import SVGPlot
import XMLTestSupport

@Suite("A chart's data: CSV, standalone SVG, values on hover")
struct ChartDataTests {
    let months = LineChart(title: "m", xAxis: Axis("", kind: .months(startYear: 1949, startMonth: 11)), yAxis: Axis("passengers"), series: [
        Series("data", values: [112, 118.25, 132]),
        Series("test, predicted", points: [(x: 1, y: 120.5), (x: 2, y: nil)]),
    ])

    @Test func lineChartCSVHasARowPerXAndAColumnPerSeries() {
        #expect(ChartData.csv(months) == """
            x,month,data,"test, predicted"
            0,Nov 1949,112,
            1,Dec 1949,118.25,120.5
            2,Jan 1950,132,

            """)
    }

    @Test func barChartAndHeatmapCSV() {
        let bars = BarChart(title: "b", categories: ["lb 1", "lb \"3\""], series: [
            BarSeries("LSTM", values: [49.5, nil], ranges: [Whisker(low: 47, high: 52.25), nil]), BarSeries("persistence", values: [46, 46]),
        ])
        #expect(ChartData.csv(bars) == "category,LSTM,LSTM low,LSTM high,persistence\nlb 1,49.5,47,52.25,46\n\"lb \"\"3\"\"\",,,,46\n")
        let heat = Heatmap(title: "h", rowLabels: ["f", "i"], columnLabels: ["t1", "t2"], values: [[0.25, 1], [0, -0.5]])
        #expect(ChartData.csv(heat)?.hasSuffix("f,0.25,1\ni,0,-0.5\n") == true)
    }

    @Test func hoverColumnsNameEveryValueAtTheirX() throws {
        let root = try parseXML(months.svg(idPrefix: "t"))
        let columns = root.withClass("hover-target")
        #expect(columns.count == 3)
        #expect(columns.map { $0.all("title").first?.text } == [
            "Nov 1949 — data: 112", "Dec 1949 — data: 118.2; test, predicted: 120.5", "Jan 1950 — data: 132",
        ])
        #expect(stylesheet.contains(".svgplot .hover-target { fill: transparent; }"))
        // The columns tile the plot: each starts where the one before it ends.
        for (left, right) in zip(columns, columns.dropFirst()) {
            let end = try #require(left.number("x")) + (try #require(left.number("width")))
            #expect(abs(end - (try #require(right.number("x")))) < 0.01)
        }
    }

    @Test func tooManyValuesStayStatic() throws {
        let dense = LineChart(title: "d", series: [Series("s", values: (0..<500).map { Double($0) })])
        #expect(try parseXML(dense.svg(idPrefix: "d")).withClass("hover-target").isEmpty)
    }

    @Test func aStandaloneSVGCarriesItsStylesheet() throws {
        let svg = ChartData.standaloneSVG(months, idPrefix: "fig-a")
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        let root = try parseXML(svg)
        #expect(root.children.map(\.name).prefix(3) == ["title", "desc", "style"])
        #expect(root.children[2].text.contains(".series-0"))
    }
}
