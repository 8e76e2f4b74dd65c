/// Estimated text widths, for layout without a font engine.
///
/// The SVG is laid out before any browser sees it, so label widths are estimated from
/// per-character classes of a typical sans-serif font. The estimates err on the wide side:
/// a label that is a little too short leaves a gap, one that is too long would overlap.
enum TextMetrics {
    /// Estimated advance width of `text` at `fontSize`, in the same units as `fontSize`.
    static func width(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars { ems += emWidth(scalar) }
        return ems * fontSize
    }

    /// `text` shortened (by whole characters, so emoji and combining marks stay intact) and
    /// ended with "…" so that it fits `maxWidth`; unchanged when it already fits.
    static func truncate(_ text: String, maxWidth: Double, fontSize: Double) -> String {
        if width(text, fontSize: fontSize) <= maxWidth { return text }
        let ellipsis = "\u{2026}"
        var kept = ""
        var used = width(ellipsis, fontSize: fontSize)
        for character in text {
            let w = width(String(character), fontSize: fontSize)
            if used + w > maxWidth { break }
            kept.append(character)
            used += w
        }
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept + ellipsis
    }

    private static func emWidth(_ scalar: Unicode.Scalar) -> Double {
        let v = scalar.value
        switch v {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: return 0  // combining, zero-width
        case 0x20: return 0.3
        case 0x30...0x39: return 0.6  // digits (tabular)
        case 0x2070...0x209F, 0xB2, 0xB3, 0xB9: return 0.4  // superscripts
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return 1.0  // CJK, Hangul, full-width forms, emoji
        default:
            break
        }
        let c = Character(scalar)
        if "ilj.,:;'|!()[]`".contains(c) { return 0.32 }
        if "ftrI-".contains(c) { return 0.4 }
        if "mwMW@%".contains(c) { return 0.9 }
        if c.isUppercase { return 0.7 }
        if c.isLowercase { return 0.56 }
        return 0.62
    }
}
