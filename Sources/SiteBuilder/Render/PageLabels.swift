import Directives
import Foundation
import MarkdownBridge

/// The first pass over a lesson's Markdown, before anything is substituted or drawn: gives each
/// heading its id, numbers the labelled equations, and leaves the markers `PageMarkers` turns
/// into heading anchors and callouts after rendering.
struct PageLabels {
    /// The id of the page's reference list; no heading may take it.
    static let referencesID = "references"

    struct Equation {
        let anchor: String
        /// "(2)", as printed beside the equation.
        let number: String
    }

    private(set) var headings: [PageMarkers.Heading] = []
    private(set) var equations: [MarkdownNode: Equation] = [:]
    /// `sec:` and `eq:` cross-reference targets.
    private(set) var targets: [String: CrossReference.Target] = [:]
    private(set) var problems: [Diagnostic] = []

    init(document: MarkdownDocument, values: [String: [NamedValue]?], file: String, words: SiteWords, reserved: Set<String>) {
        var headingNodes: [(node: MarkdownNode, level: Int)] = []
        var mathNodes: [MarkdownNode] = []
        for node in document.nodes {
            switch node.kind {
            case .heading(let level): headingNodes.append((node, level))
            case .codeBlock where node.fenceInfo.flatMap(CrossReference.equationLabel(inInfo:)) != nil: mathNodes.append(node)
            case .blockQuote: Self.markCallout(node)
            default: break
            }
        }
        var used = reserved.union([Self.referencesID, "content"])
        var equationCount = 0
        for node in mathNodes {
            switch CrossReference.equationLabel(inInfo: node.fenceInfo ?? "") {
            case .label(let label)?:
                let anchor = "eq-" + label.dropFirst(3)
                guard used.insert(anchor).inserted else {
                    problems.append(Diagnostic(file: file, line: node.startLine, message: "equation label '\(label)' is already used on this page"))
                    continue
                }
                equationCount += 1
                equations[node] = Equation(anchor: anchor, number: "(\(equationCount))")
                targets[label] = CrossReference.Target(text: words.equation(equationCount), anchor: anchor)
            case .invalid(let message)?:
                problems.append(Diagnostic(file: file, line: node.startLine, message: message))
            default:
                break
            }
        }

        // Section titles may quote results; they are read with no links and no complaints (the
        // main pass reports any problem in the heading once).
        let plain = References(values: values, file: file)
        var ids = HeadingIDs(reserved: used)
        for (node, level) in headingNodes {
            var explicit: String?
            if let last = Self.lastText(in: node), let found = HeadingIDs.explicitID(in: last.literal ?? "") {
                explicit = found.id
                try? last.setLiteral(found.text)
            }
            var ignored: [Diagnostic] = []
            let title = plain.substitute(in: Self.sourceText(node), line: node.startLine, problems: &ignored)
                .trimmingCharacters(in: .whitespaces)
            guard let id = ids.id(explicit: explicit, text: title) else {
                problems.append(Diagnostic(file: file, line: node.startLine, message: "heading id '\(explicit ?? "")' is already used on this page"))
                continue
            }
            guard Self.mark(node, with: PageMarkers.heading(headings.count)) else { continue }
            headings.append(PageMarkers.Heading(level: level, id: id, text: title))
            targets["sec:" + id] = CrossReference.Target(text: words.section(title), anchor: id)
        }
    }

    /// The heading's words as written: its text and code, nothing else.
    private static func sourceText(_ node: MarkdownNode) -> String {
        node.children.map { child in
            switch child.kind {
            case .text, .code: child.literal ?? ""
            case .softBreak, .lineBreak: " "
            default: sourceText(child)
            }
        }.joined()
    }

    private static func lastText(in node: MarkdownNode) -> MarkdownNode? {
        guard let last = node.children.last else { return nil }
        return last.kind == .text ? last : nil
    }

    private static func firstText(in node: MarkdownNode) -> MarkdownNode? {
        for child in node.children {
            if child.kind == .text { return child }
            if let found = firstText(in: child) { return found }
        }
        return nil
    }

    /// Puts `marker` before the heading's first text; a heading of code alone is rewritten as
    /// HTML with the marker in front. Returns false when there is nowhere to put it.
    private static func mark(_ heading: MarkdownNode, with marker: String) -> Bool {
        if let text = firstText(in: heading) {
            return (try? text.setLiteral(marker + (text.literal ?? ""))) != nil
        }
        guard let code = heading.children.first, code.kind == .code else { return false }
        return (try? code.replace(withInlineHTML: marker + "<code>" + HTML.escape(code.literal ?? "") + "</code>")) != nil
    }

    /// `> [!NOTE]` alone on a quotation's first line: GitHub's alert syntax.
    private static func markCallout(_ quote: MarkdownNode) {
        guard let paragraph = quote.children.first, paragraph.kind == .paragraph,
              let text = paragraph.children.first, text.kind == .text,
              let kind = PageMarkers.Callout(marker: text.literal ?? "") else { return }
        let next = text.nextSibling?.kind
        guard next == nil || next == .softBreak || next == .lineBreak else { return }
        try? text.setLiteral(PageMarkers.callout(kind))
    }
}
