import Foundation
import Testing
@testable import SVGPlot

/// A chart with a name, so parameterised tests say which one failed.
struct Sample: Sendable, CustomTestStringConvertible {
    let name: String
    let chart: any Chart

    var testDescription: String { name }
}

/// Strings that would break out of text or attributes if anything were left unescaped.
let hostile = ["<script>alert(1)</script>", "\"><svg onload=alert(1)>", "Tom & Jerry's \"quote\"", "]]> <!-- x -->",
               "line\nbreak\u{0}nul"]

/// One of every kind of chart, including hostile text, gaps, empty input and odd ranges.
let samples: [Sample] = lineSamples() + heatmapSamples() + barSamples()

private func lineSamples() -> [Sample] {
    let a: [Double?] = (0..<144).map { 100 + Double($0) * 3 }
    let b: [Double?] = (0..<144).map { (i: Int) -> Double? in i % 17 == 0 ? nil : 90 + Double(i) * 2.5 }
    let line = LineChart(
        title: "Airline", xAxis: Axis("Month", kind: .months(startYear: 1949, startMonth: 1)), yAxis: Axis("Passengers"),
        series: [Series("a", values: a), Series("b", values: b, style: .dashed)],
        regions: [ShadedRegion(from: 0, to: 95, label: "train"), ShadedRegion(from: 95, to: 143, label: "test")],
        markers: [Marker(x: 95, label: "split")])
    let train: [Double?] = (0..<50).map { (i: Int) -> Double? in 0.5 * exp(-Double(i) / 8) }
    let test: [Double?] = (0..<50).map { (i: Int) -> Double? in i == 3 ? 0 : 0.6 * exp(-Double(i) / 9) }
    let log = LineChart(
        title: "Loss", xAxis: Axis("Epoch", kind: .integer), yAxis: Axis("MSE", scale: .log10),
        series: [Series("train", values: train, xStart: 1), Series("test", values: test, xStart: 1, style: .dots)])
    let points: [(x: Double, y: Double?)] = [(0, 1), (1, .nan), (2, 3), (3, .infinity), (4, 2)]
    let hostileLine = LineChart(
        title: hostile[0], description: hostile[1], xAxis: Axis(hostile[2]), yAxis: Axis(hostile[3]),
        series: hostile.map { Series($0, points: points) },
        regions: [ShadedRegion(from: 0, to: 2, label: hostile[4])], markers: [Marker(x: 3, label: hostile[0])])
    return [
        Sample(name: "line", chart: line),
        Sample(name: "line-log", chart: log),
        Sample(name: "line-hostile", chart: hostileLine),
        Sample(name: "line-empty", chart: LineChart(title: "Empty", series: [])),
        Sample(name: "line-all-gaps", chart: LineChart(title: "Gaps", series: [Series("s", values: [nil, .nan, .infinity])])),
        Sample(name: "line-constant", chart: LineChart(title: "Flat", series: [Series("s", values: [5, 5, 5])])),
    ]
}

private func heatmapSamples() -> [Sample] {
    let gates: [[Double]] = (0..<4).map { r in (0..<10).map { c in sin(Double(r * 10 + c)) } }
    return [
        Sample(name: "heatmap", chart: Heatmap(
            title: "Gates", rowLabels: ["i", "f", "g", "o"], columnLabels: (1...10).map(String.init), values: gates,
            colorScale: .symmetric, showValues: true, legendLabel: "activation", columnTitle: "step")),
        Sample(name: "heatmap-words", chart: Heatmap(
            title: "Words", rowLabels: ["一", hostile[1]], columnLabels: ["猫が", "extraordinarily", hostile[0], "mat"],
            values: [[0.1, 0.9, .nan, 0.4], [0.3, 0.5]], colorScale: .unit, legendLabel: hostile[2])),
        Sample(name: "heatmap-empty", chart: Heatmap(title: "Empty", rowLabels: [], columnLabels: [], values: [])),
    ]
}

private func barSamples() -> [Sample] {
    let train = BarSeries("train", values: [20.5, 19.25, 18],
                          ranges: [Whisker(low: 19, high: 22), nil, Whisker(low: 17, high: 19)])
    let other = BarSeries(hostile[1], values: [40, nil, -5])
    return [
        Sample(name: "bars", chart: BarChart(
            title: "RMSE", categories: ["look_back 1", "look_back 3", hostile[0]], series: [train, other],
            yAxis: Axis("RMSE"), categoryTitle: hostile[2], showValues: true)),
        Sample(name: "bars-empty", chart: BarChart(title: "Empty", categories: [], series: [])),
    ]
}
