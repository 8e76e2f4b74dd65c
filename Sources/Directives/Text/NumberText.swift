import Foundation

/// Numbers as the pages print them: fixed precision, a real minus sign, never "-0.00".
public enum NumberText {
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        var text = String(format: "%.\(decimals)f", value)
        if text.hasPrefix("-") {
            text.removeFirst()
            if text.contains(where: { $0 != "0" && $0 != "." }) { text = "−" + text }
        }
        return text
    }
}
