import Foundation

/// `{{id.name}}` in prose and captions: a directive's named result, so no number is typed by hand;
/// and `{{claim: …}}`, a comparison over those results that must hold (see `Claim`).
struct References {
    /// Every directive's values in this lesson, by directive id; `nil` when that directive failed
    /// (its failure is reported once, at the directive, not again at every reference).
    let values: [String: [NamedValue]?]
    let file: String

    /// What a reference renders as when the directive it names failed.
    static let unavailable = "?"

    /// Replaces every reference in `text`, which sits at `line`; problems are appended to `problems`.
    func substitute(in text: String, line: Int, problems: inout [Diagnostic]) -> String {
        guard text.contains("{{") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                result += rest[open.lowerBound...]
                rest = ""
                break
            }
            let inner = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if inner.hasPrefix(Self.claimPrefix) {
                result += check(claim: String(inner.dropFirst(Self.claimPrefix.count)), line: line, problems: &problems)
            } else {
                result += resolve(inner, line: line, problems: &problems)
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    private func resolve(_ reference: String, line: Int, problems: inout [Diagnostic]) -> String {
        let parts = reference.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            problems.append(Diagnostic(file: file, line: line, message: "reference {{\(reference)}} must have the form {{id.name}}"))
            return Self.unavailable
        }
        switch lookup(id: parts[0], name: parts[1], quoted: reference, line: line, problems: &problems) {
        case .found(let value): return value.display
        case .unavailable: return Self.unavailable
        }
    }

    enum Lookup {
        case found(NamedValue)
        /// Unknown (reported) or from a failed directive (reported there).
        case unavailable
    }

    /// The value `id.name`, or a problem naming `{{quoted}}` when there is none.
    func lookup(id: String, name: String, quoted: String, line: Int, problems: inout [Diagnostic]) -> Lookup {
        guard let entry = values[id] else {
            let ids = values.keys.sorted()
            let known = ids.isEmpty ? "no directive in this lesson has an id" : "ids in this lesson: " + ids.joined(separator: ", ")
            problems.append(Diagnostic(file: file, line: line, message: "reference {{\(quoted)}} names unknown id '\(id)'\(DidYouMean.hint(for: id, among: ids)); \(known)"))
            return .unavailable
        }
        guard let named = entry else { return .unavailable }
        guard let value = named.first(where: { $0.name == name }) else {
            let names = named.map(\.name)
            problems.append(Diagnostic(file: file, line: line, message: "reference {{\(quoted)}}: '\(id)' has no result '\(name)'\(DidYouMean.hint(for: name, among: names)); it has: \(names.joined(separator: ", "))"))
            return .unavailable
        }
        return .found(value)
    }
}
