import Foundation
import Testing
@testable import SVGPlot
import XMLTestSupport

@Suite struct HeatmapTests {
    func cells(_ root: ParsedElement) -> [ParsedElement] {
        root.withClass("plot-cells").first?.children ?? []
    }

    @Test func valuesAreQuantisedIntoClasses() throws {
        let seq = Heatmap(title: "h", rowLabels: ["r"], columnLabels: ["a", "b", "c", "d", "e"],
                          values: [[0, 0.5, 1, -3, 7]], colorScale: .unit)
        #expect(cells(try parseXML(seq.svg(idPrefix: "h"))).map(\.classes) == [["heat-0"], ["heat-4"], ["heat-8"], ["heat-0"], ["heat-8"]])
        let div = Heatmap(title: "h", rowLabels: ["r"], columnLabels: ["a", "b", "c", "d"], values: [[-1, 0, 1, 0.3]], colorScale: .symmetric)
        #expect(cells(try parseXML(div.svg(idPrefix: "h"))).map(\.classes) == [["div-0"], ["div-5"], ["div-10"], ["div-7"]])
    }

    @Test func missingValuesAreEmptyCells() throws {
        let map = Heatmap(title: "h", rowLabels: ["a", "b"], columnLabels: ["1", "2", "3"], values: [[0.1, .nan, 0.3], [0.2]])
        let classes = cells(try parseXML(map.svg(idPrefix: "h"))).map { $0.classes[0] }
        #expect(classes.filter { $0 == "heat-missing" }.count == 3)
        #expect(classes.count == 6)
    }

    @Test func cellsCarryTooltips() throws {
        let map = Heatmap(title: "h", rowLabels: ["forget f"], columnLabels: ["3"], values: [[0.534]])
        #expect(cells(try parseXML(map.svg(idPrefix: "h"))).first?.all("title").first?.text == "forget f, 3: 0.53")
    }

    @Test func printedValuesUseInkThatMatchesTheirCell() throws {
        let map = Heatmap(title: "h", rowLabels: ["a"], columnLabels: ["1", "2", "3"], values: [[0.05, 0.5, 0.95]],
                          colorScale: .unit, showValues: true)
        let root = try parseXML(map.svg(idPrefix: "h"))
        let texts = root.withClass("plot-cell-value")
        #expect(texts.map(\.text) == ["0.05", "0.50", "0.95"])
        #expect(zip(texts, cells(root)).allSatisfy { $0.classes.contains("on-" + $1.classes[0]) })
    }

    @Test func valuesAreLeftOutWhenCellsAreTooNarrow() throws {
        let values = [(0..<40).map { Double($0) / 40 }]
        let map = Heatmap(title: "h", rowLabels: ["a"], columnLabels: (0..<40).map(String.init), values: values, showValues: true)
        #expect(try parseXML(map.svg(idPrefix: "h")).withClass("plot-cell-value").isEmpty)
    }

    @Test func manyNumericColumnsAreLabelledEveryNth() throws {
        let map = Heatmap(title: "h", rowLabels: ["a"], columnLabels: (0..<60).map(String.init),
                          values: [(0..<60).map { sin(Double($0)) }])
        let labels = try parseXML(map.svg(idPrefix: "h")).withClass("plot-column-labels").first?.all("text").map(\.text) ?? []
        #expect(labels == ["0", "5", "10", "15", "20", "25", "30", "35", "40", "45", "50", "55"])
    }

    @Test func wordColumnsAreTurnedAndKeepTheirText() throws {
        let words = ["猫が", "extraordinarily", "comfortable", "mat", "on", "the", "very", "warm", "sunny", "afternoon"]
        let map = Heatmap(title: "h", rowLabels: ["a"], columnLabels: words, values: [words.map { _ in 0.5 }])
        let labels = try parseXML(map.svg(idPrefix: "h")).withClass("plot-column-labels").first?.all("text") ?? []
        #expect(labels.map(\.text) == words)
        #expect(labels.allSatisfy { $0.attributes["transform"]?.hasPrefix("rotate(-45 ") == true })
    }

    @Test func longRowLabelsAreTruncated() throws {
        let long = String(repeating: "very long label ", count: 10)
        let map = Heatmap(title: "h", rowLabels: [long], columnLabels: ["1"], values: [[1]])
        let label = try #require(try parseXML(map.svg(idPrefix: "h")).withClass("plot-row-labels").first?.all("text").first?.text)
        #expect(label.hasSuffix("…") && label.count < 30)
    }

