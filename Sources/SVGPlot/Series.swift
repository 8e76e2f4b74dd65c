/// One named line (or set of dots) on a `LineChart`.
public struct Series: Sendable {
    /// How the points are drawn. Dashes and dots tell series apart without relying on colour.
    public enum Style: Sendable, Equatable {
        case line
        case lineAndDots
        case dots
        case dashed
    }

    public var name: String
    /// Points in drawing order. A nil, NaN or infinite y — or a value the axis cannot show, such
    /// as y ≤ 0 on a log axis — is a gap: the line breaks there.
    public var points: [(x: Double, y: Double?)]
    public var style: Style
    /// Colour class `series-N`; defaults to the series' position in the chart, so a series
    /// can keep its colour across charts where it appears in a different position.
    public var colorIndex: Int?

    public init(_ name: String, points: [(x: Double, y: Double?)], style: Style = .line, colorIndex: Int? = nil) {
        self.name = name
        self.points = points
        self.style = style
        self.colorIndex = colorIndex
    }

    /// A series of evenly spaced values at x = `xStart`, `xStart + 1`, … — a time series on a
    /// `.months` axis, or a loss curve over epochs.
    public init(_ name: String, values: [Double?], xStart: Double = 0, style: Style = .line, colorIndex: Int? = nil) {
        self.init(name, points: values.enumerated().map { (x: xStart + Double($0.offset), y: $0.element) },
                  style: style, colorIndex: colorIndex)
    }
}

/// A labelled span of x values, shaded behind the data (e.g. "train" and "test").
public struct ShadedRegion: Sendable {
    public var from: Double
    public var to: Double
    public var label: String

    public init(from: Double, to: Double, label: String = "") {
        self.from = from
        self.to = to
        self.label = label
    }
}

/// A labelled vertical line at one x value (e.g. "forecast starts").
public struct Marker: Sendable {
    public var x: Double
    public var label: String

    public init(x: Double, label: String = "") {
        self.x = x
        self.label = label
    }
}

/// Where a chart puts its legend.
public enum LegendPlacement: Sendable, Equatable {
    /// Inside a corner of the plot that no data, label or marker touches; above the plot when
    /// no corner is free. Shown only when there are two or more series.
    case automatic
    /// Above the plot, always shown.
    case top
    /// Not shown (say what the series are in the caption).
    case hidden
}
