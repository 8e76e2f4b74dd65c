import Testing
import MathML

/// The markup for each construct, exactly: these pin down the choices made after looking at the
/// output in Chromium and Firefox (see the comments in Emitter.swift for why each attribute is there).
struct RenderingTests {
    @Test func wrapsInlineAndDisplayFormulas() throws {
        #expect(try MathML.render("x", display: false) == "<math><mi>x</mi></math>")
        #expect(try MathML.render("x", display: true) == #"<math display="block"><mi>x</mi></math>"#)
        #expect(try MathML.render("", display: false) == "<math></math>")
        #expect(try MathML.render("  ", display: true) == #"<math display="block"></math>"#)
    }

    @Test func scripts() throws {
        #expect(try inner("x_t") == "<msub><mi>x</mi><mi>t</mi></msub>")
        #expect(try inner("x_t^2") == "<msubsup><mi>x</mi><mi>t</mi><mn>2</mn></msubsup>")
        #expect(try inner("x^2_t") == "<msubsup><mi>x</mi><mi>t</mi><mn>2</mn></msubsup>")
        #expect(try inner("W^{(f)}")
            == #"<msup><mi>W</mi><mrow><mo form="prefix" stretchy="false">(</mo><mi>f</mi><mo form="postfix" stretchy="false">)</mo></mrow></msup>"#)
        // Operators in scripts are unspaced, as TeX sets them.
        #expect(try inner("h_{t-1}") == #"<msub><mi>h</mi><mrow><mi>t</mi><mo lspace="0em" rspace="0em">−</mo><mn>1</mn></mrow></msub>"#)
        // An unbraced script takes one character, as in TeX.
        #expect(try inner("x^10") == "<msup><mi>x</mi><mn>1</mn></msup><mn>0</mn>")
        #expect(try inner("x^{10}") == "<msup><mi>x</mi><mn>10</mn></msup>")
        #expect(try inner("{}^2") == "<msup><mrow></mrow><mn>2</mn></msup>")
    }

    @Test func primesStayOnTheBaseline() throws {
        let prime = #"<mo lspace="0em" rspace="0em">′</mo>"#
        #expect(try inner("f'") == "<mrow><mi>f</mi>\(prime)</mrow>")
        #expect(try inner("f''") == #"<mrow><mi>f</mi><mo lspace="0em" rspace="0em">″</mo></mrow>"#)
        #expect(try inner("x'^2") == "<msup><mrow><mi>x</mi>\(prime)</mrow><mn>2</mn></msup>")
        #expect(try inner("h_t'") == "<mrow><msub><mi>h</mi><mi>t</mi></msub>\(prime)</mrow>")
    }

    @Test func numbersAndSigns() throws {
        #expect(try inner("3.14") == "<mn>3.14</mn>")
        #expect(try inner("x = -0.5") == #"<mi>x</mi><mo>=</mo><mo form="prefix">−</mo><mn>0.5</mn>"#)
        #expect(try inner("-x") == #"<mo form="prefix">−</mo><mi>x</mi>"#)
        #expect(try inner("1 - z") == "<mn>1</mn><mo>−</mo><mi>z</mi>")
        #expect(try inner(#"x = \, -1"#) == #"<mi>x</mi><mo>=</mo><mspace width="0.1667em"/><mo form="prefix">−</mo><mn>1</mn>"#)
        #expect(try inner("a, -b") == #"<mi>a</mi><mo>,</mo><mo form="prefix">−</mo><mi>b</mi>"#)
        #expect(try inner("(+x)")
            == #"<mo form="prefix" stretchy="false">(</mo><mo form="prefix">+</mo><mi>x</mi><mo form="postfix" stretchy="false">)</mo>"#)
        // A full stop after a number is punctuation, not a decimal point.
        #expect(try inner("3.") == #"<mn>3</mn><mo lspace="0em" rspace="0em">.</mo>"#)
    }

