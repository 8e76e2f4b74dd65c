import Foundation
import Testing
@testable import SVGPlot
import XMLTestSupport

/// Properties every chart must have, whatever its kind or input.
@Suite struct ChartDocumentTests {
    @Test(arguments: samples)
    func isWellFormedAccessibleSVG(_ sample: Sample) throws {
        let svg = sample.chart.svg(idPrefix: "fig-1")
        let root = try parseXML(svg)
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["viewBox"]?.hasPrefix("0 0 440 ") == true)
        // The page's CSS sizes the figure; a fixed size would defeat `width: 100%`.
        #expect(root.attributes["width"] == nil && root.attributes["height"] == nil)
        #expect(root.children.first?.name == "title")
        #expect(root.children.dropFirst().first?.name == "desc")
        #expect(root.attributes["aria-labelledby"] == "fig-1-title fig-1-desc")
        #expect(root.children[0].attributes["id"] == "fig-1-title")
        #expect(root.children[1].attributes["id"] == "fig-1-desc")
        #expect(!root.children[1].text.isEmpty)
    }

    @Test(arguments: samples)
    func idsAreUniqueAndPrefixed(_ sample: Sample) throws {
        let root = try parseXML(sample.chart.svg(idPrefix: "lesson 2 / fig"))
        let ids = root.all.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("lesson-2-fig-") })
        for element in root.all {
            if let clip = element.attributes["clip-path"] { #expect(ids.contains(String(clip.dropFirst(5).dropLast()))) }
        }
    }

    /// Same input, same bytes, in any process: each sample's SVG is committed (see `Golden`).
    @Test(arguments: samples)
    func keepsItsCommittedBytes(_ sample: Sample) throws {
        #expect(try Golden.matches(sample.chart.svg(idPrefix: "a"), name: "\(sample.name).svg", besides: #filePath))
    }

    @Test(arguments: samples)
    func colourComesFromClassesOnly(_ sample: Sample) throws {
        let svg = sample.chart.svg(idPrefix: "a")
        #expect(svg.range(of: "#[0-9A-Fa-f]{3,6}\\b", options: .regularExpression) == nil)
        #expect(!svg.contains("style="))
        #expect(!svg.contains("rgb("))
        for element in try parseXML(svg).all {
            #expect(element.attributes["stroke"] == nil)
            #expect(element.attributes["fill"] == nil || element.attributes["fill"] == "none")
        }
    }

    @Test(arguments: samples)
    func everyClassIsStyledOrStructural(_ sample: Sample) throws {
        // Classes that only group elements for readers of the SVG; everything else must have a rule.
        let structural: Set = ["series", "plot-data", "plot-legend", "plot-y-axis", "plot-x-axis", "plot-regions",
                               "plot-markers", "plot-region", "plot-cells", "plot-cell-values", "plot-row-labels", "plot-column-labels",
                               "plot-color-legend", "plot-bars", "plot-whiskers", "plot-value-labels",
                               "plot-category-labels", "plot-clip", "plot-cell-value", "plot-value-label",
                               "plot-legend-label", "svgplot", "line-chart", "heatmap", "bar-chart", "no-data"]
        for element in try parseXML(sample.chart.svg(idPrefix: "a")).all {
            for c in element.classes where !structural.contains(c) {
                #expect(stylesheet.contains("." + c + " ") || stylesheet.contains("." + c + ","), "no rule for .\(c)")
            }
        }
    }

    @Test(arguments: samples)
    func outputHasNoBlankLines(_ sample: Sample) {
        // Inline HTML in Markdown ends at a blank line.
        #expect(!sample.chart.svg(idPrefix: "a").contains("\n\n"))
    }

    @Test(arguments: samples)
    func hostileTextStaysText(_ sample: Sample) throws {
        let root = try parseXML(sample.chart.svg(idPrefix: "a"))
        for element in root.all {
            #expect(element.name != "script" && element.name != "foreignObject")
            #expect(!element.attributes.keys.contains { $0.lowercased().hasPrefix("on") })
        }
    }

    @Test func hostileTitleRoundTripsThroughEscaping() throws {
        let chart = LineChart(title: hostile[0] + hostile[2], description: hostile[1], series: [Series("s", values: [1, 2])])
        let root = try parseXML(chart.svg(idPrefix: "a"))
        #expect(root.all("title").first?.text == hostile[0] + hostile[2])
        #expect(root.all("desc").first?.text == hostile[1])
    }

    @Test func emptyInputSaysNoData() throws {
        for sample in samples where sample.name.hasSuffix("empty") || sample.name.hasSuffix("all-gaps") {
            let root = try parseXML(sample.chart.svg(idPrefix: "a"))
            #expect(root.withClass("plot-no-data").first?.text == "No data", "\(sample.name)")
            #expect(root.all("desc").first?.text.contains("No data") == true)
        }
    }

    @Test func textIsLegibleOnAPhone() {
        // A figure is about 340 CSS px wide on a 375 px phone; text must stay at 10 px or more.
        #expect(SVGDocument.fontSize * 340 / ChartLayout.width >= 10)
    }

    @Test(arguments: samples)
    func textStaysInsideTheViewBox(_ sample: Sample) throws {
        let root = try parseXML(sample.chart.svg(idPrefix: "a"))
        for text in root.all("text") where text.attributes["transform"] == nil {
            guard let x = text.number("x") else { continue }
            let w = TextMetrics.width(text.text, fontSize: SVGDocument.fontSize)
            let (lo, hi): (Double, Double) = switch text.attributes["text-anchor"] {
            case "middle": (x - w / 2, x + w / 2)
            case "end": (x - w, x)
            default: (x, x + w)
            }
            #expect(lo >= -0.5 && hi <= 440.5, "\(text.text) spans \(lo)…\(hi)")
        }
    }
}

