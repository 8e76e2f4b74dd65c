/// A grid of values coloured by a quantised colour scale, with row and column labels, optional
/// numbers in the cells and a colour legend. Suits gate activations over time steps, or
/// attention-like tables whose labels are words (long or CJK labels are truncated or turned).
public struct Heatmap: Chart {
    public var title: String
    /// The accessible description; when empty, one is written from the data.
    public var description: String
    public var rowLabels: [String]
    public var columnLabels: [String]
    /// `values[row][column]`. NaN or infinite values, and cells missing from short rows, are
    /// drawn as empty cells.
    public var values: [[Double]]
    public var colorScale: ColorScale
    /// Print each value in its cell (when it fits), in ink that contrasts with the cell.
    public var showValues: Bool
    /// Decimals for printed values and tooltips.
    public var valueDecimals: Int
    /// What a colour means, shown beside the colour legend (e.g. "activation").
    public var legendLabel: String
    /// Title of the column axis (e.g. "time step"), shown under the column labels.
    public var columnTitle: String

    public init(
        title: String, description: String = "", rowLabels: [String], columnLabels: [String], values: [[Double]],
        colorScale: ColorScale = .automatic, showValues: Bool = false, valueDecimals: Int = 2,
        legendLabel: String = "", columnTitle: String = ""
    ) {
        self.title = title
        self.description = description
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
        self.colorScale = colorScale
        self.showValues = showValues
        self.valueDecimals = valueDecimals
        self.legendLabel = legendLabel
        self.columnTitle = columnTitle
    }

    var rowCount: Int { max(rowLabels.count, values.count) }
    var columnCount: Int { max(columnLabels.count, values.map(\.count).max() ?? 0) }

    func value(_ row: Int, _ column: Int) -> Double? {
        guard row < values.count, column < values[row].count, values[row][column].isFinite else { return nil }
        return values[row][column]
    }

