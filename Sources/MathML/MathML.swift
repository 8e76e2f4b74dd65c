/// Converts the TeX subset that the lessons' equations use into MathML Core, so that pages show
/// typeset mathematics without JavaScript, in Chromium (109 and later) and Firefox alike.
///
/// ```swift
/// let markup = try MathML.render(#"c_t = f_t \odot c_{t-1} + i_t \odot g_t"#, display: true)
/// // <math display="block"><msub><mi>c</mi><mi>t</mi></msub><mo>=</mo>…</math>
/// ```
///
/// The subset:
/// - letters (italic), digits and decimals (`0.5`), `+ - * = < > ( ) [ ] | / , ; : . ! ?`, primes (`f'`, `f''`)
/// - Greek: `\alpha \beta \gamma \delta \epsilon \varepsilon \zeta \eta \theta \vartheta \iota
///   \kappa \lambda \mu \nu \xi \pi \rho \sigma \tau \upsilon \phi \varphi \chi \psi \omega`
///   and `\Gamma \Delta \Theta \Lambda \Xi \Pi \Sigma \Upsilon \Phi \Psi \Omega`
/// - operators and relations: `\odot \otimes \cdot \times \circ \pm \mp \le \leq \ge \geq \neq \ne
///   \approx \equiv \sim \propto \in \mid \to \rightarrow \leftarrow \gets \mapsto`
/// - large operators `\sum \prod`; functions `\exp \log \ln \tanh \sinh \cosh \sin \cos \max \min \lim`
///   and `\operatorname{name}`
/// - symbols: `\partial \nabla \infty \ell \top \ldots \dots \cdots \vdots \ddots \% \{ \} \| \lVert
///   \rVert \lvert \rvert`
/// - scripts `x_t`, `h_{t-1}`, `W^{(f)}`, `x_t^2`; `\frac{a}{b}`, `\sqrt{x}`, `\sqrt[n]{x}`
/// - `\left … \right` with `( ) [ ] \{ \} | \| \lVert \rVert \lvert \rvert` or `.` (none)
/// - fonts `\mathbf \mathrm \boldsymbol \mathbb \mathcal`; `\text{…}`
/// - accents `\tilde \hat \bar \vec \dot`; `\underbrace{…}_{…}`
/// - spaces `\, \: \; \quad \qquad ~` and `\ ` (a backslash and a space)
/// - environments `aligned` (`&` and `\\`), `cases`, `matrix`, `pmatrix`, `bmatrix`
/// Greek letters and operators may also be typed as Unicode characters (`σ`, `⊙`, `≤`).
///
/// Anything else — an unknown command, unbalanced braces, `\left` without `\right`, `&` outside an
/// environment, nesting more than 64 levels deep — throws a `MathError` that says where. All text
/// is escaped, so no input can produce markup of its own. The output is deterministic and has no
/// whitespace between tags.
public enum MathML {
    /// How deeply groups, arguments and environments may nest. Real equations stay far below;
    /// the limit turns hostile input into a `MathError` instead of a stack overflow, even on a
    /// thread with a small stack.
    public static let maxNesting = 64

    /// Renders `tex` (without `$` delimiters) as a `<math>` element; `display` makes it a block
    /// formula in display style, as TeX's `\[ … \]`.
    public static func render(_ tex: String, display: Bool) throws -> String {
        var parser = Parser(tex)
        let nodes = try parser.parseFormula()
        var emitter = Emitter()
        emitter.emitRow(nodes, style: display ? .display : .text)
        return (display ? "<math display=\"block\">" : "<math>") + emitter.output + "</math>"
    }
}