    @Test func fractionsAndRoots() throws {
        #expect(try inner(#"\frac{a}{b}"#) == "<mfrac><mi>a</mi><mi>b</mi></mfrac>")
        #expect(try inner(#"\frac12"#) == "<mfrac><mn>1</mn><mn>2</mn></mfrac>")
        #expect(try inner(#"\sqrt{x}"#) == "<msqrt><mi>x</mi></msqrt>")
        #expect(try inner(#"\sqrt[3]{x+1}"#) == "<mroot><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow><mn>3</mn></mroot>")
    }

    @Test func functionsApplyToTheirArgument() throws {
        let apply = "<mo>&#x2061;</mo>"
        #expect(try inner(#"\tanh(c_t)"#)
            == #"<mi>tanh</mi>\#(apply)<mo form="prefix" stretchy="false">(</mo><msub><mi>c</mi><mi>t</mi></msub>"#
               + #"<mo form="postfix" stretchy="false">)</mo>"#)
        #expect(try inner(#"\tanh x"#) == #"<mi>tanh</mi>\#(apply)<mspace width="0.1667em"/><mi>x</mi>"#)
        #expect(try inner(#"\log"#) == "<mi>log</mi>")
        #expect(try inner(#"\operatorname{softmax}(z)"#)
            == #"<mi>softmax</mi>\#(apply)<mo form="prefix" stretchy="false">(</mo><mi>z</mi><mo form="postfix" stretchy="false">)</mo>"#)
        #expect(try inner(#"\operatorname{d}"#) == #"<mi mathvariant="normal">d</mi>"#)
    }

    @Test func limitsGoUnderneathOnlyInDisplayStyle() throws {
        let limits = #"<mrow><mi>t</mi><mo lspace="0em" rspace="0em">=</mo><mn>1</mn></mrow><mi>T</mi>"#
        #expect(try innerDisplay(#"\sum_{t=1}^T"#) == "<munderover><mo>∑</mo>\(limits)</munderover>")
        #expect(try inner(#"\sum_{t=1}^T"#) == "<msubsup><mo>∑</mo>\(limits)</msubsup>")
        #expect(try innerDisplay(#"\max_i a"#) == #"<munder><mi>max</mi><mi>i</mi></munder><mo>&#x2061;</mo><mspace width="0.1667em"/><mi>a</mi>"#)
        // A fraction's parts are in text style, as in TeX.
        #expect(try innerDisplay(#"\frac{1}{\sum_j x}"#) == "<mfrac><mn>1</mn><mrow><msub><mo>∑</mo><mi>j</mi></msub><mi>x</mi></mrow></mfrac>")
    }

    @Test func fencesStretchOnlyAroundTallContent() throws {
        #expect(try innerDisplay(#"\left( \frac{a}{b} \right)"#)
            == #"<mrow><mo form="prefix" stretchy="true">(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo form="postfix" stretchy="true">)</mo></mrow>"#)
        #expect(try inner(#"\left[ x \right]"#)
            == #"<mrow><mo form="prefix" stretchy="false">[</mo><mi>x</mi><mo form="postfix" stretchy="false">]</mo></mrow>"#)
        #expect(try inner(#"\left. \frac{a}{b} \right|"#)
            == #"<mrow><mfrac><mi>a</mi><mi>b</mi></mfrac><mo form="postfix" stretchy="true">|</mo></mrow>"#)
        #expect(try inner(#"\left\| \sqrt{x} \right\|"#)
            == #"<mrow><mo form="prefix" stretchy="true">‖</mo><msqrt><mi>x</mi></msqrt><mo form="postfix" stretchy="true">‖</mo></mrow>"#)
        #expect(try inner(#"\left\{ x \right\}"#)
            == #"<mrow><mo form="prefix" stretchy="false">{</mo><mi>x</mi><mo form="postfix" stretchy="false">}</mo></mrow>"#)
        // A sign right after the opening fence is unary.
        #expect(try inner(#"\left(-x\right)"#)
            == #"<mrow><mo form="prefix" stretchy="false">(</mo><mo form="prefix">−</mo><mi>x</mi>"#
               + #"<mo form="postfix" stretchy="false">)</mo></mrow>"#)
    }

