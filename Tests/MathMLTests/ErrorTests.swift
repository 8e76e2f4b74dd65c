import Testing
import MathML

/// Every mistake a lesson author can make is reported with a position and, where there is an
/// obvious fix, a hint; none crashes.
struct ErrorTests {
    @Test func unknownCommandSuggestsTheNearestOne() throws {
        let error = try #require(failure(in: #"f_t = 10 + \sigmoid(x)"#))
        #expect(error.description == #"unknown command \sigmoid at column 12; did you mean \sigma?"#)
        #expect(error.offset == 11)
        #expect(error.reason == #"unknown command \sigmoid"#)
        #expect(error.hint == #"did you mean \sigma?"#)
    }

    @Test(arguments: [
        (#"\lamda"#, #"did you mean \lambda?"#),
        (#"\fracc{a}{b}"#, #"did you mean \frac?"#),
        (#"\alfa"#, #"did you mean \alpha?"#),
        (#"\mathbff{W}"#, #"did you mean \mathbf?"#),
    ])
    func suggestions(tex: String, hint: String) throws {
        #expect(try #require(failure(in: tex)).hint == hint)
    }

    @Test func noSuggestionForSomethingUnlikeAnyCommand() throws {
        let error = try #require(failure(in: #"\xyzzy"#))
        #expect(error.description == #"unknown command \xyzzy at column 1"#)
    }

    @Test(arguments: [
        ("{a", "missing } to close this { at column 1"),
        ("a}", "unmatched } at column 2; remove it or add the { it closes"),
        (#"\frac{a}{b"#, "missing } to close this { at column 9"),
        (#"x + \left( y"#, #"\left has no matching \right at column 5; close it with \right) or \right. before the group or formula ends"#),
        (#"{\left( y} z"#, #"\left has no matching \right at column 2; close it with \right) or \right. before the group or formula ends"#),
        (#"y \right)"#, #"\right without a matching \left at column 3"#),
        (#"\left< x \right>"#, #"\left needs a delimiter at column 6; use one of ( ) [ ] \{ \} | \| \lVert \rVert, or . for none"#),
        ("a & b", "& outside an environment at column 3; & separates columns inside \\begin{aligned}, cases or a matrix"),
        (#"a \\ b"#, #"\\ outside an environment at column 3; break lines inside \begin{aligned} … \end{aligned}"#),
        (#"\begin{aligned} {a & b} \end{aligned}"#,
            #"& inside braces or \left…\right at column 20; a column can only start at the top level of an environment's cell"#),
        (#"\begin{align} a \end{align}"#, "unknown environment align at column 7; did you mean aligned?"),
        (#"\begin{equation} a \end{equation}"#, "unknown environment equation at column 7; use aligned, cases, matrix, pmatrix or bmatrix"),
        (#"\begin{aligned} a \end{cases}"#, #"\end{cases} closes \begin{aligned} at column 23; write \end{aligned}"#),
        (#"\begin{aligned} a &= b"#, #"\begin{aligned} has no matching \end{aligned} at column 1"#),
        (#"\end{aligned}"#, #"\end without a matching \begin at column 1"#),
        (#"\begin{cases} a & b & c \end{cases}"#, "too many columns: cases has at most 2 at column 21"),
        ("x_1_2", "double subscript at column 4; brace it: x_{ab}, or {x_a}_b"),
        ("x^1^2", "double superscript at column 4; brace it: x^{ab}, or {x^a}^b"),
        ("x^2'", "a prime after a superscript at column 4; put primes first: x'^2"),
        ("x^", "^ is missing its argument at column 2"),
        ("x_}", "_ is missing its argument at column 2"),
        (#"\frac{a}"#, #"\frac is missing its argument at column 1"#),
        (#"\sqrt[3{x}"#, #"missing ] to close \sqrt[ at column 6"#),
        (#"\text{abc"#, #"missing } to close \text{ at column 6"#),
        (#"\text{\alpha}"#, ##"commands are not allowed inside \text{…} at column 7; only \{ \} \% \& \_ \$ \# and \ (a space) are"##),
        (#"\text"#, #"\text needs a braced argument at column 6; write \text{…}"#),
        (#"\operatorname{ }"#, #"\operatorname needs a name at column 14"#),
        ("50%", #"'%' starts a TeX comment, which formulas here do not allow at column 3; write \% for a percent sign"#),
        ("$x$", "unexpected character $ at column 1; the formula is already in math mode; remove the $"),
        ("a\u{1}b", "the character U+1 cannot appear in a formula at column 2"),
        ("a\u{FFFF}", "the character U+FFFF cannot appear in a formula at column 2"),
        ("x \\", "a lone backslash ends the formula at column 3"),
    ])
    func reportsWhereAndWhy(tex: String, description: String) throws {
        #expect(try #require(failure(in: tex)).description == description)
    }

    @Test func positionsInMultiLineFormulas() throws {
        let tex = "\\begin{aligned}\n  a &= b \\\\\n  c &= \\foo\n\\end{aligned}"
        let error = try #require(failure(in: tex))
        #expect(error.line == 3)
        #expect(error.column == 8)
        #expect(error.offset == 35)
        #expect(error.description == #"unknown command \foo at line 3, column 8"#)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let error = try #require(failure(in: "σ⊙é + \\bad"))
        #expect(error.column == 7)
    }

    /// Deep nesting must be refused before it can exhaust the stack, whichever construct nests.
    @Test(arguments: [
        String(repeating: "{", count: 10_000) + "x" + String(repeating: "}", count: 10_000),
        String(repeating: #"\hat "#, count: 10_000) + "x",
        String(repeating: #"\frac{"#, count: 10_000) + "x",
        String(repeating: "x^{", count: 10_000),
        String(repeating: #"\left("#, count: 10_000),
        String(repeating: #"\sqrt["#, count: 10_000),
        String(repeating: #"\begin{aligned}"#, count: 10_000),
        String(repeating: #"\sqrt"#, count: 10_000) + "x",
    ])
    func deepNestingIsAnError(tex: String) throws {
        let error = try #require(failure(in: tex))
        #expect(error.reason == "the formula nests more than \(MathML.maxNesting) levels deep")
    }

    @Test func nestingUpToTheLimitIsFine() throws {
        let depth = MathML.maxNesting - 1
        let tex = String(repeating: "{", count: depth) + "x" + String(repeating: "}", count: depth)
        #expect(try MathML.render(tex, display: false) == "<math><mi>x</mi></math>")
    }
}
