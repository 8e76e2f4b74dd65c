/// A line chart: several series over shared x and y axes, with optional shaded x regions,
/// vertical markers and a legend that never covers data.
public struct LineChart: Chart {
    public var title: String
    /// The accessible description; when empty, one is written from the data (series names and
    /// the range of each axis).
    public var description: String
    public var xAxis: Axis
    public var yAxis: Axis
    public var series: [Series]
    public var regions: [ShadedRegion]
    public var markers: [Marker]
    public var legend: LegendPlacement
    /// viewBox height (at least 160); the width is always 440 units.
    public var height: Double {
        get { storedHeight }
        set { storedHeight = max(newValue, 160) }
    }
    private var storedHeight = 280.0

    public init(
        title: String, description: String = "", xAxis: Axis = Axis(), yAxis: Axis = Axis(),
        series: [Series], regions: [ShadedRegion] = [], markers: [Marker] = [],
        legend: LegendPlacement = .automatic, height: Double = 280
    ) {
        self.title = title
        self.description = description
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.series = series
        self.regions = regions
        self.markers = markers
        self.legend = legend
        self.height = height
    }

    public func document(idPrefix: String) -> SVGDocument {
        let runs = series.map(runs(of:))
        let xs = runs.joined().joined().map(\.x)
        let ys = runs.joined().joined().map(\.y)
        let extras = regions.flatMap { [$0.from, $0.to] } + markers.map(\.x)
        guard let yExtent = Interval(enclosing: ys),
              let xExtent = Interval(enclosing: (xs + extras).filter(xAxis.accepts))
        else {
            return ChartLayout.noData(height: height, title: title, description: description,
                                      idPrefix: idPrefix, classes: ["line-chart"])
        }

        let entries = series.enumerated().map { index, s in
            LegendEntry(name: s.name, colorIndex: s.colorIndex ?? index, swatch: s.style.swatch)
        }
        let wantsLegend = legend == .top || (legend == .automatic && series.count >= 2)
        var frame = self.frame(x: xExtent, y: yExtent, legendRows: [])
        var legendBox: Rect?
        if wantsLegend {
            if legend == .automatic, let box = freeCorner(in: frame, runs: runs, entries: entries) {
                legendBox = box
            } else {
                frame = self.frame(x: xExtent, y: yExtent,
                                   legendRows: Legend.rows(entries, width: ChartLayout.width - 2 * ChartLayout.pad))
            }
        }

        let document = SVGDocument(width: ChartLayout.width, height: height, title: title,
                                   description: description.isEmpty ? summary(x: xExtent, y: yExtent) : description,
                                   idPrefix: idPrefix, classes: ["line-chart"])
        let clipID = document.id("clip")
        let plot = frame.plot
        // The clip is a little larger than the plot so dots on the edge are drawn whole.
        let clip = SVGElement("defs", children: [
            SVGElement("clipPath", ["id": SVGValue(clipID)], children: [
                .rect(x: plot.x - 4, y: plot.y - 4, width: plot.width + 8, height: plot.height + 8, class: "plot-clip"),
            ]),
        ])

        var children: [SVGElement] = [clip]
        children.append(contentsOf: regionElements(frame))
        children.append(AxisDrawing.vertical(frame.y, plot: plot))
        children.append(AxisDrawing.horizontal(frame.x, plot: plot))
        if !yAxis.label.isEmpty {
            children.append(AxisDrawing.verticalTitle(yAxis.label, x: ChartLayout.pad,
                                                      plotTop: plot.y - (hasMarkerLabels ? LineChart.markerRowHeight : 0),
                                                      maxWidth: ChartLayout.width - 2 * ChartLayout.pad))
        }
        if !xAxis.label.isEmpty {
            children.append(AxisDrawing.horizontalTitle(xAxis.label, plot: plot, baseline: height - ChartLayout.pad - 2,
                                                        maxWidth: ChartLayout.width - 2 * ChartLayout.pad))
        }
        var data = SVGElement.group(class: "plot-data", paintOrder.map { index in
            seriesElement(series[index], colorIndex: series[index].colorIndex ?? index, runs: runs[index], frame: frame)
        })
        data.set("clip-path", SVGValue("url(#\(clipID))"))
        children.append(data)
        children.append(contentsOf: markerElements(frame))
        if let hover = hoverLayer(plot: plot, xPixel: { frame.x.map($0) }) { children.append(hover) }
        if let legendBox {
            children.append(Legend.box(entries, in: legendBox))
        } else if !frame.legendRows.isEmpty {
            children.append(Legend.top(frame.legendRows, x: ChartLayout.pad, top: ChartLayout.pad))
        }

        var result = document
        result.children = children
        return result
    }

