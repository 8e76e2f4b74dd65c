import Foundation
import Testing
@testable import SVGPlot
import XMLTestSupport

@Suite struct BarChartTests {
    let chart = BarChart(
        title: "RMSE", categories: ["1", "3", "6"],
        series: [BarSeries("train", values: [20.5, 19.25, nil], ranges: [Whisker(low: 19, high: 22), nil, Whisker(low: 1, high: 2)]),
                 BarSeries("test", values: [40, -5, 30])],
        showValues: true)

    @Test func drawsOneBarPerValueAndOneWhiskerPerRange() throws {
        let root = try parseXML(chart.svg(idPrefix: "b"))
        let groups = root.withClass("plot-bars").first?.children ?? []
        #expect(groups.map { $0.all("rect").count } == [2, 3])
        #expect(groups.map(\.classes) == [["series", "series-0"], ["series", "series-1"]])
        // A range without its bar is not drawn: it would float with nothing to explain it.
        #expect(root.withClass("plot-whisker").count == 1)
    }

    @Test func barsGrowFromZeroInBothDirections() throws {
        let root = try parseXML(chart.svg(idPrefix: "b"))
        let zero = try #require(root.withClass("plot-zero").first?.number("y1"))
        let test = root.withClass("plot-bars").first!.children[1].all("rect")
        let negative = test[1]
        #expect(abs(try #require(negative.number("y")) - zero) < 0.01)
        #expect(abs(try #require(test[0].number("y")) + test[0].number("height")! - zero) < 0.01)
    }

    @Test func valueLabelsUseOneMoreDecimalThanTheAxis() throws {
        let labels = try parseXML(chart.svg(idPrefix: "b")).withClass("plot-value-label").map(\.text)
        #expect(labels == ["20.5", "19.3", "40.0", "\u{2212}5.0", "30.0"])
    }

    @Test func integerAxesPrintWholeNumbers() throws {
        let counts = BarChart(title: "c", categories: ["a", "b"], series: [BarSeries("n", values: [24, 96])],
                              yAxis: Axis(kind: .integer), showValues: true)
        #expect(try parseXML(counts.svg(idPrefix: "b")).withClass("plot-value-label").map(\.text) == ["24", "96"])
    }

    @Test func theValueAxisIsLinearAndIncludesZero() throws {
        let far = BarChart(title: "f", categories: ["a", "b"], series: [BarSeries("s", values: [50, 60])], yAxis: Axis(scale: .log10))
        let labels = try parseXML(far.svg(idPrefix: "b")).withClass("plot-y-axis").first?.all("text").map(\.text) ?? []
        #expect(labels.first == "0")
        #expect(labels.contains("60"))
    }

    @Test func crowdedValueLabelsAreLeftOut() throws {
        let many = BarChart(title: "m", categories: (1...12).map(String.init),
                            series: (0..<3).map { s in BarSeries("s\(s)", values: (1...12).map { Double($0) * 1234.5 }) },
                            showValues: true)
        #expect(try parseXML(many.svg(idPrefix: "b")).withClass("plot-value-label").isEmpty)
    }

    @Test func longCategoriesWrapOntoTwoLines() throws {
        let chart = BarChart(title: "w", categories: ["Plain RNN", "GRU", "LSTM with peephole connections"],
                             series: [BarSeries("p", values: [24, 72, 108])])
        let labels = try parseXML(chart.svg(idPrefix: "b")).withClass("plot-category-labels").first?.all("text").map(\.text)
        #expect(labels?.count == 4)
        #expect(labels?.prefix(3) == ["Plain RNN", "GRU", "LSTM with"])
        #expect(labels?.last?.hasPrefix("peephole") == true)
    }

    @Test func tooltipsNameCategorySeriesValueAndRange() throws {
        let tips = try parseXML(chart.svg(idPrefix: "b")).withClass("plot-bar").compactMap { $0.all("title").first?.text }
        #expect(tips.first == "1, train: 20.5 (range 19.0 to 22.0)")
    }
}
