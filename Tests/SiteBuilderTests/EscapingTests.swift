import Foundation
@testable import SiteBuilder
import Testing

/// Text from data, options and file names must reach HTML and SVG as text, never as markup.
@Suite("Escaping hostile text")
struct EscapingTests {
    static let hostile = [#"<script>alert(1)</script>"#, #""><svg onload=alert(2)>"#]

    @Test(arguments: hostile)
    func nothingHostileSurvivesAsMarkup(_ attack: String) throws {
        let column = "Pass" + attack.replacingOccurrences(of: "\"", with: "'")
        let csv = TemporaryLessons.airline.replacingOccurrences(of: "Month,Passengers", with: "Month," + column)
        let yamlText = { (text: String) in "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
        let site = try TemporaryLessons([
            "data/a\(attack.replacingOccurrences(of: "/", with: "_")).csv": csv,
            "01-\(attack.replacingOccurrences(of: "/", with: "_")).md": """
                ---
                title: \(yamlText("Title " + attack))
                summary: \(yamlText("Summary " + attack))
                ---
                Prose text with an escaped \\<tag\\>.

                ```{forecast}
                id: f
                data: \(yamlText("data/a" + attack.replacingOccurrences(of: "/", with: "_") + ".csv"))
                column: \(yamlText(column))
                seeds: 1
                epochs: 1
                show: [predictions, table]
                captions: [\(yamlText("Caption " + attack)), \(yamlText("Table " + attack))]
                ```

                ```{gates}
                input: [1, 2]
                units: 1
                show: table
                captions: \(yamlText("Gates " + attack))
                ```

                Broken: {{f.\(attack.filter(\.isLetter))}}
                """,
        ])
        let build = try site.build()
        #expect(build.problems.count == 1, "only the deliberate bad reference: \(build.problems)")
        let everything = build.files.map { String(decoding: $0.data, as: UTF8.self) } + build.drafts.map { String(decoding: $0.data, as: UTF8.self) }
        for page in everything {
            #expect(!page.contains("<script>"))
            #expect(!page.contains("<svg onload"))
            // Breaking out of an attribute needs a raw quote and angle bracket.
            #expect(!page.contains("\"><svg onload"))
            #expect(page.components(separatedBy: "<script").count <= 2, "only the site's own script tag")
        }
        let draft = try #require(build.drafts.first.map { String(decoding: $0.data, as: UTF8.self) })
        #expect(draft.contains("Caption &lt;script&gt;") || draft.contains("Caption &quot;&gt;&lt;svg"))
        #expect(draft.contains("Title &lt;script&gt;") || draft.contains("Title &quot;&gt;&lt;svg"))
    }
}
