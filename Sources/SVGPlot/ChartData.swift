import Foundation

/// A chart's numbers as CSV (RFC 4180: comma-separated, quoted where needed, CRLF-free LF
/// lines), for readers who want the data behind a figure. Numbers are written in full (Swift's
/// shortest round-trip form), so reading the file back gives the very values drawn.
public enum ChartData {
    /// The CSV for a line chart, bar chart or heatmap; nil for charts without a table of values
    /// (diagrams).
    public static func csv(_ chart: any Chart) -> String? {
        switch chart {
        case let line as LineChart: line.csv
        case let bars as BarChart: bars.csv
        case let heat as Heatmap: heat.csv
        default: nil
        }
    }

    /// The chart as a standalone SVG file: an XML declaration and the chart with the charts'
    /// stylesheet inside, so it looks as on the page when opened on its own.
    public static func standaloneSVG(_ chart: any Chart, idPrefix: String) -> String {
        var root = chart.document(idPrefix: idPrefix).element
        root.children.insert(.element(SVGElement("style", text: stylesheet)), at: 2)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.render() + "\n"
    }

    static func row(_ cells: [String]) -> String {
        cells.map(field).joined(separator: ",") + "\n"
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

extension LineChart {
    /// One row per x value (in order), one column per series; empty where a series has no point.
    /// Month axes add the month's name.
    var csv: String {
        var xs = Set<Double>()
        var columns: [[Double: Double]] = []
        for series in series {
            var column: [Double: Double] = [:]
            for point in series.points {
                xs.insert(point.x)
                if let y = point.y { column[point.x] = y }
            }
            columns.append(column)
        }
        var header = [xAxis.label.isEmpty ? "x" : xAxis.label]
        if case .months = xAxis.kind { header.append("month") }
        var text = ChartData.row(header + series.map(\.name))
        for x in xs.sorted() {
            var cells = [ChartData.number(x)]
            if case .months(let year, let month) = xAxis.kind { cells.append(MonthTicks.label(forX: x, startYear: year, startMonth: month)) }
            text += ChartData.row(cells + columns.map { ChartData.number($0[x]) })
        }
        return text
    }
}

extension BarChart {
    /// One row per category; per series its value, and the low and high of its whisker if any.
    var csv: String {
        var header = [categoryTitle.isEmpty ? "category" : categoryTitle]
        for s in series {
            header.append(s.name)
            if !s.ranges.isEmpty { header += ["\(s.name) low", "\(s.name) high"] }
        }
        var text = ChartData.row(header)
        for (index, category) in categories.enumerated() {
            var cells = [category]
            for s in series {
                cells.append(ChartData.number(s.value(index)))
                if !s.ranges.isEmpty { cells += [ChartData.number(s.range(index)?.low), ChartData.number(s.range(index)?.high)] }
            }
            text += ChartData.row(cells)
        }
        return text
    }
}

extension Heatmap {
    /// The grid as drawn: one row per row label, one column per column label.
    var csv: String {
        var text = ChartData.row([columnTitle] + (0..<columnCount).map { $0 < columnLabels.count ? columnLabels[$0] : String($0 + 1) })
        for row in 0..<rowCount {
            let label = row < rowLabels.count ? rowLabels[row] : String(row + 1)
            text += ChartData.row([label] + (0..<columnCount).map { ChartData.number(value(row, $0)) })
        }
        return text
    }
}
