import Foundation

/// One series of bars: a value per category, and optionally a low–high range per category
/// (e.g. the spread over random seeds), drawn as a whisker.
public struct BarSeries: Sendable {
    public var name: String
    /// One value per category; nil, NaN or infinite leaves the slot empty.
    public var values: [Double?]
    /// Whisker per category; may be shorter than `values` or empty.
    public var ranges: [Whisker?]
    /// Colour class `series-N`; defaults to the series' position.
    public var colorIndex: Int?

    public init(_ name: String, values: [Double?], ranges: [Whisker?] = [], colorIndex: Int? = nil) {
        self.name = name
        self.values = values
        self.ranges = ranges
        self.colorIndex = colorIndex
    }

    func value(_ index: Int) -> Double? {
        guard index < values.count, let v = values[index], v.isFinite, abs(v) < 1e300 else { return nil }
        return v
    }

    func range(_ index: Int) -> Whisker? {
        guard index < ranges.count, let r = ranges[index], r.low.isFinite, r.high.isFinite,
              abs(r.low) < 1e300, abs(r.high) < 1e300 else { return nil }
        return r
    }
}

/// The span a whisker covers, e.g. the lowest and highest result over seeds.
public struct Whisker: Sendable, Equatable {
    public var low: Double
    public var high: Double

    public init(low: Double, high: Double) {
        self.low = min(low, high)
        self.high = max(low, high)
    }
}

/// Grouped bars: one group per category, one bar per series, on a linear value axis that
/// always includes zero.
public struct BarChart: Chart {
    public var title: String
    /// The accessible description; when empty, one is written from the data.
    public var description: String
    public var categories: [String]
    public var series: [BarSeries]
    /// The value axis. Bars encode length from zero, so it is always linear and includes zero.
    public var yAxis: Axis
    /// Title under the category labels; may be empty.
    public var categoryTitle: String
    /// Print each value at the end of its bar (when the labels fit side by side).
    public var showValues: Bool
    /// Decimals of printed values; nil picks one more than the axis ticks use (none on an
    /// `.integer` axis).
    public var valueDecimals: Int?
    /// `.automatic` shows the legend above the plot when there are two or more series.
    public var legend: LegendPlacement
    /// viewBox height (at least 160); the width is always 440 units.
    public var height: Double {
        get { storedHeight }
        set { storedHeight = max(newValue, 160) }
    }
    private var storedHeight = 280.0

    public init(
        title: String, description: String = "", categories: [String], series: [BarSeries], yAxis: Axis = Axis(),
        categoryTitle: String = "", showValues: Bool = false, valueDecimals: Int? = nil,
        legend: LegendPlacement = .automatic, height: Double = 280
    ) {
        self.title = title
        self.description = description
        self.categories = categories
        self.series = series
        self.yAxis = yAxis
        self.categoryTitle = categoryTitle
        self.showValues = showValues
        self.valueDecimals = valueDecimals
        self.legend = legend
        self.height = height
    }

