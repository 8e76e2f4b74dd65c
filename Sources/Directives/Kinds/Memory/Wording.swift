import Foundation

/// Small pieces of English shared by the memory and gradient-flow captions.
enum Wording {
    /// "A", "A and B", "A, B and C".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// Fails when an author lists the same thing twice, which would double-count it.
    static func requireDistinct<T: Hashable>(_ values: [T], _ name: String, option: AnyKeyPath) throws(DirectiveFailure) {
        var seen = Set<T>()
        for value in values where !seen.insert(value).inserted {
            let word = (value as? any RawRepresentable<String>)?.rawValue ?? "\(value)"
            throw DirectiveFailure("'\(name)' lists \(word) twice", option: option)
        }
    }
}

extension Wording {
    /// A positive number for alt text: 0.057, 3.1, or 5.7 × 10⁻⁶ when it is very small or large.
    static func scientific(_ value: Double) -> String {
        guard value > 0, value.isFinite else { return NumberText.fixed(value, decimals: 2) }
        let exponent = Int(log10(value).rounded(.down))
        if (-3...3).contains(exponent) { return NumberText.fixed(value, decimals: max(1 - exponent, 0)) }
        let mantissa = value / pow(10, Double(exponent))
        let digits = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let power = (exponent < 0 ? "⁻" : "") + String(abs(exponent)).map { digits[Int(String($0))!] }.joined()
        return NumberText.fixed(mantissa, decimals: 1) + " × 10" + power
    }
}
