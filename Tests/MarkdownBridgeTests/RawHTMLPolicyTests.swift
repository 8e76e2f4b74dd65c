import Foundation
import Testing
@testable import MarkdownBridge

/// An author's raw HTML gets GitHub's tagfilter and safe URL schemes unless the lesson says it
/// is trusted; HTML the program inserts afterwards (figures, MathML) is never filtered.
@Suite("Raw HTML policy")
struct RawHTMLPolicyTests {
    func render(_ markdown: String, _ policy: RawHTMLPolicy) -> String {
        let document = MarkdownDocument(markdown)
        document.apply(policy)
        return document.renderHTML()
    }

    static let rawHTML = [
        "<script>alert(1)</script>\n",
        "Hi <SCRIPT src=x></SCRIPT> and <style>p{}</style> and <iframe/> and <title>t</title>\n",
        "<div>\n<textarea>x</textarea>\n<xmp>y</xmp>\n<noembed><noframes><plaintext>\n</div>\n",
        "<scripts>not filtered</scripts> <b>kept</b> <!-- comment -->\n",
    ]

    /// Filtered raw HTML is byte for byte what `cmark-gfm -e tagfilter` prints.
    @Test func filteredRawHTMLMatchesTheTagfilterExtension() throws {
        let expected = try ReferenceCLI.render(Self.rawHTML, flags: ReferenceCLI.flags + ["-e", "tagfilter"])
        for (markdown, reference) in zip(Self.rawHTML, expected) {
            #expect(Data(render(markdown, .filtered).utf8) == reference, "\(markdown)")
        }
    }

    static let links = [
        "[a](javascript:alert(1)) [b](JavaScript:x) [c](vbscript:x) [d](file:///etc/passwd) [e](data:text/html,x)\n",
        "![f](data:image/png;base64,AAAA) [g](https://example.com) [h](#fig-1) [i](data:image/svg+xml,x)\n",
        "<javascript:alert(1)> [j]\n\n[j]: javascript:alert(2)\n",
    ]

    /// Filtered links are what cmark-gfm prints without `--unsafe` (its safe URL schemes).
    @Test func filteredLinksMatchTheSafeURLSchemes() throws {
        let expected = try ReferenceCLI.render(Self.links, flags: ReferenceCLI.flags.filter { $0 != "--unsafe" })
        for (markdown, reference) in zip(Self.links, expected) {
            #expect(Data(render(markdown, .filtered).utf8) == reference, "\(markdown)")
        }
    }

    @Test func trustedRawHTMLIsRenderedAsWritten() {
        #expect(render(Self.rawHTML[0], .trusted) == Self.rawHTML[0])
        #expect(render(Self.links[0], .trusted).contains("href=\"javascript:alert(1)\""))
    }

    @Test func htmlInsertedAfterwardsIsNotFiltered() throws {
        let document = MarkdownDocument("```{figure}\n```\n\n<style>p{}</style>\n")
        document.apply(.filtered)
        let fence = try #require(document.nodes.first { $0.kind == .codeBlock })
        try fence.replace(withHTMLBlock: "<svg><title>Figure</title><style>.a{}</style></svg>")
        #expect(document.renderHTML() == "<svg><title>Figure</title><style>.a{}</style></svg>\n&lt;style>p{}&lt;/style>\n")
    }
}
