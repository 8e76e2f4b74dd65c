/// How a chart axis maps and labels its values.
public struct Axis: Sendable {
    /// How values map to positions.
    public enum Scale: Sendable, Equatable {
        case linear
        /// Base-10 logarithmic; values ≤ 0 cannot be placed and are treated as gaps.
        case log10
    }

    /// What the values are, which decides the tick labels.
    public enum Kind: Sendable, Equatable {
        /// Plain numbers with nice ticks (1, 2, 5 × 10^k).
        case number
        /// Counts (epochs, time steps): ticks never fall between whole numbers.
        case integer
        /// Months since a start month: x = 0 is `startMonth` (1–12) of `startYear`. Ticks are
        /// labelled "Jan 1950" or, when dense, by year. Always linear.
        case months(startYear: Int, startMonth: Int)
    }

    /// The axis title, shown beside the axis; may be empty.
    public var label: String
    public var scale: Scale
    public var kind: Kind
    /// A fixed domain; when nil the domain is fitted to the data and widened to nice ticks.
    /// Values outside a fixed domain are clipped at the plot edge.
    public var domain: ClosedRange<Double>?

    public init(_ label: String = "", scale: Scale = .linear, kind: Kind = .number, domain: ClosedRange<Double>? = nil) {
        self.label = label
        self.scale = scale
        self.kind = kind
        self.domain = domain
    }

    var isLog: Bool {
        if case .months = kind { return false }
        return scale == .log10
    }

    /// Whether `value` can be placed on this axis: finite, and positive on a log axis.
    /// Magnitudes of 1e300 and more are refused too: spans between them overflow.
    func accepts(_ value: Double) -> Bool {
        value.isFinite && abs(value) < 1e300 && (!isLog || value > 0)
    }

    /// Candidate tick sets, densest first, for data spanning `extent` (already filtered by
    /// `accepts`).
    func tickCandidates(for extent: Interval) -> [TickSet] {
        var interval = extent
        var extend = true
        if let domain, accepts(domain.lowerBound), accepts(domain.upperBound) {
            interval = Interval(lo: domain.lowerBound, hi: domain.upperBound)
            extend = false
        }
        if isLog { return LogTicks.candidates(interval) }
        switch kind {
        case .months(let year, let month) where abs(interval.lo) < 1e9 && abs(interval.hi) < 1e9:
            return MonthTicks.candidates(interval, startYear: year, startMonth: month)
        case .integer:
            return LinearTicks.candidates(interval, integer: true, extend: extend)
        default:
            return LinearTicks.candidates(interval, integer: false, extend: extend)
        }
    }

    /// Picks the densest tick set that leaves room between labels, and maps its domain onto
    /// `start…end` (for a vertical axis `start` is the bottom).
    func resolve(extent: Interval, from start: Double, to end: Double, orientation: Orientation) -> ResolvedAxis {
        let candidates = tickCandidates(for: extent)
        for set in candidates {
            let map = AxisMap(domain: set.domain, log: isLog, start: start, end: end)
            if orientation.fits(set.ticks, on: map) { return ResolvedAxis(map: map, tickSet: set) }
        }
        let sparsest = candidates[candidates.count - 1]
        return ResolvedAxis(map: AxisMap(domain: sparsest.domain, log: isLog, start: start, end: end), tickSet: sparsest)
    }
}

/// An axis with its domain and ticks decided and mapped to positions.
struct ResolvedAxis: Sendable {
    let map: AxisMap
    let tickSet: TickSet

    var ticks: [Tick] { tickSet.ticks }
}

/// Axis direction, which decides how much room labels need.
enum Orientation: Sendable {
    case horizontal, vertical

    /// Gap between label boxes, and the least distance between ticks, in user units: ticks
    /// closer than that make a busy axis even when the labels would fit.
    static let labelGap = 12.0
    static let minHorizontalSpacing = 48.0
    static let minVerticalSpacing = 34.0

    func fits(_ ticks: [Tick], on map: AxisMap) -> Bool {
        let fontSize = SVGDocument.fontSize
        for (a, b) in zip(ticks, ticks.dropFirst()) {
            let distance = abs(map(b.value) - map(a.value))
            switch self {
            case .horizontal:
                let needed = (TextMetrics.width(a.label, fontSize: fontSize) + TextMetrics.width(b.label, fontSize: fontSize)) / 2
                if distance < max(needed + Orientation.labelGap, Orientation.minHorizontalSpacing) { return false }
            case .vertical:
                if distance < Orientation.minVerticalSpacing { return false }
            }
        }
        return true
    }
}