    public func document(idPrefix: String) -> SVGDocument {
        let count = categories.count
        var extentValues: [Double] = []
        for s in series {
            for i in 0..<count {
                if let v = s.value(i) { extentValues.append(v) }
                if let r = s.range(i) { extentValues += [r.low, r.high] }
            }
        }
        guard count > 0, !extentValues.isEmpty, var extent = Interval(enclosing: extentValues + [0]) else {
            return ChartLayout.noData(height: height, title: title, description: description, idPrefix: idPrefix, classes: ["bar-chart"])
        }
        if showValues {
            // Headroom for the labels printed beyond the bar ends.
            if extent.hi > 0 { extent.hi += extent.span * 0.12 }
            if extent.lo < 0 { extent.lo -= extent.span * 0.12 }
        }

        let pad = ChartLayout.pad
        let width = ChartLayout.width
        let fontSize = ChartLayout.fontSize
        let entries = series.enumerated().map { index, s in LegendEntry(name: s.name, colorIndex: s.colorIndex ?? index, swatch: .box) }
        let showsLegend = legend == .top || (legend == .automatic && series.count >= 2)
        let legendRows = showsLegend ? Legend.rows(entries, width: width - 2 * pad) : []

        var top = pad
        if !legendRows.isEmpty { top += Double(legendRows.count) * Legend.rowHeight + 6 }
        top += yAxis.label.isEmpty ? 8 : AxisDrawing.titleHeight
        var valueAxis = yAxis
        valueAxis.scale = .linear
        valueAxis.kind = yAxis.kind == .integer ? .integer : .number

        // Category labels depend on the band width, which depends on the value labels' width:
        // lay out with a first guess, then once more with the real left margin.
        let bottomTitle = categoryTitle.isEmpty ? 0 : fontSize + 8
        var labels = BandLabels(categories, bandWidth: (width - 2 * pad - 40) / Double(count), allowWrap: true)
        var bottom = height - pad - bottomTitle - labels.height
        var y = valueAxis.resolve(extent: extent, from: bottom, to: top, orientation: .vertical)
        let left = pad + AxisDrawing.labelWidth(y) + ChartLayout.tickLabelGap
        let band = (width - pad - left) / Double(count)
        labels = BandLabels(categories, bandWidth: band, allowWrap: true)
        bottom = height - pad - bottomTitle - labels.height
        y = valueAxis.resolve(extent: extent, from: bottom, to: top, orientation: .vertical)
        let plot = Rect(x: left, y: top, width: width - pad - left, height: bottom - top)

        let seriesCount = max(series.count, 1)
        let barWidth = min(band * 0.72 / Double(seriesCount), 56)
        let groupWidth = barWidth * Double(seriesCount)
        let zero = y.map(min(max(0, y.tickSet.domain.lo), y.tickSet.domain.hi))
        let decimals = valueDecimals ?? (valueAxis.kind == .integer ? 0 : BarChart.decimals(for: y) + 1)

        var bars: [SVGElement] = []
        var whiskers: [SVGElement] = []
        var valueLabels: [SVGElement] = []
        var widestLabel = 0.0
        for (si, s) in series.enumerated() {
            var items: [SVGElement] = []
            for ci in 0..<count {
                guard let v = s.value(ci) else { continue }
                let x = plot.x + (Double(ci) + 0.5) * band - groupWidth / 2 + Double(si) * barWidth
                let end = y.map(v)
                let text = NumberFormat.fixed(v, decimals: decimals)
                var tip = categories[ci] + (s.name.isEmpty ? "" : ", " + s.name) + ": " + text
                let whisker = s.range(ci)
                if let whisker {
                    tip += " (range " + NumberFormat.fixed(whisker.low, decimals: decimals) + " to "
                        + NumberFormat.fixed(whisker.high, decimals: decimals) + ")"
                }
                // Inset by half a unit so neighbouring bars in a group stay visibly separate.
                items.append(SVGElement.rect(x: x + 0.5, y: min(end, zero), width: barWidth - 1, height: abs(end - zero), class: "plot-bar")
                    .appending(.tooltip(tip)))
                let centre = x + barWidth / 2
                var reach = end
                if let whisker {
                    let yLow = y.map(whisker.low)
                    let yHigh = y.map(whisker.high)
                    let cap = min(barWidth * 0.5, 10) / 2
                    var path = PathData()
                    path.move(to: centre, yLow)
                    path.line(to: centre, yHigh)
                    path.move(to: centre - cap, yLow)
                    path.line(to: centre + cap, yLow)
                    path.move(to: centre - cap, yHigh)
                    path.line(to: centre + cap, yHigh)
                    whiskers.append(.path(path, class: "plot-whisker"))
                    reach = v >= 0 ? min(end, yHigh, yLow) : max(end, yHigh, yLow)
                }
                widestLabel = max(widestLabel, TextMetrics.width(text, fontSize: fontSize))
                let baseline = v >= 0 ? reach - 4 : reach + 4 + fontSize * 0.75
                valueLabels.append(.text(text, x: centre, y: baseline, anchor: .middle, class: "plot-value-label"))
            }
            bars.append(.group(class: Legend.seriesClass(s.colorIndex ?? si), items))
        }

        var children: [SVGElement] = [AxisDrawing.vertical(y, plot: plot)]
        children.append(.group(class: "plot-bars", bars))
        children.append(.line(x1: plot.x, y1: plot.maxY, x2: plot.maxX, y2: plot.maxY, class: "plot-axis"))
        if !whiskers.isEmpty { children.append(.group(class: "plot-whiskers", whiskers)) }
        // Labels of one group sit side by side; print them only when they cannot collide.
        let labelRoom = seriesCount == 1 ? band - 4 : barWidth + 2
        if showValues && widestLabel <= labelRoom { children.append(.group(class: "plot-value-labels", valueLabels)) }
        children.append(.group(class: "plot-category-labels",
                               labels.elements(x: plot.x, bandWidth: band, top: plot.maxY, class: "plot-tick-label")))
        if !yAxis.label.isEmpty {
            children.append(AxisDrawing.verticalTitle(yAxis.label, x: pad, plotTop: plot.y, maxWidth: width - 2 * pad))
        }
        if !categoryTitle.isEmpty {
            children.append(AxisDrawing.horizontalTitle(categoryTitle, plot: plot, baseline: height - pad - 2, maxWidth: width - 2 * pad))
        }
        if !legendRows.isEmpty { children.append(Legend.top(legendRows, x: pad, top: pad)) }

        return SVGDocument(width: width, height: height, title: title,
                           description: description.isEmpty ? summary(valueAxis, data: extentValues) : description,
                           idPrefix: idPrefix, classes: ["bar-chart"], children: children)
    }

    /// Decimals the axis labels use, from the spacing of its ticks.
    static func decimals(for axis: ResolvedAxis) -> Int {
        guard axis.ticks.count >= 2 else { return 0 }
        let step = axis.ticks[1].value - axis.ticks[0].value
        return max(0, -Int(log10(step).rounded(.down)))
    }

    private func summary(_ axis: Axis, data: [Double]) -> String {
        var parts = ["Bar chart of " + categories.count.description + " categories ("
            + categories.joined(separator: ", ") + ")"]
        let names = series.map(\.name).filter { !$0.isEmpty }
        if !names.isEmpty { parts.append("Series: " + names.joined(separator: ", ")) }
        if let range = Interval(enclosing: data) { parts.append(Describe.axis("Values", axis, range: range)) }
        if series.contains(where: { !$0.ranges.isEmpty }) { parts.append("Whiskers show each value's range") }
        return parts.joined(separator: ". ") + "."
    }
}
