import Foundation
import Testing
import MathML
import XMLTestSupport

/// Renders inline math and strips the `<math>` wrapper, so expectations show only what matters.
func inner(_ tex: String) throws -> String {
    let markup = try MathML.render(tex, display: false)
    return String(markup.dropFirst("<math>".count).dropLast("</math>".count))
}

/// Renders display math and strips the `<math display="block">` wrapper.
func innerDisplay(_ tex: String) throws -> String {
    let markup = try MathML.render(tex, display: true)
    return String(markup.dropFirst("<math display=\"block\">".count).dropLast("</math>".count))
}

/// The error `tex` throws, or nil if it renders.
func failure(in tex: String) -> MathError? {
    do {
        _ = try MathML.render(tex, display: true)
        return nil
    } catch let error as MathError {
        return error
    } catch {
        Issue.record("unexpected error type: \(error)")
        return nil
    }
}

/// What an XML parser saw in the markup: whether it is well formed, and every element with its
/// attributes and text.
struct ParsedMarkup {
    typealias Element = (name: String, attributes: [String: String], text: String)

    var wellFormed: Bool
    var elements: [Element]

    /// The elements and attributes of MathML Core that the converter may write; anything else
    /// would be rejected by the Nu checker or ignored by Chromium.
    static let allowedElements: Set<String> = [
        "math", "mi", "mn", "mo", "mrow", "msub", "msup", "msubsup", "mfrac", "msqrt", "mroot",
        "mtable", "mtr", "mtd", "mtext", "mspace", "munder", "mover", "munderover",
    ]
    static let allowedAttributes: Set<String> = [
        "display", "mathvariant", "form", "stretchy", "lspace", "rspace", "largeop", "width", "accent",
        "accentunder", "displaystyle", "style",
    ]

    /// The first thing about the markup that breaks the rules above, if any.
    var violation: String? {
        if !wellFormed { return "not well-formed XML" }
        for element in elements {
            if !ParsedMarkup.allowedElements.contains(element.name) { return "element <\(element.name)>" }
            for (name, value) in element.attributes {
                if !ParsedMarkup.allowedAttributes.contains(name) { return "attribute \(name) on <\(element.name)>" }
                if name == "mathvariant", value != "normal" || element.name != "mi" || element.text.count != 1 {
                    return "mathvariant=\(value) on <\(element.name)>\(element.text)"
                }
            }
        }
        return nil
    }

    init(_ markup: String) {
        let root = try? parseXML(markup)
        wellFormed = root != nil
        elements = root?.all.map { ($0.name, $0.attributes, $0.text) } ?? []
    }
}

/// SplitMix64: a small generator whose sequence depends only on its seed, so a fuzz failure can
/// be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
