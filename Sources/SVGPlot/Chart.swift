/// A chart that draws itself as an accessible SVG document.
///
/// ```swift
/// let chart = LineChart(
///     title: "Airline passengers",
///     xAxis: Axis("Month", kind: .months(startYear: 1949, startMonth: 1)),
///     yAxis: Axis("Passengers (thousands)"),
///     series: [Series("Original", values: passengers), Series("Test prediction", values: predicted)],
///     regions: [ShadedRegion(from: 0, to: 95, label: "train"), ShadedRegion(from: 95, to: 143, label: "test")])
/// let html = "<figure id=\"fig-3\">" + chart.svg(idPrefix: "fig-3") + "<figcaption>…</figcaption></figure>"
/// ```
///
/// The page includes `SVGPlot.stylesheet` once; charts carry only classes.
public protocol Chart: Sendable {
    /// The accessible name, written to `<title>`. Figures show their own visible caption, so
    /// charts do not draw the title.
    var title: String { get }

    /// The chart as a document tree; every id inside starts with `idPrefix`.
    func document(idPrefix: String) -> SVGDocument
}

extension Chart {
    /// The chart as one `<svg>` element, ready to be inlined in HTML. Same input, same bytes.
    public func svg(idPrefix: String) -> String {
        document(idPrefix: idPrefix).render()
    }
}

/// Sizes shared by every chart, in viewBox units.
///
/// The viewBox is 440 units wide: at 13-unit text that is 10 CSS px on a phone (a 340 px wide
/// figure) and stays proportionate on a desktop column.
enum ChartLayout {
    static let width = 440.0
    static let fontSize = SVGDocument.fontSize
    /// Space kept clear around the drawing.
    static let pad = 8.0
    /// Distance from an axis line to its tick labels.
    static let tickLabelGap = 6.0
    static let tickLength = 4.0
    /// Rough distance from a text baseline to the visual middle of digits and capitals.
    static let halfCapHeight = fontSize * 0.35

    /// A "no data" chart: the frame, a centred message, and the description saying the same,
    /// so an empty input never crashes the build or renders a blank hole.
    static func noData(width: Double = width, height: Double, title: String, description: String,
                       idPrefix: String, classes: [String]) -> SVGDocument {
        let message = "No data to plot."
        let frame = Rect(x: pad, y: pad, width: width - 2 * pad, height: height - 2 * pad)
        return SVGDocument(
            width: width, height: height, title: title,
            description: description.isEmpty ? message : description + " " + message,
            idPrefix: idPrefix, classes: classes + ["no-data"],
            children: [
                .rect(x: frame.x, y: frame.y, width: frame.width, height: frame.height, class: "plot-frame"),
                .text("No data", x: width / 2, y: height / 2 + halfCapHeight, anchor: .middle, class: "plot-no-data"),
            ])
    }
}

/// An axis-aligned rectangle in viewBox units.
struct Rect: Equatable, Sendable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }

    func intersects(_ other: Rect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    func contains(x px: Double, y py: Double) -> Bool {
        px >= x && px <= maxX && py >= y && py <= maxY
    }

    /// Whether the segment from (x1, y1) to (x2, y2) passes through the rectangle
    /// (Liang–Barsky clipping: the segment's parameter range inside all four edges is non-empty).
    func intersectsSegment(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> Bool {
        var t0 = 0.0
        var t1 = 1.0
        let dx = x2 - x1
        let dy = y2 - y1
        for (p, q) in [(-dx, x1 - x), (dx, maxX - x1), (-dy, y1 - y), (dy, maxY - y1)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let r = q / p
                if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
                if t0 > t1 { return false }
            }
        }
        return true
    }
}
