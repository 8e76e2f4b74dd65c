import Testing
@testable import MathML

/// The MathML emitter escapes text by the rule of SVGPlot's `XMLEscape.escape`; these are the
/// cases of `Tests/SVGPlotTests/EscapingTests.swift`, so the two escapers cannot drift apart
/// without one of the suites failing.
@Suite struct EscapingTests {
    @Test func escapesTheFiveSpecialCharacters() {
        #expect(Emitter.escaped("<a href=\"x\">Tom & Jerry's</a>")
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
    }

    @Test func replacesCharactersXMLForbidsAndFlattensLineBreaks() {
        #expect(Emitter.escaped("a\u{0}b\u{1B}c\u{FFFE}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
        #expect(Emitter.escaped("one\ntwo\r\nthree\tfour") == "one two  three four")
    }

    @Test func keepsUnicodeText() {
        #expect(Emitter.escaped("猫が σ(x) 👩‍💻 é") == "猫が σ(x) 👩‍💻 é")
    }

    /// The lexer is the first guard: a control character in a formula is an error naming its
    /// column, not a U+FFFD on the page.
    @Test func theLexerRejectsWhatTheEscaperWouldReplace() {
        #expect(throws: MathError.self) { try MathML.render("a\u{1B}b", display: false) }
    }
}
