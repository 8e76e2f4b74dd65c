import Foundation

/// How heatmap values map to colour classes.
///
/// Values are quantised into a fixed number of classes (`heat-0` … `heat-8` or `div-0` …
/// `div-10`) that the stylesheet colours, so themes can restyle them; values outside the range
/// take the end classes.
public enum ColorScale: Sendable, Equatable {
    /// One hue from light to dark (light theme), nine classes `heat-0` … `heat-8`.
    case sequential(ClosedRange<Double>)
    /// Two hues meeting at the middle of the range, eleven classes `div-0` … `div-10`, with
    /// `div-5` the neutral middle class.
    case diverging(ClosedRange<Double>)
    /// Diverging around zero (symmetric) when the data has both signs; sequential over 0…1 when
    /// the data lies there (gates, probabilities); otherwise sequential over the data's range,
    /// widened to nice numbers.
    case automatic

    /// Sequential over 0…1, for gate activations and probabilities.
    public static let unit = ColorScale.sequential(0...1)
    /// Diverging over −1…1, for tanh outputs and cell states.
    public static let symmetric = ColorScale.diverging(-1...1)

    /// The concrete scale for `values` (only finite values count).
    func resolved(for values: [Double]) -> (diverging: Bool, domain: Interval) {
        switch self {
        case .sequential(let r): return (false, Interval(lo: r.lowerBound, hi: r.upperBound))
        case .diverging(let r): return (true, Interval(lo: r.lowerBound, hi: r.upperBound))
        case .automatic:
            guard let extent = Interval(enclosing: values) else { return (false, Interval(lo: 0, hi: 1)) }
            if extent.lo < 0 && extent.hi > 0 {
                let m = ColorScale.niceCeiling(max(-extent.lo, extent.hi))
                return (true, Interval(lo: -m, hi: m))
            }
            if extent.lo >= 0 && extent.hi <= 1 { return (false, Interval(lo: 0, hi: 1)) }
            let candidates = LinearTicks.candidates(extent, integer: false, extend: true)
            let set = candidates.first { $0.ticks.count <= 6 } ?? candidates[candidates.count - 1]
            return (false, set.domain)
        }
    }

    /// The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 (× 10^k) not below `value` (> 0), so an
    /// automatic symmetric range is round without wasting much of the colour ramp.
    static func niceCeiling(_ value: Double) -> Double {
        let exponent = Int(log10(value).rounded(.down))
        let base = NumberFormat.power10(exponent)
        for m in [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8] where m * base >= value * (1 - 1e-12) {
            return m * base
        }
        return 10 * base
    }

    /// The class index of `value` among `count` equal bins over `domain`, clamped to the ends.
    static func bin(_ value: Double, domain: Interval, count: Int) -> Int {
        guard domain.span > 0 else { return count / 2 }
        let t = (value - domain.lo) / domain.span
        return min(max(Int((t * Double(count)).rounded(.down)), 0), count - 1)
    }
}
