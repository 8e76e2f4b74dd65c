import Testing
import MathML

/// Whatever the input, the output is well-formed MathML Core that carries no markup of the
/// author's own, or the input is refused with a position inside it.
struct SafetyTests {
    @Test(arguments: [
        #"\text{<script>alert("x")</script>}"#,
        #"<script>alert(1)</script>"#,
        #"\operatorname{<script>}"#,
        #"\text{</mtext></math><script>alert(1)</script>}"#,
        #"\text{&lt; &amp; ' " <!-- ]]>}"#,
    ])
    func textCannotProduceMarkup(tex: String) throws {
        let markup = try MathML.render(tex, display: true)
        #expect(!markup.lowercased().contains("<script"))
        #expect(!markup.contains("</math><"))
        let parsed = ParsedMarkup(markup)
        #expect(parsed.violation == nil, "\(markup)")
        #expect(parsed.elements.count(where: { $0.name == "math" }) == 1)
    }

    @Test func escapesEverySpecialCharacter() throws {
        #expect(try inner(#"\text{<a href="x">'&'</a>}"#) == "<mtext>&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;</mtext>")
    }

    /// Random token soup from a seeded generator: each string either renders to valid markup or
    /// throws a MathError that points inside the source.
    @Test func fuzz() throws {
        // Mostly harmless pieces, so that many strings render, salted with structure and hostile input.
        let plain = [
            "x", "y", "1", "0.5", ".", "'", "-", "+", "=", "(", ")", "[", "]", "<", ">", "|", " ", "\n",
            #"\alpha"#, #"\Sigma"#, "σ", "⊙", "é", "中", #"\%"#, "~", #"\,"#, #"\quad"#, #"\sum"#, #"\max"#,
            #"\tanh"#, #"\|"#, #"\{"#, #"\ "#, "x_t", "h_{t-1}", "^2",
        ]
        let structure = [
            #"\frac"#, "{", "}", "{", "}", "^", "_", "&", #"\\"#, #"\left("#, #"\right)"#, #"\left."#,
            #"\right|"#, #"\begin{aligned}"#, #"\end{aligned}"#, #"\begin{cases}"#, #"\end{cases}"#,
            #"\begin{bmatrix}"#, #"\end{bmatrix}"#, #"\sqrt"#, #"\text{"#, #"\operatorname{"#, "\"", "&amp;",
            #"\"#, #"\mathbf"#, #"\mathrm"#, #"\boldsymbol"#, #"\mathbb"#, #"\mathcal"#, #"\tilde"#, #"\vec"#,
            #"\underbrace"#, "%", "\u{0}", "\u{7F}", "\u{FFFE}", "😀", "$", "#", #"\sigmoid"#,
        ]
        var generator = SeededGenerator(seed: 2026)
        var rendered = 0
        for _ in 0..<3_000 {
            let count = Int.random(in: 1...30, using: &generator)
            let tex = (0..<count).map { _ in
                (Int.random(in: 0..<10, using: &generator) < 8 ? plain : structure).randomElement(using: &generator)!
            }.joined()
            for display in [false, true] {
                do {
                    let markup = try MathML.render(tex, display: display)
                    let violation = ParsedMarkup(markup).violation
                    #expect(violation == nil, "\(tex.debugDescription) gave \(markup)")
                    rendered += 1
                } catch let error as MathError {
                    #expect((0...tex.count).contains(error.offset), "\(tex.debugDescription): \(error)")
                    #expect(error.line >= 1 && error.column >= 1)
                }
            }
        }
        // The soup must exercise the emitter too, not only the error paths.
        #expect(rendered > 1_000)
    }
}
