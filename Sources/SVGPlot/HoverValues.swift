import Foundation

/// Values under the pointer: invisible columns over a line chart, one per x value, each with a
/// `<title>` naming the x value and every series' value there. Browsers show a title as a tooltip
/// on hover with no script at all; the site's script adds a visible readout and moves it with
/// the arrow keys when the chart has keyboard focus. Bars and heatmap cells carry their own
/// titles, so the same script serves them.
enum HoverValues {
    /// Past this many x values a column is narrower than a pixel on a phone and the titles
    /// outweigh the chart; such charts stay static.
    static let maxColumns = 400
    static let targetClass = "hover-target"

    /// The columns are invisible but take the pointer (a transparent fill is painted, `none` is
    /// not); the one under the pointer, or chosen with the keys, is tinted.
    static let css = """
    .svgplot .plot-hover { cursor: crosshair; }
    .svgplot .hover-target { fill: transparent; }
    .svgplot .hover-target:hover, .svgplot .hover-target.is-current { fill: currentColor; fill-opacity: 0.1; }

    """

    /// The readout for one x value: "March 1950 — data: 135; test predictions: 141.3".
    static func label(x: String, values: [(name: String, value: Double?)]) -> String {
        let shown = values.compactMap { item in item.value.map { "\(item.name.isEmpty ? "value" : item.name): \(number($0))" } }
        return x + " — " + shown.joined(separator: "; ")
    }

    /// Four significant digits, a real minus sign.
    static func number(_ value: Double) -> String {
        var text = String(format: "%.4g", value)
        if text.hasPrefix("-") { text = "−" + text.dropFirst() }
        return text
    }
}

extension LineChart {
    /// The hover columns over `plot`, or nil when there are none or too many.
    func hoverLayer(plot: Rect, xPixel: (Double) -> Double) -> SVGElement? {
        var byX: [Double: [Int: Double]] = [:]
        for (index, s) in series.enumerated() {
            for point in s.points where xAxis.accepts(point.x) {
                if let y = point.y, y.isFinite, yAxis.accepts(y) { byX[point.x, default: [:]][index] = y }
            }
        }
        let xs = byX.keys.sorted()
        guard !xs.isEmpty, xs.count <= HoverValues.maxColumns else { return nil }
        let pixels = xs.map(xPixel)
        let columns = xs.indices.compactMap { k -> SVGElement? in
            let left = k == 0 ? plot.x : max(plot.x, (pixels[k - 1] + pixels[k]) / 2)
            let right = k == xs.count - 1 ? plot.maxX : min(plot.maxX, (pixels[k] + pixels[k + 1]) / 2)
            guard right > left else { return nil }
            let values = series.indices.map { (name: series[$0].name, value: byX[xs[k]]?[$0]) }
            return SVGElement.rect(x: left, y: plot.y, width: right - left, height: plot.height, class: HoverValues.targetClass)
                .appending(.tooltip(HoverValues.label(x: xLabel(xs[k]), values: values)))
        }
        return .group(class: "plot-hover", columns)
    }

    private func xLabel(_ x: Double) -> String {
        switch xAxis.kind {
        case .months(let year, let month): return MonthTicks.label(forX: x, startYear: year, startMonth: month)
        case .integer: return (xAxis.label.isEmpty ? "" : xAxis.label + " ") + String(Int(x.rounded()))
        default: return (xAxis.label.isEmpty ? "x = " : xAxis.label + " ") + HoverValues.number(x)
        }
    }
}
