import SVGPlot

/// Text for the cell diagrams: numbers, subscripts and estimated widths.
///
/// Labels are written with TeX-like subscripts, `"c_{1} = 0.42"`, and drawn as SVG text with a
/// lowered, slightly smaller run; the accessible description gets Unicode subscripts instead
/// ("c₁ = 0.42"), which screen readers read as the digit.
enum DiagramText {
    /// The typographic minus sign.
    static let minus = "\u{2212}"

    /// `value` with exactly `decimals` decimals and a real minus sign, never "−0.00"; written
    /// digit by digit, without a locale, so the same input always gives the same bytes.
    static func number(_ value: Double, decimals: Int) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "∞" : minus + "∞" }
        let decimals = max(0, min(decimals, 6))
        var unit = 1.0
        for _ in 0..<decimals { unit *= 10 }
        let scaled = (abs(value) * unit).rounded()
        // Past 2⁵³ a double no longer holds every integer; such a value is far off any diagram.
        guard scaled < 9e15 else { return value > 0 ? "∞" : minus + "∞" }
        var digits = String(UInt64(scaled))
        if digits.count <= decimals {
            digits = String(repeating: "0", count: decimals - digits.count + 1) + digits
        }
        let whole = digits.dropLast(decimals)
        let fraction = digits.suffix(decimals)
        let sign = scaled == 0 || value > 0 ? "" : minus
        return sign + whole + (decimals > 0 ? "." + fraction : "")
    }

    /// A run of label text, either on the baseline or as a subscript.
    struct Run: Equatable {
        var text: String
        var isSubscript: Bool
    }

    /// Splits `"f·c_{1} = 0.31"` into runs; `_{…}` marks a subscript.
    static func runs(_ markup: String) -> [Run] {
        var runs: [Run] = []
        var rest = Substring(markup)
        while let start = rest.range(of: "_{") {
            if start.lowerBound > rest.startIndex {
                runs.append(Run(text: String(rest[..<start.lowerBound]), isSubscript: false))
            }
            let inside = rest[start.upperBound...]
            let end = inside.firstIndex(of: "}") ?? inside.endIndex
            runs.append(Run(text: String(inside[..<end]), isSubscript: true))
            rest = end < inside.endIndex ? inside[inside.index(after: end)...] : ""
        }
        if !rest.isEmpty { runs.append(Run(text: String(rest), isSubscript: false)) }
        return runs
    }

    /// The markup with Unicode subscripts, for `<desc>` and tooltips: `"c_{t−1}"` → "cₜ₋₁".
    static func plain(_ markup: String) -> String {
        runs(markup).map { $0.isSubscript ? subscripted($0.text) : $0.text }.joined()
    }

    private static func subscripted(_ text: String) -> String {
        let map: [Character: Character] = [
            "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
            "−": "₋", "-": "₋", "+": "₊", "t": "ₜ",
        ]
        return String(text.map { map[$0] ?? $0 })
    }

    /// Size of subscripts relative to the text around them. With the diagram's text sizes a
    /// subscript is still 10 CSS px on a 340 px wide phone figure.
    static let subscriptScale = 0.9

    /// A `<text>` element drawing `markup` at (x, y) on its baseline. Subscripts are lowered
    /// with `dy` (which every browser honours, unlike `baseline-shift`) and the following run
    /// is raised back.
    /// `small` text is drawn at 90 % (set as an attribute, so it holds without the stylesheet);
    /// it carries no subscripts, which would then fall below 10 px on a phone.
    static func element(_ markup: String, x: Double, y: Double, anchor: TextAnchor, class className: String,
                        small: Bool = false) -> SVGElement {
        var text = SVGElement.text("", x: x, y: y, anchor: anchor, class: className)
        if small { text.set("font-size", SVGValue(percent(subscriptScale))) }
        text.children = []
        let drop = 0.3  // in ems of the surrounding text
        var lowered = false
        for run in runs(markup) {
            if run.isSubscript {
                text.children.append(.element(SVGElement("tspan", [
                    "font-size": SVGValue(percent(subscriptScale)),
                    "dy": SVGValue(em(lowered ? 0 : drop / subscriptScale)),
                ], text: run.text)))
                lowered = true
            } else if lowered {
                text.children.append(.element(SVGElement("tspan", ["dy": SVGValue(em(-drop))], text: run.text)))
                lowered = false
            } else {
                text.children.append(.text(run.text))
            }
        }
        return text
    }

    private static func em(_ value: Double) -> String {
        number(value, decimals: 2).replacingOccurrences(of: minus, with: "-") + "em"
    }

    private static func percent(_ value: Double) -> String {
        String(Int((value * 100).rounded())) + "%"
    }

    /// Estimated advance width of `markup` at `fontSize`, erring on the wide side (DejaVu Sans,
    /// a wide face, is the reference) so that labels placed by it do not collide.
    static func width(_ markup: String, fontSize: Double) -> Double {
        runs(markup).reduce(0) { total, run in
            total + run.text.unicodeScalars.reduce(0) { $0 + emWidth($1) } * fontSize * (run.isSubscript ? subscriptScale : 1)
        }
    }

    private static func emWidth(_ scalar: Unicode.Scalar) -> Double {
        switch scalar.value {
        case 0x0300...0x036F: return 0  // combining marks (the tilde of h̃)
        case 0x20: return 0.32
        case 0x30...0x39: return 0.64  // digits
        case 0x2E, 0x2C, 0xB7, 0x3A: return 0.34  // . , · :
        case 0x3D, 0x2B, 0x2212, 0xD7: return 0.84  // = + − ×
        case 0x28, 0x29: return 0.4
        case 0x3C3: return 0.62  // σ
        case 0x2E80...0x9FFF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60: return 1.0
        default: break
        }
        let c = Character(scalar)
        if "ijl".contains(c) { return 0.28 }
        if "frt".contains(c) { return 0.42 }
        if "mw".contains(c) { return 0.98 }
        if c.isUppercase { return 0.72 }
        return 0.62
    }
}