    // MARK: Data

    /// Series indices in the order they are painted: plain lines first, then dashed lines, then
    /// lines with dots, then dots alone, each group in the given order. A dashed series that runs
    /// along a solid one is drawn over it and shows through its gaps, and markers are never
    /// buried under another series' line, instead of vanishing beneath.
    var paintOrder: [Int] {
        func layer(_ style: Series.Style) -> Int {
            switch style {
            case .line: return 0
            case .dashed: return 1
            case .lineAndDots: return 2
            case .dots: return 3
            }
        }
        return series.indices.sorted { (layer(series[$0].style), $0) < (layer(series[$1].style), $1) }
    }

    /// The series split at gaps into runs of drawable points, in data units.
    private func runs(of series: Series) -> [[(x: Double, y: Double)]] {
        var runs: [[(x: Double, y: Double)]] = []
        var current: [(x: Double, y: Double)] = []
        for point in series.points {
            if let y = point.y, xAxis.accepts(point.x), yAxis.accepts(y) {
                current.append((point.x, y))
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    // MARK: Layout

    private struct Frame {
        let plot: Rect
        let x: ResolvedAxis
        let y: ResolvedAxis
        let legendRows: [[LegendEntry]]
    }

    private func frame(x xExtent: Interval, y yExtent: Interval, legendRows: [[LegendEntry]]) -> Frame {
        let pad = ChartLayout.pad
        let width = ChartLayout.width
        var top = pad
        if !legendRows.isEmpty { top += Double(legendRows.count) * Legend.rowHeight + 6 }
        top += yAxis.label.isEmpty ? 8 : AxisDrawing.titleHeight
        if hasMarkerLabels { top += LineChart.markerRowHeight }
        let bottom = height - pad - AxisDrawing.horizontalLabelsHeight - (xAxis.label.isEmpty ? 0 : ChartLayout.fontSize + 8)
        let y = yAxis.resolve(extent: yExtent, from: bottom, to: top, orientation: .vertical)

        var left = pad + AxisDrawing.labelWidth(y) + ChartLayout.tickLabelGap
        var right = width - pad
        var x = xAxis.resolve(extent: xExtent, from: left, to: right, orientation: .horizontal)
        // The outermost x labels are centred on their ticks; shrink the plot until they fit.
        for _ in 0..<3 {
            guard let first = x.ticks.first, let last = x.ticks.last else { break }
            let overLeft = pad - (x.map(first.value) - TextMetrics.width(first.label, fontSize: ChartLayout.fontSize) / 2)
            let overRight = x.map(last.value) + TextMetrics.width(last.label, fontSize: ChartLayout.fontSize) / 2 - (width - pad)
            if overLeft <= 0.5 && overRight <= 0.5 { break }
            left += max(0, overLeft)
            right -= max(0, overRight)
            x = xAxis.resolve(extent: xExtent, from: left, to: right, orientation: .horizontal)
        }
        return Frame(plot: Rect(x: left, y: top, width: right - left, height: bottom - top), x: x, y: y, legendRows: legendRows)
    }

    /// The first plot corner (top right, top left, bottom right, bottom left) where a boxed
    /// legend touches no line, dot, region label or marker; nil when none is free or the box
    /// would take too much of the plot.
    private func freeCorner(in frame: Frame, runs: [[[(x: Double, y: Double)]]], entries: [LegendEntry]) -> Rect? {
        let plot = frame.plot
        let size = Legend.boxSize(entries)
        guard size.width <= plot.width * 0.6, size.height <= plot.height * 0.6 else { return nil }
        let inset = 6.0
        let left = plot.x + inset
        let right = plot.maxX - inset - size.width
        let top = plot.y + inset
        let bottom = plot.maxY - inset - size.height
        let corners = [(right, top), (left, top), (right, bottom), (left, bottom)].map {
            Rect(x: $0.0, y: $0.1, width: size.width, height: size.height)
        }
        let labelBoxes = regionLabels(frame).map(\.box) + markerLabels(frame).map(\.box)
        return corners.first { corner in
            let zone = Rect(x: corner.x - 4, y: corner.y - 4, width: corner.width + 8, height: corner.height + 8)
            if labelBoxes.contains(where: zone.intersects) { return false }
            for marker in markers where xAxis.accepts(marker.x) {
                let mx = frame.x.map(marker.x)
                if zone.intersectsSegment(mx, plot.y, mx, plot.maxY) { return false }
            }
            for (s, seriesRuns) in zip(series, runs) {
                for run in seriesRuns {
                    let pixels = run.map { (frame.x.map($0.x), frame.y.map($0.y)) }
                    // Dots-only series leave the space between their points free.
                    if s.style == .dots || pixels.count == 1 {
                        if pixels.contains(where: { zone.contains(x: $0.0, y: $0.1) }) { return false }
                        continue
                    }
                    for (a, b) in zip(pixels, pixels.dropFirst()) where zone.intersectsSegment(a.0, a.1, b.0, b.1) {
                        return false
                    }
                }
            }
            return true
        }
    }

    // MARK: Drawing

    private func seriesElement(_ series: Series, colorIndex: Int, runs: [[(x: Double, y: Double)]], frame: Frame) -> SVGElement {
        var items: [SVGElement] = []
        let drawsLine = series.style != .dots
        for run in runs {
            let pixels = run.map { (x: frame.x.map($0.x), y: frame.y.map($0.y)) }
            if drawsLine && pixels.count > 1 {
                var path = PathData()
                path.move(to: pixels[0].x, pixels[0].y)
                for p in pixels.dropFirst() { path.line(to: p.x, p.y) }
                var element = SVGElement.path(path, class: "plot-line")
                if series.style == .dashed { element.set("stroke-dasharray", SeriesStyle.dashPattern) }
                items.append(element)
            }
            // A point between two gaps has no line to sit on; draw it as a dot so it is not lost.
            if !drawsLine || series.style == .lineAndDots || pixels.count == 1 {
                let r = series.style == .dots ? SeriesStyle.dotRadius + 0.5 : SeriesStyle.dotRadius
                items.append(contentsOf: pixels.map { SVGElement.circle(cx: $0.x, cy: $0.y, r: r, class: "plot-dot") })
            }
        }
        return .group(class: Legend.seriesClass(colorIndex), items)
    }

    private struct PlacedLabel {
        let text: String
        let x: Double
        let baseline: Double
        let anchor: TextAnchor
        let box: Rect
    }

    private func label(_ text: String, x: Double, baseline: Double, anchor: TextAnchor) -> PlacedLabel {
        let w = TextMetrics.width(text, fontSize: ChartLayout.fontSize)
        let left = anchor == .end ? x - w : x
        return PlacedLabel(text: text, x: x, baseline: baseline, anchor: anchor,
                           box: Rect(x: left, y: baseline - ChartLayout.fontSize, width: w, height: ChartLayout.fontSize + 3))
    }

    /// Region labels sit in the top left corner of their region, truncated to its width.
    private func regionLabels(_ frame: Frame) -> [PlacedLabel] {
        regions.compactMap { region in
            guard !region.label.isEmpty, let span = pixelSpan(region, frame) else { return nil }
            let room = span.hi - span.lo - 10
            guard room >= 24 else { return nil }
            let text = TextMetrics.truncate(region.label, maxWidth: room, fontSize: ChartLayout.fontSize)
            return label(text, x: span.lo + 5, baseline: frame.plot.y + ChartLayout.fontSize + 3, anchor: .start)
        }
    }

    private var hasMarkerLabels: Bool { markers.contains { !$0.label.isEmpty } }
    static let markerRowHeight = ChartLayout.fontSize + 6

    /// The baseline of the row between the y axis title and the plot that marker labels sit
    /// in: inside the plot a data line could strike through them.
    private func markerRowBaseline(_ frame: Frame) -> Double {
        frame.plot.y - 5
    }

    /// Marker labels sit in their own row above the plot, beside their line, which rises to
    /// meet them; near the right edge they flip to the left side.
    private func markerLabels(_ frame: Frame) -> [PlacedLabel] {
        let baseline = markerRowBaseline(frame)
        return markers.compactMap { marker in
            guard !marker.label.isEmpty, xAxis.accepts(marker.x) else { return nil }
            let mx = frame.x.map(marker.x)
            guard mx >= frame.plot.x - 0.5, mx <= frame.plot.maxX + 0.5 else { return nil }
            let text = TextMetrics.truncate(marker.label, maxWidth: frame.plot.width / 2, fontSize: ChartLayout.fontSize)
            let w = TextMetrics.width(text, fontSize: ChartLayout.fontSize)
            return mx + 4 + w <= frame.plot.maxX
                ? label(text, x: mx + 4, baseline: baseline, anchor: .start)
                : label(text, x: mx - 4, baseline: baseline, anchor: .end)
        }
    }

    /// A region's pixel extent, clamped to the plot; nil when it lies outside.
    private func pixelSpan(_ region: ShadedRegion, _ frame: Frame) -> Interval? {
        guard xAxis.accepts(region.from), xAxis.accepts(region.to) else { return nil }
        let a = frame.x.map(region.from)
        let b = frame.x.map(region.to)
        let lo = max(min(a, b), frame.plot.x)
        let hi = min(max(a, b), frame.plot.maxX)
        return hi > lo ? Interval(lo: lo, hi: hi) : nil
    }

    private func regionElements(_ frame: Frame) -> [SVGElement] {
        var shades: [SVGElement] = []
        for (index, region) in regions.enumerated() {
            guard let span = pixelSpan(region, frame) else { continue }
            shades.append(.rect(x: span.lo, y: frame.plot.y, width: span.hi - span.lo, height: frame.plot.height,
                                class: "plot-region region-\(index % 2)"))
        }
        let labels = regionLabels(frame).map { SVGElement.text($0.text, x: $0.x, y: $0.baseline, class: "plot-region-label") }
        return shades.isEmpty ? [] : [.group(class: "plot-regions", shades + labels)]
    }

    private func markerElements(_ frame: Frame) -> [SVGElement] {
        var items: [SVGElement] = []
        for marker in markers where xAxis.accepts(marker.x) {
            let mx = frame.x.map(marker.x)
            guard mx >= frame.plot.x - 0.5, mx <= frame.plot.maxX + 0.5 else { continue }
            let top = marker.label.isEmpty ? frame.plot.y : markerRowBaseline(frame) - ChartLayout.fontSize * 0.8
            items.append(SVGElement.line(x1: mx, y1: top, x2: mx, y2: frame.plot.maxY, class: "plot-marker")
                .with("stroke-dasharray", "3 3"))
        }
        items += markerLabels(frame).map { SVGElement.text($0.text, x: $0.x, y: $0.baseline, anchor: $0.anchor, class: "plot-marker-label") }
        return items.isEmpty ? [] : [.group(class: "plot-markers", items)]
    }

    // MARK: Description

    /// Names the series and gives the data's range on each axis (the data's, not the axis
    /// domain's: "112 to 622" says more than "0 to 800").
    private func summary(x: Interval, y: Interval) -> String {
        var parts = ["Line chart"]
        let names = series.map(\.name).filter { !$0.isEmpty }
        if !names.isEmpty { parts[0] += " of " + names.joined(separator: ", ") }
        parts.append(Describe.axis("Horizontal axis", xAxis, range: x))
        parts.append(Describe.axis("Vertical axis", yAxis, range: y))
        let shaded = regions.map(\.label).filter { !$0.isEmpty }
        if !shaded.isEmpty { parts.append("Shaded: " + shaded.joined(separator: ", ")) }
        return parts.joined(separator: ". ") + "."
    }
}

extension Series.Style {
    var swatch: LegendEntry.Swatch {
        switch self {
        case .line: .line(dashed: false, dot: false)
        case .lineAndDots: .line(dashed: false, dot: true)
        case .dashed: .line(dashed: true, dot: false)
        case .dots: .dot
        }
    }
}
