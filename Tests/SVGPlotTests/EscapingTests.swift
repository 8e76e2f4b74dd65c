import Testing
@testable import SVGPlot

@Suite struct EscapingTests {
    @Test func escapesTheFiveSpecialCharacters() {
        #expect(XMLEscape.escape("<a href=\"x\">Tom & Jerry's</a>")
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
    }

    @Test func replacesCharactersXMLForbidsAndFlattensLineBreaks() {
        #expect(XMLEscape.escape("a\u{0}b\u{1B}c\u{FFFE}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
        #expect(XMLEscape.escape("one\ntwo\r\nthree\tfour") == "one two  three four")
    }

    @Test func keepsUnicodeText() {
        #expect(XMLEscape.escape("猫が σ(x) 👩‍💻 é") == "猫が σ(x) 👩‍💻 é")
    }

    @Test(arguments: [("fig 1/a", "fig-1-a"), ("1x", "p1x"), ("", "p"), ("ok_id-2", "ok_id-2"), ("\"><x", "p-x")])
    func identifiersAreValidXMLIds(_ input: String, _ expected: String) {
        #expect(XMLEscape.identifier(input) == expected)
    }
}
