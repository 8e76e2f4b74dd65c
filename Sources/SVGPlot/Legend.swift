/// The key that names each series: a swatch drawn like the series, then its name.
struct LegendEntry: Sendable {
    enum Swatch: Sendable {
        case line(dashed: Bool, dot: Bool)
        case dot
        case box
    }

    let name: String
    let colorIndex: Int
    let swatch: Swatch
}

/// Legend layout: either rows above the plot, wrapping like words, or a box inside a corner
/// of the plot that the line chart has checked is free of data.
enum Legend {
    static let swatchWidth = 20.0
    static let swatchGap = 6.0
    static let entryGap = 16.0
    static let rowHeight = 18.0
    static let boxPadding = 6.0
    /// Long series names are truncated so one name cannot push the others off the chart.
    static let maxNameWidth = 230.0

    /// Number of colour classes (`series-0` … `series-7`) the stylesheet defines.
    static let paletteSize = 8

    static func seriesClass(_ colorIndex: Int) -> String {
        "series series-\(((colorIndex % paletteSize) + paletteSize) % paletteSize)"
    }

    static func name(_ entry: LegendEntry) -> String {
        TextMetrics.truncate(entry.name, maxWidth: maxNameWidth, fontSize: ChartLayout.fontSize)
    }

    static func entryWidth(_ entry: LegendEntry) -> Double {
        swatchWidth + swatchGap + TextMetrics.width(name(entry), fontSize: ChartLayout.fontSize)
    }

    /// Entries split into rows no wider than `width`.
    static func rows(_ entries: [LegendEntry], width: Double) -> [[LegendEntry]] {
        var rows: [[LegendEntry]] = []
        var current: [LegendEntry] = []
        var used = 0.0
        for entry in entries {
            let w = entryWidth(entry)
            if !current.isEmpty && used + entryGap + w > width {
                rows.append(current)
                current = []
                used = 0
            }
            used += (current.isEmpty ? 0 : entryGap) + w
            current.append(entry)
        }
        if !current.isEmpty { rows.append(current) }
        return rows
    }

    /// Rows of entries starting at (x, top).
    static func top(_ rows: [[LegendEntry]], x: Double, top: Double) -> SVGElement {
        var items: [SVGElement] = []
        for (index, row) in rows.enumerated() {
            let baseline = top + Double(index) * rowHeight + ChartLayout.fontSize
            var cursor = x
            for entry in row {
                items.append(item(entry, x: cursor, baseline: baseline))
                cursor += entryWidth(entry) + entryGap
            }
        }
        return .group(class: "plot-legend", items)
    }

    /// Size of a boxed legend listing one entry per line.
    static func boxSize(_ entries: [LegendEntry]) -> (width: Double, height: Double) {
        let widest = entries.map(entryWidth).max() ?? 0
        return (widest + 2 * boxPadding, Double(entries.count) * rowHeight + 2 * boxPadding - 2)
    }

    /// A boxed legend filling `rect`, with a translucent background so grid lines recede.
    static func box(_ entries: [LegendEntry], in rect: Rect) -> SVGElement {
        var items: [SVGElement] = [.rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height, class: "plot-legend-box")]
        for (index, entry) in entries.enumerated() {
            let baseline = rect.y + boxPadding + Double(index) * rowHeight + ChartLayout.fontSize - 1
            items.append(item(entry, x: rect.x + boxPadding, baseline: baseline))
        }
        return .group(class: "plot-legend", items)
    }

    private static func item(_ entry: LegendEntry, x: Double, baseline: Double) -> SVGElement {
        let middle = baseline - ChartLayout.halfCapHeight
        var swatch: [SVGElement] = []
        switch entry.swatch {
        case .line(let dashed, let dot):
            var line = SVGElement.line(x1: x, y1: middle, x2: x + swatchWidth, y2: middle, class: "plot-line")
            if dashed { line.set("stroke-dasharray", SeriesStyle.dashPattern) }
            swatch.append(line)
            if dot { swatch.append(.circle(cx: x + swatchWidth / 2, cy: middle, r: SeriesStyle.dotRadius, class: "plot-dot")) }
        case .dot:
            swatch.append(.circle(cx: x + swatchWidth / 2, cy: middle, r: SeriesStyle.dotRadius + 0.5, class: "plot-dot"))
        case .box:
            swatch.append(.rect(x: x + 3, y: middle - 6, width: swatchWidth - 6, height: 12, class: "plot-bar"))
        }
        var group = SVGElement.group(class: seriesClass(entry.colorIndex), swatch)
        group.append(.text(name(entry), x: x + swatchWidth + swatchGap, y: baseline, class: "plot-legend-label"))
        return group
    }
}

/// Stroke details that distinguish series without colour (dash pattern, dots).
enum SeriesStyle {
    static let dashPattern: SVGValue = "6 4"
    static let dotRadius = 2.8
}
