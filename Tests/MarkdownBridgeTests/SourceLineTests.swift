import MarkdownBridge
import Testing

@Suite struct SourceLineTests {
    /// Every block in document order (footnote definitions come last, where cmark puts them).
    static let blocks: [(MarkdownNodeKind, Int)] = [
        (.document, 1),
        (.heading(level: 1), 1),
        (.paragraph, 3),
        (.blockQuote, 11), (.paragraph, 11),
        (.list, 15), (.item, 15), (.paragraph, 15), (.item, 17), (.paragraph, 17),
        (.paragraph, 19),
        (.list, 21), (.item, 21), (.paragraph, 21), (.paragraph, 23),
        (.table, 25), (.tableHeader, 25), (.tableCell, 25), (.tableCell, 25),
        (.tableRow, 27), (.tableCell, 27), (.tableCell, 27),
        (.tableRow, 28), (.tableCell, 28), (.tableCell, 28),
        (.paragraph, 30),
        (.table, 31), (.tableHeader, 31), (.tableCell, 31), (.tableRow, 33), (.tableCell, 33),
        (.paragraph, 36),
        (.heading(level: 2), 39),
        (.heading(level: 1), 41),
        (.paragraph, 44),
        (.codeBlock, 46),
        (.codeBlock, 50),
        (.htmlBlock, 52),
        (.thematicBreak, 56),
        (.paragraph, 58),
        (.blockQuote, 60), (.table, 60), (.tableHeader, 60), (.tableCell, 60), (.tableRow, 62), (.tableCell, 62),
        (.footnoteDefinition, 64), (.paragraph, 64),
    ]

    static func blockStarts(_ document: MarkdownDocument) -> [String] {
        document.nodes.filter(\.isBlock).map { "\($0.kind) \($0.startLine)" }
    }

    @Test("the start line of every block")
    func blockStartLines() {
        #expect(Self.blockStarts(MarkdownDocument(lesson)) == Self.blocks.map { "\($0.0) \($0.1)" })
    }

    @Test("end lines: closing fences, underlines, last lines")
    func blockEndLines() {
        let blocks = MarkdownDocument(lesson).nodes.filter(\.isBlock)
        func end(_ kind: MarkdownNodeKind, startingOn line: Int) -> Int? {
            blocks.first { $0.kind == kind && $0.startLine == line }?.endLine
        }
        #expect(end(.document, startingOn: 1) == 65)
        #expect(end(.paragraph, startingOn: 3) == 9)
        #expect(end(.list, startingOn: 15) == 17)
        #expect(end(.table, startingOn: 25) == 28)
        #expect(end(.paragraph, startingOn: 30) == 30)  // the one a table split
        #expect(end(.paragraph, startingOn: 36) == 36)  // after a link reference definition
        #expect(end(.heading(level: 2), startingOn: 39) == 40)  // on its underline
        #expect(end(.heading(level: 1), startingOn: 41) == 43)
        #expect(end(.codeBlock, startingOn: 46) == 48)  // on its closing fence
        #expect(end(.thematicBreak, startingOn: 56) == 56)
        #expect(end(.footnoteDefinition, startingOn: 64) == 65)
    }

    @Test("text nodes in paragraphs, list items, table cells, block quotes, footnotes")
    func textLines() {
        let document = MarkdownDocument(lesson)
        var linesSeen = Set<Int>()
        for node in document.nodes where node.kind == .text {
            let text = node.literal ?? ""
            guard let marker = text.firstMatch(of: /L(\d+)/).flatMap({ Int($0.1) }) else {
                // Only an autolink's text has no marker.
                #expect(node.parent?.kind == .link, "unmarked text \(text.debugDescription)")
                #expect(node.startLine == 58)
                continue
            }
            #expect(node.startLine == marker, "\(text.debugDescription)")
            #expect(node.endLine == marker, "\(text.debugDescription)")
            linesSeen.insert(marker)
        }
        // Every line holding text (not code or HTML) was reported by some text node.
        #expect(linesSeen == [1, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 15, 16, 17, 19, 21, 23, 25, 27, 28,
                              30, 31, 33, 36, 39, 41, 42, 44, 58, 60, 62, 64, 65])
    }

    @Test("inlines spanning lines: emphasis, code span, raw HTML, link with a title")
    func inlineSpans() {
        let document = MarkdownDocument(lesson)
        func span(_ kind: MarkdownNodeKind, containing text: String? = nil) -> ClosedRange<Int>? {
            document.nodes.first { node in
                node.kind == kind && (text.map { node.plainText.contains($0) } ?? true)
            }.map { $0.startLine...$0.endLine }
        }
        #expect(span(.emphasis) == 4...5)
        #expect(span(.code, containing: "L5 code") == 5...6)
        #expect(span(.htmlInline) == 6...7)
        #expect(span(.link, containing: "L7 link") == 7...8)
        #expect(span(.lineBreak) == 8...8)
        #expect(span(.strikethrough) == 58...58)
        #expect(span(.footnoteReference) == 58...58)
    }

    @Test("a line offset (lines of front matter) is added to every line", arguments: [0, 4, 120])
    func lineOffset(offset: Int) {
        let lines = MarkdownDocument(lesson, lineOffset: offset).nodes.map { [$0.startLine, $0.endLine] }
        let unshifted = MarkdownDocument(lesson).nodes.map { [$0.startLine + offset, $0.endLine + offset] }
        #expect(lines == unshifted)
        #expect(MarkdownDocument(lesson, lineOffset: offset).nodes.first { $0.kind == .codeBlock }?.startLine == 46 + offset)
    }

    @Test("CR LF and CR line endings count as one line each", arguments: ["\r\n", "\r"])
    func lineEndings(ending: String) {
        let converted = MarkdownDocument(lesson.replacingOccurrences(of: "\n", with: ending))
        let original = MarkdownDocument(lesson)
        #expect(converted.nodes.map { [$0.startLine, $0.endLine] } == original.nodes.map { [$0.startLine, $0.endLine] })
    }
}

extension MarkdownNode {
    var isBlock: Bool {
        switch kind {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph, .heading,
             .thematicBreak, .footnoteDefinition, .table, .tableHeader, .tableRow, .tableCell:
            true
        default:
            false
        }
    }

    /// The node's literal, or its descendants' literals joined.
    var plainText: String {
        literal ?? children.map(\.plainText).joined()
    }
}
