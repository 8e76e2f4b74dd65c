import Foundation

/// Fractions shown as percentages with two significant digits: 5.7, 0.013, 0.0000031.
/// Sensitivities span many orders of magnitude, and a fixed number of decimals would print most
/// of them as 0.00.
enum Percent {
    static func decimals(_ percent: Double) -> Int {
        guard percent > 0, percent.isFinite else { return 0 }
        return min(max(1 - Int(log10(percent).rounded(.down)), 0), 15)
    }

    /// The named value of `fraction`, in percent.
    static func value(_ name: String, _ fraction: Double) -> NamedValue {
        NamedValue(name, fraction * 100, decimals: decimals(fraction * 100))
    }

    /// "5.7 %".
    static func text(_ fraction: Double) -> String {
        NumberText.fixed(fraction * 100, decimals: decimals(fraction * 100)) + " %"
    }
}
