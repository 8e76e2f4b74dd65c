import Directives
import Foundation

/// Finishing touches cmark's renderer cannot make: ids and permalinks on headings, and GitHub
/// alerts (`> [!NOTE]`) as callouts instead of quotations.
///
/// Before rendering, the draft puts a marker in the tree's text where each touch belongs (the
/// heading's first text, the alert's `[!NOTE]`); markers are Unicode private-use characters,
/// which cmark passes through untouched. After rendering, one pass over the HTML replaces each
/// marker and fixes the tags around it.
enum PageMarkers {
    static let open: Character = "\u{F8F0}"
    static let close: Character = "\u{F8F1}"

    static func heading(_ index: Int) -> String { "\(open)h\(index)\(close)" }
    static func callout(_ kind: Callout) -> String { "\(open)c\(kind.rawValue)\(close)" }

    /// The kinds GitHub renders, by the word between `[!` and `]`.
    enum Callout: String, CaseIterable {
        case note, tip, important, warning, caution

        /// `[!NOTE]` (any case) alone at the start of a quotation.
        init?(marker text: String) {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("[!"), trimmed.hasSuffix("]") else { return nil }
            self.init(rawValue: trimmed.dropFirst(2).dropLast().lowercased())
        }
    }

    /// A heading on the page: its level, id, and text as the table of contents shows it.
    struct Heading: Equatable {
        let level: Int
        let id: String
        var text: String
    }

    /// Replaces the markers in `html`. `headings` gives each heading marker's level and id; their
    /// rendered text is filled in from the HTML.
    static func apply(to html: String, headings: [Heading], words: SiteWords) -> (html: String, headings: [Heading]) {
        var headings = headings
        var out = ""
        out.reserveCapacity(html.utf8.count + headings.count * 120)
        var rest = Substring(html)
        while let start = rest.firstIndex(of: open), let end = rest[start...].firstIndex(of: close) {
            let before = rest[..<start]
            let code = rest[rest.index(after: start)..<end]
            rest = rest[rest.index(after: end)...]
            if code.first == "h", let index = Int(code.dropFirst()), headings.indices.contains(index),
               let tagEnd = lastEnd(of: "<h\(headings[index].level)", in: before) {
                // The heading's start tag is in the text since the last marker: the marker sits
                // in the heading's first text.
                let heading = headings[index]
                out += before[..<tagEnd]
                out += " id=\"\(HTML.escape(heading.id))\""
                let opened = before[tagEnd...]
                out += opened
                let closing = "</h\(heading.level)>"
                let inner = rest.firstRange(of: closing).map { rest[..<$0.lowerBound] } ?? rest
                headings[index].text = plainText(String(opened.drop { $0 != ">" }.dropFirst()) + inner)
                out += inner
                out += " <a class=\"permalink\" href=\"#\(HTML.escape(heading.id))\" aria-label=\"\(HTML.escape(words.permalink))\">#</a>"
                rest = rest[inner.endIndex...]
            } else if code.first == "c", let kind = Callout(rawValue: String(code.dropFirst())) {
                out += before
                let quote = "<blockquote>\n<p>"
                guard out.hasSuffix(quote) else { continue }
                out.removeLast(quote.count)
                out += "<div class=\"callout callout-\(kind.rawValue)\" role=\"note\">\n<p "
                    + "class=\"callout-title\">\(HTML.escape(words.callout(kind)))</p>\n"
                // The marker's line break, or the paragraph it stood alone in, goes with it.
                if rest.hasPrefix("</p>\n") {
                    rest = rest.dropFirst(5)
                } else {
                    out += "<p>"
                    if rest.hasPrefix("\n") { rest = rest.dropFirst() }
                }
                rest = Substring(closeCallout(rest))
            } else {
                out += before
            }
        }
        out += rest
        return (out, headings)
    }

    /// The end of the last occurrence of `needle` in `text`, found from the back.
    private static func lastEnd(of needle: String, in text: Substring) -> Substring.Index? {
        let pattern = Array(needle.utf8)
        let bytes = text.utf8
        var i = bytes.endIndex
        while let at = bytes.index(i, offsetBy: -pattern.count, limitedBy: bytes.startIndex) {
            if bytes[at...].starts(with: pattern) { return bytes.index(at, offsetBy: pattern.count) }
            i = bytes.index(before: i)
        }
        return nil
    }

    /// Replaces the `</blockquote>` that closes the callout just opened (quotations may nest).
    private static func closeCallout(_ html: Substring) -> String {
        var depth = 0
        var i = html.startIndex
        while let next = html[i...].firstIndex(of: "<") {
            let tail = html[next...]
            if tail.hasPrefix("<blockquote>") {
                depth += 1
            } else if tail.hasPrefix("</blockquote>") {
                if depth == 0 {
                    return String(html[..<next]) + "</div>" + html[html.index(next, offsetBy: "</blockquote>".count)...]
                }
                depth -= 1
            }
            i = html.index(after: next)
        }
        return String(html)
    }

    /// The text of an HTML fragment: tags dropped, the few entities the renderer writes decoded.
    static func plainText(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            switch character {
            case "<": inTag = true
            case ">" where inTag: inTag = false
            default: if !inTag { text.append(character) }
            }
        }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