    public func document(idPrefix: String) -> SVGDocument {
        let rows = rowCount
        let columns = columnCount
        let finite = values.joined().filter(\.isFinite)
        guard rows > 0, columns > 0, !finite.isEmpty else {
            return ChartLayout.noData(height: 200, title: title, description: description, idPrefix: idPrefix, classes: ["heatmap"])
        }
        let scale = colorScale.resolved(for: finite)
        let classCount = scale.diverging ? Stylesheet.divergingClasses : Stylesheet.sequentialClasses
        let prefix = scale.diverging ? "div-" : "heat-"
        let fontSize = ChartLayout.fontSize
        let pad = ChartLayout.pad
        let width = ChartLayout.width

        // Row labels take what they need, up to 30 % of the width.
        let rowLabelTexts = (0..<rows).map { r in
            TextMetrics.truncate(r < rowLabels.count ? rowLabels[r] : "", maxWidth: width * 0.3, fontSize: fontSize)
        }
        let rowLabelWidth = rowLabelTexts.map { TextMetrics.width($0, fontSize: fontSize) }.max() ?? 0
        var left = pad + rowLabelWidth + ChartLayout.tickLabelGap
        var cellWidth = (width - pad - left) / Double(columns)
        let columnTexts = (0..<columns).map { $0 < columnLabels.count ? columnLabels[$0] : "" }
        var labels = BandLabels(columnTexts, bandWidth: cellWidth, allowWrap: false)
        // Turned column labels lean left; keep the first one inside the viewBox.
        let overhang = labels.leftOverhang - cellWidth / 2 - (left - pad)
        if overhang > 0 {
            left += overhang
            cellWidth = (width - pad - left) / Double(columns)
            labels = BandLabels(columnTexts, bandWidth: cellWidth, allowWrap: false)
        }
        let cellHeight = rows > 24 ? 15 : min(max(cellWidth * 0.75, 22), 32)

        let legend = ColorLegend(diverging: scale.diverging, domain: scale.domain, label: legendLabel)
        let top = pad + legend.height + 10
        let plot = Rect(x: left, y: top, width: cellWidth * Double(columns), height: cellHeight * Double(rows))
        var bottom = plot.maxY + labels.height
        if !columnTitle.isEmpty { bottom += fontSize + 8 }
        let height = bottom + pad

        let texts = (0..<rows).map { r in
            (0..<columns).map { c in value(r, c).map { NumberFormat.fixed($0, decimals: valueDecimals) } ?? "" }
        }
        let widestValue = texts.joined().map { TextMetrics.width($0, fontSize: fontSize) }.max() ?? 0
        let printsValues = showValues && widestValue <= cellWidth - 4 && cellHeight >= fontSize + 4

        // Narrow cells lose their outlines, which would otherwise stripe the chart like a
        // barcode; a thin gap between rows still keeps each row readable as one line of values.
        let dense = cellWidth < 8
        let rowGap = dense ? 1.0 : 0
        var cells: [SVGElement] = []
        var numbers: [SVGElement] = []
        for r in 0..<rows {
            for c in 0..<columns {
                let x = plot.x + Double(c) * cellWidth
                let y = plot.y + Double(r) * cellHeight + rowGap / 2
                let name = (r < rowLabels.count ? rowLabels[r] : "") + ", " + (c < columnLabels.count ? columnLabels[c] : "")
                guard let v = value(r, c) else {
                    cells.append(SVGElement.rect(x: x, y: y, width: cellWidth, height: cellHeight - rowGap, class: "heat-missing")
                        .appending(.tooltip(name + ": no value")))
                    continue
                }
                let k = ColorScale.bin(v, domain: scale.domain, count: classCount)
                cells.append(SVGElement.rect(x: x, y: y, width: cellWidth, height: cellHeight - rowGap, class: prefix + String(k))
                    .appending(.tooltip(name + ": " + texts[r][c])))
                if printsValues {
                    numbers.append(.text(texts[r][c], x: x + cellWidth / 2, y: y + cellHeight / 2 + ChartLayout.halfCapHeight,
                                         anchor: .middle, class: "plot-cell-value on-" + prefix + String(k)))
                }
            }
        }

        var children: [SVGElement] = [legend.element(x: pad, y: pad, maxWidth: width - 2 * pad)]
        children.append(.group(class: "plot-row-labels", rowLabelTexts.enumerated().map { r, text in
            .text(text, x: plot.x - ChartLayout.tickLabelGap, y: plot.y + (Double(r) + 0.5) * cellHeight + ChartLayout.halfCapHeight,
                  anchor: .end, class: "plot-tick-label")
        }))
        children.append(.group(class: dense ? "plot-cells plot-cells-dense" : "plot-cells", cells))
        if !numbers.isEmpty { children.append(.group(class: "plot-cell-values", numbers)) }
        children.append(.group(class: "plot-column-labels",
                               labels.elements(x: plot.x, bandWidth: cellWidth, top: plot.maxY, class: "plot-tick-label")))
        if !columnTitle.isEmpty {
            children.append(AxisDrawing.horizontalTitle(columnTitle, plot: plot, baseline: height - pad - 2, maxWidth: width - 2 * pad))
        }

        return SVGDocument(width: width, height: height, title: title,
                           description: description.isEmpty ? summary(scale: scale, finite: finite) : description,
                           idPrefix: idPrefix, classes: ["heatmap"], children: children)
    }

    private func summary(scale: (diverging: Bool, domain: Interval), finite: [Double]) -> String {
        var parts = ["Heatmap of \(rowCount) rows by \(columnCount) columns"]
        let named = rowLabels.filter { !$0.isEmpty }
        if !named.isEmpty { parts[0] += " (rows: " + named.joined(separator: ", ") + ")" }
        if let extent = Interval(enclosing: finite) {
            parts.append("Values from " + NumberFormat.significant(extent.lo) + " to " + NumberFormat.significant(extent.hi))
        }
        parts.append((scale.diverging ? "Diverging" : "Sequential") + " colour scale from "
            + NumberFormat.significant(scale.domain.lo) + " to " + NumberFormat.significant(scale.domain.hi))
        return parts.joined(separator: ". ") + "."
    }
}
