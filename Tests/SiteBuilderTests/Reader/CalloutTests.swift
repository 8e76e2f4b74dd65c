@testable import SiteBuilder
import Testing

@Suite("Callouts: GitHub's alert syntax")
struct CalloutTests {
    @Test func aNoteBecomesACalloutWithItsTitle() throws {
        let html = try renderBody("> [!NOTE]\n> The note loops one step short.\n").html
        #expect(html == """
            <div class="callout callout-note" role="note">
            <p class="callout-title">Note</p>
            <p>The note loops one step short.</p>
            </div>

            """)
    }

    @Test(arguments: PageMarkers.Callout.allCases)
    func everyKindAnyCase(kind: PageMarkers.Callout) throws {
        let html = try renderBody("> [!\(kind.rawValue.uppercased())]\n> Text.\n").html
        #expect(html.contains("<div class=\"callout callout-\(kind.rawValue)\" role=\"note\">"))
        #expect(html.contains(">\(SiteWords.english.callout(kind))</p>"))
        #expect(!html.contains("blockquote"))
    }

    @Test func aMarkerAloneInItsParagraphAndNestedQuotes() throws {
        let html = try renderBody("> [!WARNING]\n>\n> First.\n>\n> > quoted inside\n>\n> Last.\n\nAfter.\n").html
        #expect(html == """
            <div class="callout callout-warning" role="note">
            <p class="callout-title">Warning</p>
            <p>First.</p>
            <blockquote>
            <p>quoted inside</p>
            </blockquote>
            <p>Last.</p>
            </div>
            <p>After.</p>

            """)
    }

    @Test func otherQuotationsStayQuotations() throws {
        for body in ["> [!SHOUT]\n> x\n", "> Just a quote.\n", "> [!NOTE] on the same line\n", "> text\n> [!NOTE]\n"] {
            let html = try renderBody(body).html
            #expect(html.hasPrefix("<blockquote>"), "\(body)")
            #expect(!html.contains("callout"))
        }
    }

    @Test func chinesePagesSayItInChinese() throws {
        #expect(try renderBody("> [!TIP]\n> 小心。\n", language: "zh").html.contains("<p class=\"callout-title\">提示</p>"))
    }
}