@Suite struct RobustnessTests {
    @Test func extremeInputsStillGiveWellFormedCharts() throws {
        let many = (0..<20).map { s in Series("series \(s)", values: (0..<30).map { Double(($0 * (s + 3)) % 17) }) }
        let charts: [any Chart] = [
            LineChart(title: "tiny", series: [Series("s", values: [1, 2])], height: 10),
            LineChart(title: "many", series: many),
            LineChart(title: "one point", series: [Series("s", values: [3])]),
            LineChart(title: "huge", series: [Series("s", points: [(0, -1e299), (1, 1e299), (2, 1e308), (3, -.greatestFiniteMagnitude)])]),
            LineChart(title: "one month", xAxis: Axis(kind: .months(startYear: 2000, startMonth: 13)), series: [Series("s", values: [1])]),
            LineChart(title: "log x", xAxis: Axis(scale: .log10), series: [Series("s", points: [(0, 1), (10, 2), (1000, 3)])]),
            Heatmap(title: "wide", rowLabels: ["a"], columnLabels: (0..<1000).map { "w\($0)" }, values: [(0..<1000).map(Double.init)]),
            Heatmap(title: "tall", rowLabels: (0..<100).map(String.init), columnLabels: ["x"], values: (0..<100).map { [Double($0)] }),
            Heatmap(title: "flat", rowLabels: ["a"], columnLabels: ["b"], values: [[3]], colorScale: .sequential(3...3)),
            BarChart(title: "zeros", categories: ["a", "b"], series: [BarSeries("s", values: [0, 0])], height: 0),
            BarChart(title: "nan", categories: ["a"], series: [BarSeries("s", values: [.nan], ranges: [Whisker(low: .nan, high: 1)])]),
        ]
        for chart in charts {
            let root = try parseXML(chart.svg(idPrefix: "x"))
            let viewBox = root.attributes["viewBox"]?.split(separator: " ").compactMap { Double($0) } ?? []
            // Line and bar charts keep a usable height; heatmaps are as tall as their rows.
            #expect(viewBox.count == 4 && viewBox[3] >= (chart is Heatmap ? 40 : 160), "\(chart.title)")
            for element in root.all {
                for key in ["x", "y", "width", "height", "x1", "x2", "y1", "y2", "cx", "cy"] {
                    if let value = element.attributes[key] { #expect(Double(value)?.isFinite == true, "\(chart.title): \(key)=\(value)") }
                }
                #expect(element.attributes["width"].flatMap(Double.init).map { $0 >= 0 } ?? true)
            }
        }
    }
}
