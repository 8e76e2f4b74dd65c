import Foundation

/// A labelled position on an axis, in data units.
struct Tick: Equatable, Sendable {
    let value: Double
    let label: String
}

/// A closed interval of data values; `lo < hi` once an axis is resolved.
struct Interval: Equatable, Sendable {
    var lo: Double
    var hi: Double

    var span: Double { hi - lo }

    /// The smallest interval containing every finite value, or nil when there is none.
    init?<S: Sequence>(enclosing values: S) where S.Element == Double {
        var lo = Double.infinity
        var hi = -Double.infinity
        for v in values where v.isFinite {
            lo = min(lo, v)
            hi = max(hi, v)
        }
        guard lo <= hi else { return nil }
        self.lo = lo
        self.hi = hi
    }

    init(lo: Double, hi: Double) {
        self.lo = lo
        self.hi = hi
    }
}

/// One way to divide an axis: its domain (which nice ticks may have widened), the labelled
/// ticks, and unlabelled minor tick positions.
struct TickSet: Equatable, Sendable {
    var domain: Interval
    var ticks: [Tick]
    var minor: [Double] = []
}

/// A "nice" step: 1, 2 or 5 × 10^exponent.
struct NiceStep: Equatable, Sendable {
    let mantissa: Int
    let exponent: Int

    /// The smallest nice step ≥ `raw` (raw > 0).
    init(atLeast raw: Double) {
        var exponent = Int(log10(raw).rounded(.down))
        let fraction = raw / NumberFormat.power10(exponent)
        let mantissa: Int
        // A small tolerance keeps 0.2 / 10^-1 ≈ 2.0000000000000004 from jumping to 5.
        switch fraction {
        case ...1.000000001: mantissa = 1
        case ...2.000000001: mantissa = 2
        case ...5.000000001: mantissa = 5
        default:
            mantissa = 1
            exponent += 1
        }
        self.init(mantissa: mantissa, exponent: exponent)
    }

    init(mantissa: Int, exponent: Int) {
        self.mantissa = mantissa
        self.exponent = exponent
    }

    var value: Double { NiceStep.decimal(mantissa, exponent) }

    /// The next coarser nice step.
    var next: NiceStep {
        switch mantissa {
        case 1: NiceStep(mantissa: 2, exponent: exponent)
        case 2: NiceStep(mantissa: 5, exponent: exponent)
        default: NiceStep(mantissa: 1, exponent: exponent + 1)
        }
    }

    /// `i × step` as the double nearest the exact decimal, so tick 3 of step 0.1 is 0.3, not
    /// 0.30000000000000004.
    func multiple(_ i: Int) -> Double { NiceStep.decimal(i * mantissa, exponent) }

    /// n × 10^e, correctly rounded: both operands of the one multiplication or division are
    /// exact (for |e| ≤ 22), and IEEE arithmetic rounds the result correctly.
    static func decimal(_ n: Int, _ e: Int) -> Double {
        e >= 0 ? Double(n) * NumberFormat.power10(e) : Double(n) / NumberFormat.power10(-e)
    }
}

/// Nice-number ticks on a linear axis.
enum LinearTicks {
    /// Tick sets for `interval`, densest first, each step the next nice number (1, 2, 5 × 10^k),
    /// ending with the first set that has at most two ticks or a step as long as the interval. With `extend`, each set widens the
    /// domain to whole steps; otherwise ticks stay within the interval. Integer axes never step
    /// below 1.
    static func candidates(_ interval: Interval, integer: Bool, extend: Bool) -> [TickSet] {
        let interval = widenedIfFlat(interval, integer: integer)
        var step = NiceStep(atLeast: interval.span / 12)
        if integer && step.exponent < 0 { step = NiceStep(mantissa: 1, exponent: 0) }
        var sets: [TickSet] = []
        for _ in 0..<40 {
            let set = tickSet(interval, step: step, extend: extend)
            sets.append(set)
            // Coarser steps than the whole span add nothing (and only get further from the data).
            if set.ticks.count <= 2 || step.value >= interval.span { break }
            step = step.next
        }
        return sets
    }

    /// A flat (or numerically flat) interval padded so it has room for ticks: ±1 around zero,
    /// otherwise ±10 % of the value (at least ±1 on an integer axis).
    static func widenedIfFlat(_ interval: Interval, integer: Bool) -> Interval {
        let magnitude = max(abs(interval.lo), abs(interval.hi))
        guard interval.span <= magnitude * 1e-9 else { return interval }
        if magnitude == 0 { return Interval(lo: -1, hi: 1) }
        let pad = integer ? max(1, (magnitude * 0.1).rounded()) : magnitude * 0.1
        let middle = (interval.lo + interval.hi) / 2
        return Interval(lo: middle - pad, hi: middle + pad)
    }

    static func tickSet(_ interval: Interval, step: NiceStep, extend: Bool) -> TickSet {
        let s = step.value
        let first: Int
        let last: Int
        if extend {
            // The tolerance keeps a bound that is a multiple of the step (up to rounding) from
            // growing the domain by a whole step.
            first = Int((interval.lo / s + 1e-9).rounded(.down))
            last = Int((interval.hi / s - 1e-9).rounded(.up))
        } else {
            first = Int((interval.lo / s - 1e-9).rounded(.up))
            last = Int((interval.hi / s + 1e-9).rounded(.down))
        }
        let values = first > last ? [] : (first...last).map(step.multiple)
        let domain = extend ? Interval(lo: step.multiple(first), hi: step.multiple(last)) : interval
        let labels = labelFormatter(step: step, magnitude: values.map(abs).max() ?? 0)
        return TickSet(domain: domain, ticks: values.map { Tick(value: $0, label: labels($0)) })
    }

    /// One format for every label of an axis: decimals enough to tell ticks apart, thousands
    /// grouped only when the axis reaches five digits (so years read 1950, not 1,950), and a
    /// shared power of ten when plain decimals would get long.
    static func labelFormatter(step: NiceStep, magnitude: Double) -> @Sendable (Double) -> String {
        if magnitude >= 1e9 || step.exponent < -5 {
            let exponent = Int(log10(magnitude).rounded(.down))
            let decimals = max(0, exponent - step.exponent)
            return { NumberFormat.scientific($0, exponent: exponent, decimals: decimals) }
        }
        let decimals = max(0, -step.exponent)
        let grouping = magnitude >= 10_000
        return { NumberFormat.fixed($0, decimals: decimals, grouping: grouping) }
    }
}
