import Foundation
import Testing

/// A lesson's raw HTML is tag-filtered and its links keep to safe schemes unless its front
/// matter says `raw_html: trusted`: a contributed lesson cannot run script on the site.
@Suite struct RawHTMLTests {
    static let body = "Hi <script>alert(1)</script> and [a link](javascript:alert(2)).\n"

    func page(frontMatter: String) throws -> String {
        let project = try Project()
        try project.write("01-a.md", "---\ntitle: A\n\(frontMatter)---\n" + Self.body)
        let outcome = try project.build()
        try #require(outcome.status == 0, "\(outcome.stderr)")
        return try String(contentsOf: project.output.appendingPathComponent("01-a.html"), encoding: .utf8)
    }

    @Test func rawHTMLIsFilteredByDefault() throws {
        let html = try page(frontMatter: "")
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("&lt;script>alert(1)&lt;/script>"))
        #expect(!html.contains("javascript:"))
    }

    @Test func aTrustedLessonKeepsItsRawHTML() throws {
        let html = try page(frontMatter: "raw_html: trusted\n")
        #expect(html.contains("<script>alert(1)</script>"))
        #expect(html.contains("href=\"javascript:alert(2)\""))
    }
}
