import Foundation

/// Deterministic, locale-free number formatting.
///
/// Charts must be byte-identical from run to run and machine to machine, so nothing here goes
/// through a locale or `String(format:)`: a value is rounded to an integer number of units of
/// the last decimal place and the digits are written out by hand.
enum NumberFormat {
    /// The typographic minus sign, so negative tick labels line up with positive ones.
    static let minus = "\u{2212}"

    /// A coordinate for SVG output: at most two decimals, trailing zeros trimmed, never "-0".
    /// Two decimals of a viewBox unit is far below what a screen can show.
    static func coordinate(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return fixed(value, decimals: 2, grouping: false, minusSign: "-", trimZeros: true)
    }

    /// `value` with exactly `decimals` decimals (unless `trimZeros`), optionally grouping
    /// thousands with commas. Falls back to scientific notation when the value is too large to
    /// be represented exactly as an integer count of units.
    static func fixed(
        _ value: Double, decimals: Int, grouping: Bool = false,
        minusSign: String = minus, trimZeros: Bool = false
    ) -> String {
        guard value.isFinite else { return "" }
        let decimals = max(0, min(decimals, 15))
        let scaled = (abs(value) * power10(decimals)).rounded()
        guard scaled < 9e15 else {
            let exponent = Int((log10(abs(value))).rounded(.down))
            return scientific(value, exponent: exponent, decimals: 3, minusSign: minusSign)
        }
        var digits = String(UInt64(scaled))
        if digits.count <= decimals {
            digits = String(repeating: "0", count: decimals - digits.count + 1) + digits
        }
        var integerPart = String(digits.dropLast(decimals))
        var fraction = String(digits.suffix(decimals))
        if trimZeros {
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        if grouping { integerPart = groupThousands(integerPart) }
        let sign = scaled == 0 || value > 0 ? "" : minusSign
        return sign + integerPart + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// `value` as `m×10ⁿ` with the given exponent (so every label on an axis can share one
    /// exponent) and `decimals` decimals in the mantissa. Zero is written as plain "0".
    static func scientific(_ value: Double, exponent: Int, decimals: Int, minusSign: String = minus) -> String {
        let mantissa = value / power10(exponent)
        let text = fixed(mantissa, decimals: decimals, minusSign: minusSign)
        if (mantissa * power10(decimals)).rounded() == 0 { return "0" }
        return text + "\u{00D7}" + powerOfTen(exponent)
    }

    /// "10" followed by the exponent in superscript digits, e.g. 10⁻³.
    static func powerOfTen(_ exponent: Int) -> String {
        "10" + superscript(exponent)
    }

    static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let body = String(String(n.magnitude).map { digits[Int(String($0))!] })
        return n < 0 ? "⁻" + body : body
    }

    /// 10^n, exact for |n| ≤ 22 (where powers of ten are exactly representable doubles).
    static func power10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<min(n.magnitude, 400) { result *= 10 }
        return n < 0 ? 1 / result : result
    }

    private static func groupThousands(_ digits: String) -> String {
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(character)
        }
        return out
    }
}

extension NumberFormat {
    /// `value` to three significant digits, trailing zeros trimmed: 0.0123, 4.5, 622, 12,300.
    /// Very large or small magnitudes use a power of ten.
    static func significant(_ value: Double) -> String {
        guard value != 0, value.isFinite else { return value.isFinite ? "0" : "" }
        let exponent = Int(log10(abs(value)).rounded(.down))
        if exponent >= 9 || exponent < -4 {
            return scientific(value, exponent: exponent, decimals: 2)
        }
        // Past three integer digits, round away the rest: 12,345 reads as 12,300.
        let unit = exponent > 2 ? power10(exponent - 2) : 1
        let rounded = exponent > 2 ? (value / unit).rounded() * unit : value
        return fixed(rounded, decimals: max(0, 2 - exponent), grouping: abs(value) >= 10_000, trimZeros: true)
    }
}
