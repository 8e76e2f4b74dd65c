import Foundation

/// The most one directive may ask for, checked when its options are read (by `lint`, `build`,
/// `check` and `serve` alike), so a lesson whose options multiply out to days of training is a
/// `file:line` error at once, not a build that never ends. The README states these numbers.
package enum Budget {
    /// About 20 to 30 minutes on one core: the engine did 1.0–1.7·10⁹ multiply-adds a second on
    /// the lessons' small matrices (lesson 5's {memory}, 4.1·10¹⁰, took 42 s of CPU).
    static let multiplyAdds = 2e12
    /// Per run; `--jobs` runs side by side each hold this much. A {memory} run at the limits of
    /// its options held 570 MB.
    static let bytes = 512e6

    /// The problem with a directive of kind `name` that costs `cost`, or nil when the estimate
    /// is within the budget.
    static func problem(_ name: String, _ cost: Cost) -> String? {
        if cost.multiplyAdds > multiplyAdds {
            return "{\(name)} would take about \(format(cost.multiplyAdds)) multiply-adds, over the budget of \(format(multiplyAdds))"
                + " (20 to 30 minutes); fewer epochs, seeds, lengths or units, or smaller data sets, bring it within"
        }
        if cost.bytes > bytes {
            return "{\(name)} would hold about \(megabytes(cost.bytes)) MB per run, over the budget of \(megabytes(bytes)) MB;"
                + " smaller train_size, test_size, batch_size or lengths bring it within"
        }
        return nil
    }

    /// `3.1·10¹²`: the order of magnitude is what matters in a message.
    static func format(_ value: Double) -> String {
        let exponent = Int(value.magnitude.rounded(.down) > 0 ? log10(value).rounded(.down) : 0)
        let mantissa = value / pow(10, Double(exponent))
        let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let power = String(String(exponent).map { superscripts[Int(String($0))!] })
        return String(format: "%.1f", mantissa) + "·10" + power
    }

    private static func megabytes(_ bytes: Double) -> Int { Int((bytes / 1e6).rounded()) }
}
