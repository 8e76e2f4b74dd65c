import Foundation
import MarkdownBridge
import Testing

@Suite struct InputTests {
    @Test("an empty document")
    func empty() {
        let document = MarkdownDocument("")
        #expect(document.renderHTML() == "")
        #expect(document.root.children.isEmpty)
        #expect(document.root.startLine == 1)
    }

    @Test("a U+0000 in the Markdown becomes U+FFFD, as the command line does with one in a file")
    func nul() throws {
        let markdown = "a\0b `c\0d`\n"
        let reference = try ReferenceCLI.render([markdown])
        let html = MarkdownDocument(markdown).renderHTML()
        #expect(html == "<p>a\u{FFFD}b <code>c\u{FFFD}d</code></p>\n")
        #expect(Data(html.utf8) == reference[0])
    }

    /// The bridge takes a `String`, so cmark only ever sees UTF-8 and `CMARK_OPT_VALIDATE_UTF8`
    /// is off. The runner rejects a file that is not UTF-8 (`String(validating:as:)` is nil)
    /// rather than decoding it leniently: lenient decoding replaces each bad sequence with
    /// U+FFFD by Swift's rules, which differ from `cmark-gfm --validate-utf8`'s (for
    /// `a C0 AF b` Swift gives two U+FFFD, cmark one).
    @Test("bytes that are not UTF-8 arrive as U+FFFD or not at all")
    func invalidUTF8() {
        let bytes: [UInt8] = [0x61, 0xC0, 0xAF, 0x62, 0x0A]
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let lenient = String(decoding: bytes, as: UTF8.self)
        #expect(MarkdownDocument(lenient).renderHTML() == "<p>a\u{FFFD}\u{FFFD}b</p>\n")
    }

    @Test("10 MB of lessons parses, reports lines and renders")
    func large() throws {
        // The lesson of SourceLineTests is 65 lines; with the blank line between copies, 66.
        let copies = 10_000_000 / lesson.utf8.count + 1
        let markdown = Array(repeating: lesson, count: copies).joined(separator: "\n\n")
        #expect(markdown.utf8.count >= 10_000_000)

        let document = MarkdownDocument(markdown)
        let directives = document.nodes.filter { $0.fenceInfo == "{forecast}" }
        #expect(directives.count == copies)
        #expect(directives.last?.startLine == 46 + (copies - 1) * 66)
        let html = document.renderHTML()
        #expect(html.utf8.count > markdown.utf8.count)
        #expect(html.hasPrefix("<h1>L1 heading</h1>\n"))
    }

    @Test("deep nesting does not exhaust the stack", arguments: [
        String(repeating: "> ", count: 100_000) + "deep",
        String(repeating: "- ", count: 100_000) + "deep",
        String(repeating: "*", count: 100_000) + "deep" + String(repeating: "*", count: 100_000),
        String(repeating: "[", count: 100_000) + "deep" + String(repeating: "](u)", count: 100_000),
    ])
    func deep(markdown: String) throws {
        let document = MarkdownDocument(markdown)
        let text = try #require(document.nodes.first { $0.kind == .text && $0.literal?.contains("deep") == true })
        #expect(text.startLine == 1)
        try text.setLiteral("replaced")
        #expect(document.renderHTML().contains("replaced"))
    }
}
