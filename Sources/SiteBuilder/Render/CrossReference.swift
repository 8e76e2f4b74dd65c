import Foundation

/// Labels prose can point at with `{{fig:…}}`, `{{tab:…}}`, `{{eq:…}}` and `{{sec:…}}`.
///
/// - A directive with an `id` labels its figures `fig:id`, `fig:id.2`, … and its tables
///   `tab:id`, `tab:id.2`, … in the order it shows them.
/// - A display equation labels itself in its info string: ```` ```math {#eq:cell} ````.
/// - A heading is `sec:` + its id: written as `## Title {#name}`, or made from its words.
///
/// Numbers are counted as the page reads when it is built, so they stay right when content
/// moves; the anchors of labelled figures come from the label, not the number, so links to
/// them (and their downloads) keep their names too.
enum CrossReference {
    static let prefixes = ["fig", "tab", "eq", "sec"]

    /// What a label renders as, and the id it links to.
    struct Target: Equatable, Sendable {
        let text: String
        let anchor: String
    }

    static func noun(_ kind: String) -> String {
        switch kind {
        case "fig": "figure"
        case "tab": "table"
        case "eq": "equation"
        default: "section"
        }
    }

    /// The `n`-th (1-based) figure or table of the directive `id`: `fig:id`, then `fig:id.2`, ….
    static func label(_ kind: String, directive id: String, ordinal: Int) -> String {
        ordinal == 1 ? "\(kind):\(id)" : "\(kind):\(id).\(ordinal)"
    }

    /// The page anchor of a figure or table: from its label when its directive has an id (stable
    /// when other figures come and go), from its number otherwise.
    static func anchor(_ kind: String, directive id: String?, ordinal: Int, number: Int) -> String {
        let stem = kind == "fig" ? "fig" : "table"
        guard let id else { return "\(stem)-\(number)" }
        return ordinal == 1 ? "\(stem)-\(id)" : "\(stem)-\(id)-\(ordinal)"
    }

    /// The directive id a `fig:` or `tab:` label names.
    static func directiveID(in label: String) -> String? {
        guard label.hasPrefix("fig:") || label.hasPrefix("tab:") else { return nil }
        return label.dropFirst(4).split(separator: ".").first.map(String.init)
    }

    /// What a display-math block's info string says about its label.
    enum EquationLabel: Equatable {
        case unlabelled
        case label(String)
        /// A mistake in the label, in words.
        case invalid(String)
    }

    /// `{#eq:cell}` after `math` in a fenced block's info string: the equation's label.
    /// nil when the block is not display math.
    static func equationLabel(inInfo info: String) -> EquationLabel? {
        let words = info.trimmingCharacters(in: .whitespaces)
        guard words == "math" || words.hasPrefix("math ") else { return nil }
        let rest = words.dropFirst(4).trimmingCharacters(in: .whitespaces)
        if rest.isEmpty { return .unlabelled }
        guard rest.hasPrefix("{#eq:"), rest.hasSuffix("}"), rest.count > 6 else {
            return .invalid("a math block's label is written ```math {#eq:name}```, not '\(rest)'")
        }
        let name = String(rest.dropFirst(5).dropLast())
        guard isLabelName(name) else { return .invalid("equation label '\(name)' may hold only letters, digits, '-' and '_'") }
        return .label("eq:" + name)
    }

    static func isLabelName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }
}