    @Test func bracketsAndBars() throws {
        let bar = #"<mo lspace="0em" rspace="0em" stretchy="false">|</mo>"#
        #expect(try inner("|x|") == "\(bar)<mi>x</mi>\(bar)")
        let norm = #"<mo lspace="0em" rspace="0em" stretchy="false">‖</mo>"#
        #expect(try inner(#"\|x\|"#) == "\(norm)<mi>x</mi>\(norm)")
        #expect(try inner(#"\lVert x \rVert"#)
            == #"<mo form="prefix" stretchy="false">‖</mo><mi>x</mi><mo form="postfix" stretchy="false">‖</mo>"#)
    }

    @Test func identifiersAndFonts() throws {
        #expect(try inner(#"\sigma\Sigma"#) == #"<mi>σ</mi><mi mathvariant="normal">Σ</mi>"#)
        #expect(try inner(#"\epsilon\varepsilon\phi\varphi"#) == "<mi>ϵ</mi><mi>ε</mi><mi>ϕ</mi><mi>φ</mi>")
        #expect(try inner(#"\mathrm{d}x"#) == #"<mi mathvariant="normal">d</mi><mi>x</mi>"#)
        #expect(try inner(#"\mathrm{soft max}"#) == "<mi>softmax</mi>")
        #expect(try inner(#"\mathbf{W_f}"#) == "<msub><mi>𝐖</mi><mi>𝐟</mi></msub>")
        #expect(try inner(#"\mathbf{0}\mathbf{\Sigma}\mathbf{\sigma}"#) == "<mn>𝟎</mn><mi>𝚺</mi><mi>σ</mi>")
        #expect(try inner(#"\boldsymbol{h\sigma}"#) == "<mrow><mi>𝒉</mi><mi>𝝈</mi></mrow>")
        #expect(try inner(#"\mathbb{R}^{n}\mathbb{E}"#) == "<msup><mi>ℝ</mi><mi>n</mi></msup><mi>𝔼</mi>")
        #expect(try inner(#"\mathcal{L}\mathcal{A}"#) == "<mi>ℒ</mi><mi>𝒜</mi>")
        #expect(try inner(#"\partial\nabla\infty"#) == #"<mi>∂</mi><mi mathvariant="normal">∇</mi><mi>∞</mi>"#)
    }

    @Test func unicodeInputMatchesTheCommands() throws {
        #expect(try inner("σ(x) ≤ 1 ⊙ x") == inner(#"\sigma(x) \le 1 \odot x"#))
        #expect(try inner("Δ → ∞") == inner(#"\Delta \to \infty"#))
        #expect(try inner("a − b ∗ c") == inner("a - b * c"))
    }

