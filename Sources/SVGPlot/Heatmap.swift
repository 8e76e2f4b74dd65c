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
    /// Consecutive runs of columns that belong together (e.g. the input, forget and output gates
    /// of every unit), drawn apart by a gap and named under their column labels. Empty: none.
    public var columnGroups: [HeatmapGroup]
    /// Columns outlined to pick them out (e.g. the unit the caption talks about).
    public var markedColumns: Set<Int>
    /// Appended to the description when the values are printed in the cells (they are not when
    /// they do not fit), in the page's language.
    public var printedNote: String

    public init(
        title: String, description: String = "", rowLabels: [String], columnLabels: [String], values: [[Double]],
        colorScale: ColorScale = .automatic, showValues: Bool = false, valueDecimals: Int = 2,
        legendLabel: String = "", columnTitle: String = "", columnGroups: [HeatmapGroup] = [], markedColumns: Set<Int> = [],
        printedNote: String = "The value is printed in each cell."
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
        self.columnGroups = columnGroups
        self.markedColumns = markedColumns
        self.printedNote = printedNote
    }

    static let groupGap = 6.0

    /// The group of each column (0 when there are no groups), and the groups as index ranges.
    private func groups(_ columns: Int) -> (of: [Int], ranges: [Range<Int>]) {
        var ranges: [Range<Int>] = []
        var start = 0
        for group in columnGroups where start < columns {
            let end = min(columns, start + max(group.count, 0))
            ranges.append(start..<end)
            start = end
        }
        if start < columns { ranges.append(start..<columns) }
        var of = [Int](repeating: 0, count: columns)
        for (g, range) in ranges.enumerated() { for c in range { of[c] = g } }
        return (of, ranges)
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
        let grouping = groups(columns)
        let gaps = Heatmap.groupGap * Double(grouping.ranges.count - 1)
        let columnTexts = (0..<columns).map { $0 < columnLabels.count ? columnLabels[$0] : "" }
        // The last column's label is centred on it and may reach past the plot's right edge;
        // keep that much room so no text leaves the viewBox (a page would overflow).
        let right = max(pad, TextMetrics.width(columnTexts.last ?? "", fontSize: fontSize) / 2 + 2)
        var cellWidth = (width - right - left - gaps) / Double(columns)
        var labels = BandLabels(columnTexts, bandWidth: cellWidth, allowWrap: false)
        // Turned column labels lean left; keep the first one inside the viewBox.
        let overhang = labels.leftOverhang - cellWidth / 2 - (left - pad)
        if overhang > 0 {
            left += overhang
            cellWidth = (width - right - left - gaps) / Double(columns)
            labels = BandLabels(columnTexts, bandWidth: cellWidth, allowWrap: false)
        }
        let cellHeight = rows > 24 ? 15 : min(max(cellWidth * 0.75, 22), 32)

        let legend = ColorLegend(diverging: scale.diverging, domain: scale.domain, label: legendLabel)
        let top = pad + legend.height + 10
        let plot = Rect(x: left, y: top, width: cellWidth * Double(columns) + gaps, height: cellHeight * Double(rows))
        /// A column's left edge: groups after the first are pushed right by their gaps.
        func columnX(_ c: Int) -> Double { plot.x + Double(c) * cellWidth + Double(grouping.of[c]) * Heatmap.groupGap }
        let named = columnGroups.contains { !$0.label.isEmpty }
        var bottom = plot.maxY + labels.height
        if named { bottom += fontSize + 6 }
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
                let x = columnX(c)
                let y = plot.y + Double(r) * cellHeight + rowGap / 2
                let name = (r < rowLabels.count ? rowLabels[r] : "") + ", " + (c < columnLabels.count ? columnLabels[c] : "")
                guard let v = value(r, c) else {
                    cells.append(SVGElement.rect(x: x, y: y, width: cellWidth, height: cellHeight - rowGap, class: "heat-missing")
                        .appending(.tooltip(name + ": no value")))
                    continue
                }
                let k = ColorScale.bin(v, domain: scale.domain, count: classCount)
                // Dense cells are drawn without outlines and with crisp edges; abutting exactly,
                // rounding at the screen's scale can leave a white seam between two columns, so
                // each reaches half a unit under its right neighbour, which is drawn after it.
                let overlaps = dense && c + 1 < columns && grouping.of[c + 1] == grouping.of[c]
                let drawnWidth = cellWidth + (overlaps ? 0.5 : 0)
                cells.append(SVGElement.rect(x: x, y: y, width: drawnWidth, height: cellHeight - rowGap, class: prefix + String(k))
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
        if !markedColumns.isEmpty {
            // Drawn over the cells: an outline around each marked column, the full height.
            children.append(.group(class: "plot-marked", markedColumns.filter { $0 < columns }.sorted().map { c in
                .rect(x: columnX(c), y: plot.y, width: cellWidth, height: plot.height, class: "plot-marked-column")
            }))
        }
        var columnLabelElements: [SVGElement] = []
        for range in grouping.ranges {
            // Each group's labels are laid out as one row of bands, so gaps never misplace them.
            let groupLabels = BandLabels(Array(columnTexts[range]), bandWidth: cellWidth, allowWrap: false)
            columnLabelElements += groupLabels.elements(x: columnX(range.lowerBound), bandWidth: cellWidth, top: plot.maxY,
                                                        class: "plot-tick-label")
        }
        children.append(.group(class: "plot-column-labels", columnLabelElements))
        if named {
            let baseline = plot.maxY + labels.height + fontSize
            children.append(.group(class: "plot-column-groups", zip(columnGroups, grouping.ranges).map { group, range in
                let from = columnX(range.lowerBound), to = columnX(range.upperBound - 1) + cellWidth
                return .text(TextMetrics.truncate(group.label, maxWidth: to - from + Heatmap.groupGap, fontSize: fontSize),
                             x: (from + to) / 2, y: baseline, anchor: .middle, class: "plot-group-label")
            }))
        }
        if !columnTitle.isEmpty {
            children.append(AxisDrawing.horizontalTitle(columnTitle, plot: plot, baseline: height - pad - 2, maxWidth: width - 2 * pad))
        }

        // Said here, where it is known, rather than by callers who cannot tell whether it fits.
        let printed = printsValues ? " " + printedNote : ""
        return SVGDocument(width: width, height: height, title: title,
                           description: (description.isEmpty ? summary(scale: scale, finite: finite) : description) + printed,
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

/// A run of consecutive heatmap columns that belong together, and its name.
public struct HeatmapGroup: Sendable, Equatable {
    public var label: String
    public var count: Int

    public init(_ label: String, count: Int) {
        self.label = label
        self.count = count
    }
}
