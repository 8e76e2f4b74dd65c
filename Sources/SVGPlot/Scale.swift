import Foundation

/// Maps data values in a domain linearly, or linearly in log10, onto a span of positions.
struct AxisMap: Sendable {
    let domain: Interval
    let log: Bool
    let start: Double
    let end: Double

    func callAsFunction(_ value: Double) -> Double {
        let t: Double
        if log {
            t = (log10(value) - log10(domain.lo)) / (log10(domain.hi) - log10(domain.lo))
        } else {
            t = (value - domain.lo) / domain.span
        }
        return start + t * (end - start)
    }
}