    @Test func operators() throws {
        #expect(try inner(#"a \odot b \otimes c"#) == #"<mi>a</mi><mo largeop="false">⊙</mo><mi>b</mi><mo largeop="false">⊗</mo><mi>c</mi>"#)
        #expect(try inner(#"a \cdot b \times c \circ d"#) == "<mi>a</mi><mo>⋅</mo><mi>b</mi><mo>×</mo><mi>c</mi><mo>∘</mo><mi>d</mi>")
        #expect(try inner(#"\le\ge\neq\approx\propto\in\to\leftarrow\mapsto"#)
            == "<mo>≤</mo><mo>≥</mo><mo>≠</mo><mo>≈</mo><mo>∝</mo><mo>∈</mo><mo>→</mo><mo>←</mo><mo>↦</mo>")
        #expect(try inner(#"1, \ldots, T"#) == #"<mn>1</mn><mo>,</mo><mo lspace="0em" rspace="0em">…</mo><mo>,</mo><mi>T</mi>"#)
        #expect(try inner(#"50\%"#) == "<mn>50</mn><mi>%</mi>")
        #expect(try inner("a < b") == "<mi>a</mi><mo>&lt;</mo><mi>b</mi>")
    }

    @Test func accentsAndUnderbrace() throws {
        #expect(try inner(#"\tilde{h}_t"#) == #"<msub><mover accent="true"><mi>h</mi><mo stretchy="false">˜</mo></mover><mi>t</mi></msub>"#)
        #expect(try inner(#"\hat y\bar x\dot x"#)
            == #"<mover accent="true"><mi>y</mi><mo stretchy="false">ˆ</mo></mover><mover accent="true"><mi>x</mi><mo stretchy="false">¯</mo>"#
               + #"</mover><mover accent="true"><mi>x</mi><mo stretchy="false">˙</mo></mover>"#)
        #expect(try inner(#"\vec{v}"#) == #"<mover><mi>v</mi><mo stretchy="false">→</mo></mover>"#)
        #expect(try innerDisplay(#"\underbrace{a+b}_{\text{sum}}"#)
            == #"<munder><munder accentunder="true"><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy="true">⏟</mo></munder>"#
               + #"<mtext>sum</mtext></munder>"#)
    }

    @Test func spacesAndText() throws {
        let widths = ["0.1667em", "0.2222em", "0.2778em", "1em", "2em", "0.3333em", "0.3333em"]
        let expected = widths.map { #"<mspace width="\#($0)"/>"# }.joined(separator: "<mi>x</mi>")
        #expect(try inner(#"\,x\:x\;x\quad x\qquad x~x\ "#) == expected)
        // Outer spaces survive in the browser only as non-breaking ones; inner runs collapse, as in TeX.
        #expect(try inner(#"\text{ if  x > 0 }"#) == "<mtext>&#xA0;if x &gt; 0&#xA0;</mtext>")
        #expect(try inner(#"\text{a\{b\}\%\&}"#) == "<mtext>a{b}%&amp;</mtext>")
        #expect(try inner(#"\text{门控 {gate}}"#) == "<mtext>门控 gate</mtext>")
    }

    @Test func aligned() throws {
        let right = #"<mtd style="text-align:right;justify-items:end;padding-right:0">"#
        let left = #"<mtd style="text-align:left;justify-items:start;padding-left:0">"#
        let row = { (lhs: String, rhs: String) in "<mtr>\(right)<mi>\(lhs)</mi></mtd>\(left)<mo>=</mo><mi>\(rhs)</mi></mtd></mtr>" }
        let expected = #"<mtable displaystyle="true">"# + row("a", "b") + row("c", "d") + "</mtable>"
        #expect(try innerDisplay(#"\begin{aligned} a &= b \\ c &= d \end{aligned}"#) == expected)
        // A trailing \\ adds no empty row, as in TeX.
        #expect(try innerDisplay(#"\begin{aligned} a &= b \\ c &= d \\ \end{aligned}"#) == expected)
        let pairs = try innerDisplay(#"\begin{aligned} a &= b & c &= d \end{aligned}"#)
        #expect(pairs.contains(#"<mtd style="text-align:right;justify-items:end;padding-right:0;padding-left:2em"><mi>c</mi>"#))
    }

    @Test func casesAndMatrices() throws {
        #expect(try inner(#"\begin{cases} 1 & x > 0 \\ 0 & \text{else} \end{cases}"#)
            == #"<mrow><mo form="prefix" stretchy="true">{</mo><mtable><mtr><mtd style="text-align:left;justify-items:start;padding-left:0">"#
               + #"<mn>1</mn></mtd><mtd style="text-align:left;justify-items:start;padding-left:1em"><mi>x</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr>"#
               + #"<mtr><mtd style="text-align:left;justify-items:start;padding-left:0"><mn>0</mn></mtd>"#
               + #"<mtd style="text-align:left;justify-items:start;padding-left:1em"><mtext>else</mtext></mtd></mtr></mtable></mrow>"#)
        let cells = #"<mtable><mtr><mtd style="padding-left:0"><mi>a</mi></mtd><mtd style="padding-right:0"><mi>b</mi></mtd></mtr></mtable>"#
        #expect(try inner(#"\begin{matrix} a & b \end{matrix}"#) == cells)
        #expect(try inner(#"\begin{bmatrix} a & b \end{bmatrix}"#)
            == #"<mrow><mo form="prefix" stretchy="true">[</mo>\#(cells)<mo form="postfix" stretchy="true">]</mo></mrow>"#)
        #expect(try inner(#"\begin{pmatrix} a & b \end{pmatrix}"#)
            == #"<mrow><mo form="prefix" stretchy="true">(</mo>\#(cells)<mo form="postfix" stretchy="true">)</mo></mrow>"#)
    }
}
