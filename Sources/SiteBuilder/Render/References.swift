import Directives
import Foundation

/// Everything between `{{` and `}}` in prose, headings, tables, captions and equations:
///
/// - `{{id.name}}`: a directive's named result, so no number is typed by hand;
/// - `{{fig:id}}`, `{{fig:id.2}}`, `{{tab:id}}`, `{{eq:name}}`, `{{sec:name}}`: a cross-reference,
///   rendered as "Figure 3" (numbered as the page reads) linking to its target; with a lesson
///   before the label, `{{fig:LESSON/id}}`, into another lesson (see `CrossLessons`);
/// - `{{cite:key}}`, `{{cite:key1,key2}}`, `{{citet:key}}`: a citation of the lesson folder's
///   bibliography, "(Hochreiter & Schmidhuber, 1997)" or "Hochreiter & Schmidhuber (1997)";
/// - `{{claim: …}}`: a comparison over results that must hold (see `Claim`); it renders as nothing.
///
/// One pass over the text's bytes: each `{{` is matched with the next `}}` once, so a text with
/// n references costs O(length), not O(n × length).
final class References {
    /// Every directive's values in this lesson, by directive id; `nil` when that directive failed
    /// (its failure is reported once, at the directive, not again at every reference).
    let values: [String: [NamedValue]?]
    let file: String
    /// Cross-reference targets by label (`fig:note.2`, `eq:cell`, `sec:the-data`).
    let targets: [String: CrossReference.Target]
    let bibliography: Bibliography?
    let words: SiteWords
    /// The other lessons' labels, for `{{fig:LESSON/id}}` and its kin; nil where there are none to know.
    let lessons: CrossLessons?
    /// Bibliography keys cited so far, in order of first citation: the page's reference list.
    private(set) var cited: [String] = []
    private var citedSet: Set<String> = []

    init(values: [String: [NamedValue]?], file: String, targets: [String: CrossReference.Target] = [:],
         bibliography: Bibliography? = nil, words: SiteWords = .english, lessons: CrossLessons? = nil) {
        self.values = values
        self.file = file
        self.targets = targets
        self.bibliography = bibliography
        self.words = words
        self.lessons = lessons
    }

    /// What a reference renders as when what it names is missing or failed.
    static let unavailable = "?"

    /// A substituted text: plain runs and links.
    enum Piece: Equatable {
        case text(String)
        case link(String, href: String, kind: String)

        var plain: String {
            switch self {
            case .text(let text), .link(let text, _, _): text
            }
        }
    }

    /// Replaces every reference in `text`, which sits at `line`, by plain text (links lose their
    /// target): for equations and anything that cannot hold a link.
    func substitute(in text: String, line: Int, problems: inout [Diagnostic]) -> String {
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var result = ""
        for piece in pieces(in: text, line: line, problems: &problems) { result += piece.plain }
        return result
    }

    /// Replaces every reference in `text` and returns HTML: the text escaped, links as `<a>`.
    func html(in text: String, line: Int, problems: inout [Diagnostic]) -> String {
        var result = ""
        for piece in pieces(in: text, line: line, problems: &problems) {
            switch piece {
            case .text(let text): result += HTML.escape(text)
            case .link(let text, let href, let kind): result += "<a class=\"\(kind)\" href=\"\(HTML.escape(href))\">\(HTML.escape(text))</a>"
            }
        }
        return result
    }

    /// Whether `text` holds a reference that renders as a link (a cross-reference or citation).
    static func hasLinks(_ text: String) -> Bool {
        ["{{fig:", "{{tab:", "{{eq:", "{{sec:", "{{cite:", "{{citet:"].contains { text.contains($0) }
    }

    func pieces(in text: String, line: Int, problems: inout [Diagnostic]) -> [Piece] {
        var pieces: [Piece] = []
        for token in Self.tokens(text) {
            switch token {
            case .literal(let run): pieces.append(.text(run))
            case .reference(let inner): pieces += resolve(inner.trimmingCharacters(in: .whitespaces), line: line, problems: &problems)
            }
        }
        return pieces
    }

    enum Token: Equatable {
        case literal(String)
        /// The text between `{{` and `}}`, untrimmed.
        case reference(String)
    }

    /// Splits `text` at its references in one forward pass over its UTF-8 bytes. An opening
    /// `{{` without a closing `}}` after it leaves the rest of the text as it is. Braces are
    /// ASCII, so cutting at them never splits a character.
    static func tokens(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            let brace = UInt8(ascii: "{"), close = UInt8(ascii: "}")
            func piece(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            var tokens: [Token] = []
            var literalStart = 0
            var i = 0
            scan: while i + 1 < bytes.count {
                guard bytes[i] == brace, bytes[i + 1] == brace else {
                    i += 1
                    continue
                }
                var j = i + 2
                while j + 1 < bytes.count {
                    if bytes[j] == close, bytes[j + 1] == close {
                        if literalStart < i { tokens.append(.literal(piece(literalStart..<i))) }
                        tokens.append(.reference(piece(i + 2..<j)))
                        i = j + 2
                        literalStart = i
                        continue scan
                    }
                    j += 1
                }
                break
            }
            if literalStart < bytes.count { tokens.append(.literal(piece(literalStart..<bytes.count))) }
            return tokens
        }
    }

