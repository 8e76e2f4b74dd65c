/// The font commands. MathML Core (and so Chromium) honours `mathvariant` only as `normal`; bold,
/// double-struck and script letters must be the Unicode Mathematical Alphanumeric Symbols
/// themselves, which every browser renders. Only letters and digits change, as in TeX.
enum Font: Equatable, Sendable {
    /// Italic letters, upright digits: what math mode does by itself.
    case standard
    /// `\mathrm`: upright letters; a run of letters reads as one word (`\mathrm{softmax}`).
    case roman
    /// `\mathbf`: bold upright Latin letters, digits and capital Greek; lowercase Greek unchanged, as in TeX.
    case bold
    /// `\boldsymbol`: bold italic letters, lowercase Greek included; capital Greek stays upright.
    case boldItalic
    /// `\mathbb`: double-struck (ℝ, ℕ…).
    case doubleStruck
    /// `\mathcal`: script capitals (ℒ for a loss).
    case calligraphic

    /// The character to print for `character` in this font, or nil when the font leaves it alone.
    func map(_ character: Character) -> Character? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        let value = scalar.value
        switch self {
        case .standard, .roman:
            return nil
        case .bold:
            return Font.latin(value, capitals: 0x1D400)
                ?? Font.digit(value, zero: 0x1D7CE)
                ?? Font.greek(value, base: 0x1D6A8, lowercase: false)
        case .boldItalic:
            return Font.latin(value, capitals: 0x1D468)
                ?? Font.digit(value, zero: 0x1D7CE)
                ?? Font.greek(value, base: 0x1D6A8, lowercase: false)
                ?? Font.greek(value, base: 0x1D71C, lowercase: true)
        case .doubleStruck:
            let holes: [Character: Character] = ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"]
            return holes[character] ?? Font.latin(value, capitals: 0x1D538) ?? Font.digit(value, zero: 0x1D7D8)
        case .calligraphic:
            let holes: [Character: Character] = [
                "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
                "e": "ℯ", "g": "ℊ", "o": "ℴ",
            ]
            return holes[character] ?? Font.latin(value, capitals: 0x1D49C)
        }
    }

    /// Each Latin alphabet is 26 capitals followed by 26 small letters. Letters that Unicode had
    /// encoded earlier (ℝ, ℒ…) leave reserved holes here; the callers map those first.
    private static func latin(_ value: UInt32, capitals: UInt32) -> Character? {
        switch value {
        case 0x41...0x5A: return character(capitals + value - 0x41)
        case 0x61...0x7A: return character(capitals + 26 + value - 0x61)
        default: return nil
        }
    }

    private static func digit(_ value: UInt32, zero: UInt32) -> Character? {
        (0x30...0x39).contains(value) ? character(zero + value - 0x30) : nil
    }

    /// A Greek alphabet runs Α…Ω (with ϴ where U+03A2 is unassigned), ∇, α…ω, then ∂ ϵ ϑ ϰ ϕ ϱ ϖ.
    private static func greek(_ value: UInt32, base: UInt32, lowercase: Bool) -> Character? {
        if !lowercase {
            return (0x391...0x3A9).contains(value) && value != 0x3A2 ? character(base + value - 0x391) : nil
        }
        let variants: [UInt32: UInt32] = [0x2202: 0x33, 0x3F5: 0x34, 0x3D1: 0x35, 0x3F0: 0x36, 0x3D5: 0x37, 0x3F1: 0x38, 0x3D6: 0x39]
        if (0x3B1...0x3C9).contains(value) { return character(base + 0x1A + value - 0x3B1) }
        if let offset = variants[value] { return character(base + offset) }
        return nil
    }

    private static func character(_ value: UInt32) -> Character? {
        Unicode.Scalar(value).map(Character.init)
    }
}