    @Test func automaticScaleFollowsTheData() {
        #expect(ColorScale.automatic.resolved(for: [-0.8, 0.93]).diverging)
        #expect(ColorScale.automatic.resolved(for: [-0.8, 0.93]).domain == Interval(lo: -1, hi: 1))
        #expect(ColorScale.automatic.resolved(for: [0.1, 0.7]) == (false, Interval(lo: 0, hi: 1)))
        let counts = ColorScale.automatic.resolved(for: [104, 622])
        #expect(!counts.diverging && counts.domain.lo <= 104 && counts.domain.hi >= 622)
    }

    @Test(arguments: [(0.93, 1.0), (2.3, 2.5), (0.0031, 0.004), (1.0, 1.0), (9.1, 10.0)])
    func symmetricRangesRoundUpToNiceValues(_ value: Double, _ expected: Double) {
        #expect(abs(ColorScale.niceCeiling(value) - expected) < 1e-12)
    }

    @Test func colourLegendShowsEveryClassAndTheRange() throws {
        let map = Heatmap(title: "h", rowLabels: ["a"], columnLabels: ["1"], values: [[0.2]], colorScale: .symmetric,
                          legendLabel: "activation")
        let legend = try #require(try parseXML(map.svg(idPrefix: "h")).withClass("plot-color-legend").first)
        #expect(legend.all("rect").map { $0.classes[0] } == (0..<11).map { "div-\($0)" })
        #expect(legend.all("text").map(\.text) == ["activation", "\u{2212}1", "0", "1"])
    }
}

@Suite struct HeatmapGroupTests {
    @Test func columnGroupsAreSetApartAndNamed() throws {
        let map = Heatmap(title: "h", rowLabels: ["w"], columnLabels: ["1", "2", "1", "2"], values: [[0.1, 0.2, 0.3, 0.4]],
                          colorScale: .unit, columnGroups: [HeatmapGroup("input gate i", count: 2), HeatmapGroup("forget gate f", count: 2)],
                          markedColumns: [1, 3])
        let root = try parseXML(map.svg(idPrefix: "h"))
        let xs = try (root.withClass("plot-cells").first?.children ?? []).map { try #require($0.number("x")) }
        let width = try #require(root.withClass("plot-cells").first?.children.first?.number("width"))
        // Within a group cells touch; between groups there is the gap (coordinates are written to 0.01).
        #expect(abs(xs[1] - xs[0] - width) < 0.02 && abs(xs[3] - xs[2] - width) < 0.02)
        #expect(abs(xs[2] - xs[1] - width - Heatmap.groupGap) < 0.02)
        #expect(root.withClass("plot-group-label").map(\.text) == ["input gate i", "forget gate f"])
        let marked = try root.withClass("plot-marked-column").map { try #require($0.number("x")) }
        #expect(marked == [xs[1], xs[3]])
    }

    @Test func theDescriptionSaysValuesArePrintedOnlyWhenTheyAre() throws {
        let few = Heatmap(title: "h", description: "Gates.", rowLabels: ["f"], columnLabels: ["1", "2"], values: [[0.1, 0.9]],
                          colorScale: .unit, showValues: true)
        let many = Heatmap(title: "h", description: "Gates.", rowLabels: (1...30).map(String.init), columnLabels: ["1", "2"],
                           values: Array(repeating: [0.1, 0.9], count: 30), colorScale: .unit, showValues: true)
        let printed = try parseXML(few.svg(idPrefix: "a")), crowded = try parseXML(many.svg(idPrefix: "b"))
        #expect(!printed.withClass("plot-cell-value").isEmpty)
        #expect(printed.all("desc").first?.text == "Gates. The value is printed in each cell.")
        #expect(crowded.withClass("plot-cell-value").isEmpty)
        #expect(crowded.all("desc").first?.text == "Gates.")
    }

    @Test func theLastColumnLabelStaysInsideTheViewBox() throws {
        let map = Heatmap(title: "h", rowLabels: ["f"], columnLabels: (1...100).map(String.init), values: [(1...100).map { Double($0) / 100 }],
                          colorScale: .unit)
        let root = try parseXML(map.svg(idPrefix: "h"))
        let last = try #require(root.withClass("plot-column-labels").first?.children.last)
        let x = try #require(last.number("x"))
        #expect(x + 13 * 0.6 * Double(last.text.count) / 2 <= 440)
    }
}
