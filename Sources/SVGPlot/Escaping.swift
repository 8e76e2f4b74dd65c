/// Escaping of untrusted text for SVG/XML output.
///
/// Every string that reaches the output — titles, series names, labels, attribute values —
/// passes through `XMLEscape.escape`, so no caller can inject markup. The same escaping is used
/// for text and attribute values: escaping all five special characters is valid in both places,
/// and one function means one thing to get right.
public enum XMLEscape {
    /// Escapes `&`, `<`, `>`, `"` and `'`, replaces characters XML 1.0 forbids (most C0 controls,
    /// U+FFFE, U+FFFF) with U+FFFD, and turns tabs and line breaks into spaces.
    ///
    /// Line breaks become spaces because the SVG is embedded in Markdown-generated HTML, where a
    /// blank line would end the HTML block; and in SVG text they render as spaces anyway.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out += " "
            default:
                if isAllowedInXML(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "\u{FFFD}"
                }
            }
        }
        return out
    }

    /// XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    /// (Swift scalars are never surrogates, so only the control and non-character ranges remain.)
    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v == 0x9 || v == 0xA || v == 0xD }
        return v != 0xFFFE && v != 0xFFFF
    }

    /// Turns arbitrary text into a valid XML ID (an NCName) made of ASCII letters, digits, `-`
    /// and `_`, so a caller's figure id can prefix the ids inside a chart.
    public static func identifier(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": out.unicodeScalars.append(scalar)
            default: if !out.hasSuffix("-") { out += "-" }
            }
        }
        if let first = out.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) || first == "_" {
            return out
        }
        return "p" + out
    }
}