    private func resolve(_ reference: String, line: Int, problems: inout [Diagnostic]) -> [Piece] {
        if let colon = reference.firstIndex(of: ":") {
            let prefix = String(reference[..<colon]), rest = String(reference[reference.index(after: colon)...])
            switch prefix {
            case "claim": return [.text(check(claim: rest, line: line, problems: &problems))]
            case "cite", "citet": return cite(rest, narrative: prefix == "citet", reference: reference, line: line, problems: &problems)
            case _ where CrossReference.prefixes.contains(prefix): return [crossReference(reference, line: line, problems: &problems)]
            default:
                let known = (CrossReference.prefixes + ["cite", "citet", "claim"]).map { $0 + ":" }
                problems.append(Diagnostic(file: file, line: line, message: "reference {{\(reference)}}: unknown kind '\(prefix):'"
                    + "\(DidYouMean.hint(for: prefix + ":", among: known)); known: " + known.joined(separator: ", ")))
                return [.text(Self.unavailable)]
            }
        }
        return [.text(value(reference, line: line, problems: &problems))]
    }

    private func value(_ reference: String, line: Int, problems: inout [Diagnostic]) -> String {
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
            problems.append(Diagnostic(file: file, line: line, message: "reference {{\(quoted)}} names unknown id '\(id)'"
                + "\(DidYouMean.hint(for: id, among: ids)); \(known)"))
            return .unavailable
        }
        guard let named = entry else { return .unavailable }
        guard let value = named.first(where: { $0.name == name }) else {
            let names = named.map(\.name)
            problems.append(Diagnostic(file: file, line: line, message: "reference {{\(quoted)}}: '\(id)' has no result '\(name)'"
                + "\(DidYouMean.hint(for: name, among: names)); it has: \(names.joined(separator: ", "))"))
            return .unavailable
        }
        return .found(value)
    }

    private func crossReference(_ label: String, line: Int, problems: inout [Diagnostic]) -> Piece {
        if CrossLessons.split(label) != nil {
            let resolved = lessons?.resolve(label, words: words)
                ?? .problem("cross-reference {{\(label)}} points into another lesson, which only a whole-site build knows")
            switch resolved {
            case .link(let text, let href): return .link(text, href: href, kind: "xref")
            case .problem(let message):
                problems.append(Diagnostic(file: file, line: line, message: message))
                return .text(Self.unavailable)
            }
        }
        if let target = targets[label] { return .link(target.text, href: "#" + target.anchor, kind: "xref") }
        // A figure of a directive that failed is reported at the directive, not here.
        if let id = CrossReference.directiveID(in: label), let entry = values[id], entry == nil { return .text(Self.unavailable) }
        let kind = String(label.prefix { $0 != ":" })
        let known = targets.keys.filter { $0.hasPrefix(kind + ":") }.sorted()
        let list = known.isEmpty ? "this lesson has no \(kind): labels" : "labels in this lesson: " + known.joined(separator: ", ")
        problems.append(Diagnostic(file: file, line: line, message: "cross-reference {{\(label)}} names no \(CrossReference.noun(kind))"
            + "\(DidYouMean.hint(for: label, among: known)); \(list)"))
        return .text(Self.unavailable)
    }

    private func cite(_ list: String, narrative: Bool, reference: String, line: Int, problems: inout [Diagnostic]) -> [Piece] {
        let keys = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !keys.isEmpty, !keys.contains(where: \.isEmpty) else {
            problems.append(Diagnostic(file: file, line: line, message: "citation {{\(reference)}} must name keys: "
                + "{{cite:key}} or {{cite:key1,key2}}"))
            return [.text(Self.unavailable)]
        }
        guard let bibliography else {
            problems.append(Diagnostic(file: file, line: line, message: "citation {{\(reference)}}: there is no bibliography; "
                + "write one as CSL-JSON in \(Bibliography.fileName) in the lessons folder"))
            return [.text(Self.unavailable)]
        }
        var found: [Bibliography.Entry] = []
        for key in keys {
            guard let entry = bibliography.entries[key] else {
                let all = bibliography.entries.keys.sorted()
                problems.append(Diagnostic(file: file, line: line, message: "citation {{\(reference)}}: unknown key '\(key)'"
                    + "\(DidYouMean.hint(for: key, among: all)); keys in \(bibliography.displayPath): " + all.joined(separator: ", ")))
                return [.text(Self.unavailable)]
            }
            found.append(entry)
            if citedSet.insert(key).inserted { cited.append(key) }
        }
        if narrative {
            return found.enumerated().flatMap { index, entry -> [Piece] in
                let separator: [Piece] = index == 0 ? [] : [.text(index == found.count - 1 ? words.citationAnd : ", ")]
                return separator + [.link("\(entry.shortAuthors(words)) (\(entry.year))", href: "#" + Bibliography.anchor(entry.id),
                                          kind: "citation")]
            }
        }
        var pieces: [Piece] = [.text("(")]
        for (index, entry) in found.enumerated() {
            if index > 0 { pieces.append(.text("; ")) }
            pieces.append(.link("\(entry.shortAuthors(words)), \(entry.year)", href: "#" + Bibliography.anchor(entry.id), kind: "citation"))
        }
        pieces.append(.text(")"))
        return pieces
    }
}
