import Directives
import Foundation

extension References {
    /// Checks `{{claim: …}}` and renders it as nothing: the sentence it backs is what the reader
    /// sees. A claim that cannot be read, names an unknown result, or is false is a problem at
    /// `line`; a claim over a directive that failed (or was not run, as in `lint`) is not judged.
    func check(claim written: String, line: Int, problems: inout [Diagnostic]) -> String {
        let text = written.trimmingCharacters(in: .whitespaces)
        let claim: Claim
        do {
            claim = try ClaimParser.parse(text)
        } catch {
            problems.append(Diagnostic(file: file, line: line, message: "claim {{claim: \(text)}} \(error.message)"))
            return ""
        }
        var numbers: [String: NamedValue] = [:]
        var judged = true
        for (id, name) in claim.references {
            switch lookup(id: id, name: name, quoted: "claim: \(text)", line: line, problems: &problems) {
            case .found(let value):
                guard value.number != nil else {
                    problems.append(Diagnostic(file: file, line: line, message: "claim {{claim: \(text)}}: "
                        + "\(id).\(name) is text ('\(value.display)'), not a number"))
                    judged = false
                    continue
                }
                numbers["\(id).\(name)"] = value
            case .unavailable:
                judged = false
            }
        }
        guard judged else { return "" }
        if !claim.holds({ numbers["\($0).\($1)"]!.number! }) {
            let shown = claim.references.map { "\($0.id).\($0.name)" }
            let values = shown.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                .map { "\($0) = \(Self.full(numbers[$0]!.number!))" }.joined(separator: ", ")
            problems.append(Diagnostic(file: file, line: line, message: "claim {{claim: \(claim.text)}} is false: \(values); "
                + "the sentence it backs no longer holds"))
        }
        return ""
    }

    /// Enough digits to show why a claim failed, whatever the page rounds to.
    static func full(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(format: "%.6g", x)
    }
}
