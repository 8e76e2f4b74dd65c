import Testing
import MathML

/// The equations the LSTM and GRU lessons show, as their authors would type them.
struct LessonEquationTests {
    static let equations = [
        #"c_t = f_t \odot c_{t-1} + i_t \odot g_t"#,
        #"h_t = o_t \odot \tanh(c_t)"#,
        #"f_t = \sigma(W_f x_t + U_f h_{t-1} + b_f)"#,
        #"h_t = z_t \odot h_{t-1} + (1 - z_t) \odot \tilde{h}_t"#,
        #"\tilde{h}_t = \tanh\left(W_h x_t + U_h (r_t \odot h_{t-1}) + b_h\right)"#,
        #"""
        \begin{aligned}
          i_t &= \sigma(W_i x_t + U_i h_{t-1} + b_i) \\
          f_t &= \sigma(W_f x_t + U_f h_{t-1} + b_f) \\
          g_t &= \tanh(W_g x_t + U_g h_{t-1} + b_g) \\
          o_t &= \sigma(W_o x_t + U_o h_{t-1} + b_o)
        \end{aligned}
        """#,
        #"\sigma(x) = \frac{1}{1 + e^{-x}}, \qquad \tanh x = \frac{e^x - e^{-x}}{e^x + e^{-x}}"#,
        #"\left\| \frac{\partial h_T}{\partial x_t} \right\| \approx \prod_{k=t+1}^{T} \left\| \frac{\partial h_k}{\partial h_{k-1}} \right\|"#,
        #"\mathcal{L} = -\frac{1}{T} \sum_{t=1}^{T} \log p(y_t \mid x_{1:t})"#,
        #"\mathrm{RMSE} = \sqrt{\frac{1}{N} \sum_{n=1}^{N} (\hat{y}_n - y_n)^2}"#,
        #"W \in \mathbb{R}^{4n \times (n + m)}, \quad \mathbf{h}_t \in \mathbb{R}^n"#,
        #"\operatorname{softmax}(z)_i = \frac{\exp(z_i)}{\sum_j \exp(z_j)}"#,
        #"y = \begin{cases} 1 & \text{if } x > 0.5 \\ 0 & \text{otherwise} \end{cases}"#,
        #"\underbrace{f_t \odot c_{t-1}}_{\text{keep}} + \underbrace{i_t \odot g_t}_{\text{write}}"#,
        #"\theta \leftarrow \theta - \eta \nabla_\theta \mathcal{L}"#,
        #"m_t = \beta_1 m_{t-1} + (1 - \beta_1) g_t, \quad \hat{m}_t = \frac{m_t}{1 - \beta_1^t}"#,
        #"\begin{bmatrix} i_t \\ f_t \\ o_t \\ g_t \end{bmatrix} = \begin{pmatrix} \sigma \\ \sigma \\ \sigma \\ \tanh \end{pmatrix} "#
            + #"\left( W \begin{bmatrix} h_{t-1} \\ x_t \end{bmatrix} + b \right)"#,
    ]

    @Test(arguments: equations)
    func rendersAsValidMathMLCore(tex: String) throws {
        for display in [false, true] {
            let markup = try MathML.render(tex, display: display)
            let violation = ParsedMarkup(markup).violation
            #expect(violation == nil, "\(markup)")
            // No whitespace between tags: browsers would ignore it, but it would make output differ
            // with the source's line breaks.
            #expect(!markup.contains("\n") && !markup.contains("> ") && !markup.contains(" <"))
        }
    }

    @Test func theCellStateUpdate() throws {
        let sub = { (base: String, script: String) in "<msub><mi>\(base)</mi><mi>\(script)</mi></msub>" }
        let expected = sub("c", "t") + "<mo>=</mo>" + sub("f", "t") + #"<mo largeop="false">⊙</mo>"#
            + #"<msub><mi>c</mi><mrow><mi>t</mi><mo lspace="0em" rspace="0em">−</mo><mn>1</mn></mrow></msub>"#
            + "<mo>+</mo>" + sub("i", "t") + #"<mo largeop="false">⊙</mo>"# + sub("g", "t")
        #expect(try innerDisplay(Self.equations[0]) == expected)
    }

    @Test func theGradientNormStretchesItsBars() throws {
        let markup = try innerDisplay(Self.equations[7])
        #expect(markup.hasPrefix(#"<mrow><mo form="prefix" stretchy="true">‖</mo><mfrac>"#
            + #"<mrow><mi>∂</mi><msub><mi>h</mi><mi>T</mi></msub></mrow>"#))
        #expect(markup.contains("<munderover><mo>∏</mo>"))
    }

    @Test func theGateBlockIsOneTableOfFourRows() throws {
        let parsed = ParsedMarkup(try MathML.render(Self.equations[5], display: true))
        #expect(parsed.elements.count(where: { $0.name == "mtable" }) == 1)
        #expect(parsed.elements.count(where: { $0.name == "mtr" }) == 4)
        #expect(parsed.elements.count(where: { $0.name == "mtd" }) == 8)
    }
}
