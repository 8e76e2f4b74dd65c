/// TeX's atom classes, reduced to the ones that change the output: MathML Core spaces operators
/// from its own dictionary, but it cannot know that the `−` in `x = -1` is a sign rather than a
/// subtraction. TeX decides that from the class of the neighbouring atom, and so do we.
enum AtomClass: Equatable, Sendable {
    case ord, largeOp, bin, rel, open, close, punct
}

/// What a command without arguments (or a plain character) stands for.
enum Symbol: Equatable, Sendable {
    /// An `<mi>`; `upright` marks single characters that browsers would otherwise italicize.
    case identifier(String, upright: Bool)
    /// An `<mo>`; plain brackets are `.open`/`.close` and never stretch (`\left`/`\right` do).
    case op(String, AtomClass)
    /// An upright function name such as `tanh`; `limits` puts scripts under it in display style.
    case function(String, limits: Bool)
    /// Horizontal space, as a CSS length for `<mspace width>`.
    case space(String)
}

enum Symbols {
    /// Every command that takes no argument. Lowercase Greek is italic, uppercase upright, as in TeX;
    /// `\epsilon`/`\phi` are the lunate/straight forms and the `\var…` ones the curly forms, as in TeX.
    static let commands: [String: Symbol] = {
        var table: [String: Symbol] = [:]
        let lowerGreek: [(String, String)] = [
            ("alpha", "α"), ("beta", "β"), ("gamma", "γ"), ("delta", "δ"), ("epsilon", "ϵ"),
            ("varepsilon", "ε"), ("zeta", "ζ"), ("eta", "η"), ("theta", "θ"), ("vartheta", "ϑ"),
            ("iota", "ι"), ("kappa", "κ"), ("lambda", "λ"), ("mu", "μ"), ("nu", "ν"), ("xi", "ξ"),
            ("pi", "π"), ("rho", "ρ"), ("sigma", "σ"), ("tau", "τ"), ("upsilon", "υ"), ("phi", "ϕ"),
            ("varphi", "φ"), ("chi", "χ"), ("psi", "ψ"), ("omega", "ω"),
        ]
        for (name, letter) in lowerGreek { table[name] = .identifier(letter, upright: false) }
        let upperGreek: [(String, String)] = [
            ("Gamma", "Γ"), ("Delta", "Δ"), ("Theta", "Θ"), ("Lambda", "Λ"), ("Xi", "Ξ"), ("Pi", "Π"),
            ("Sigma", "Σ"), ("Upsilon", "Υ"), ("Phi", "Φ"), ("Psi", "Ψ"), ("Omega", "Ω"),
        ]
        for (name, letter) in upperGreek { table[name] = .identifier(letter, upright: true) }

        let ordinary: [(String, String, Bool)] = [
            ("infty", "∞", false), ("partial", "∂", false), ("nabla", "∇", true), ("ell", "ℓ", false),
            ("top", "⊤", false), ("%", "%", false),
        ]
        for (name, symbol, upright) in ordinary { table[name] = .identifier(symbol, upright: upright) }

        let operators: [(String, String, AtomClass)] = [
            ("odot", "⊙", .bin), ("otimes", "⊗", .bin), ("cdot", "⋅", .bin), ("times", "×", .bin),
            ("circ", "∘", .bin), ("pm", "±", .bin), ("mp", "∓", .bin),
            ("le", "≤", .rel), ("leq", "≤", .rel), ("ge", "≥", .rel), ("geq", "≥", .rel),
            ("neq", "≠", .rel), ("ne", "≠", .rel), ("approx", "≈", .rel), ("equiv", "≡", .rel),
            ("sim", "∼", .rel), ("propto", "∝", .rel), ("in", "∈", .rel), ("mid", "∣", .rel),
            ("to", "→", .rel), ("rightarrow", "→", .rel), ("leftarrow", "←", .rel), ("gets", "←", .rel),
            ("mapsto", "↦", .rel),
            ("sum", "∑", .largeOp), ("prod", "∏", .largeOp),
            ("ldots", "…", .ord), ("dots", "…", .ord), ("cdots", "⋯", .ord), ("vdots", "⋮", .ord),
            ("ddots", "⋱", .ord),
            ("{", "{", .open), ("}", "}", .close), ("lVert", "‖", .open), ("rVert", "‖", .close),
            ("lvert", "|", .open), ("rvert", "|", .close), ("|", "‖", .ord),
        ]
        for (name, symbol, atomClass) in operators { table[name] = .op(symbol, atomClass) }

        for name in ["exp", "log", "ln", "tanh", "sinh", "cosh", "sin", "cos"] {
            table[name] = .function(name, limits: false)
        }
        for name in ["max", "min", "lim"] { table[name] = .function(name, limits: true) }

        // Widths are TeX's: \, = 3mu, \: = 4mu, \; = 5mu (18mu = 1em); a control space is a word space.
        let spaces: [(String, String)] = [
            (",", "0.1667em"), (":", "0.2222em"), (">", "0.2222em"), (";", "0.2778em"), (" ", "0.3333em"),
            ("quad", "1em"), ("qquad", "2em"),
        ]
        for (name, width) in spaces { table[name] = .space(width) }
        return table
    }()

    /// Characters typed directly. `-` and `*` become the proper minus and asterisk operator; `~` is
    /// TeX's unbreakable space. Letters and digits are handled by the parser, not here.
    static let characters: [Character: Symbol] = [
        "+": .op("+", .bin), "-": .op("−", .bin), "*": .op("∗", .bin),
        "=": .op("=", .rel), "<": .op("<", .rel), ">": .op(">", .rel), ":": .op(":", .rel),
        "(": .op("(", .open), "[": .op("[", .open), ")": .op(")", .close), "]": .op("]", .close),
        "!": .op("!", .close), "?": .op("?", .close),
        ",": .op(",", .punct), ";": .op(";", .punct),
        ".": .op(".", .ord), "/": .op("/", .ord), "|": .op("|", .ord),
        "~": .space("0.3333em"),
    ]

    /// Unicode symbols a lesson may type instead of the command (`σ`, `⊙`, `≤`, `−`…), found by
    /// reversing the command and character tables so both spellings always render alike.
    static let unicodeSymbols: [Character: Symbol] = {
        var table: [Character: Symbol] = [:]
        let symbols = commands.sorted { $0.key < $1.key }.map(\.value) + characters.sorted { $0.key < $1.key }.map(\.value)
        for symbol in symbols {
            switch symbol {
            case .identifier(let text, _), .op(let text, _):
                if text.count == 1, let character = text.first, !"{}|‖%".contains(character) {
                    table[character] = table[character] ?? symbol
                }
            case .function, .space:
                break
            }
        }
        return table
    }()

    /// The delimiters `\left` and `\right` accept, by the token that names them; `.` is TeX's
    /// empty delimiter and renders nothing.
    static let delimiters: [String: String] = [
        "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", ".": "",
        "\\{": "{", "\\}": "}", "\\|": "‖", "\\lVert": "‖", "\\rVert": "‖", "\\lvert": "|", "\\rvert": "|",
    ]

    /// Commands that take arguments, recognised by the parser itself; listed here so that a
    /// misspelling of one of them gets a suggestion too.
    static let structural: [String] = [
        "frac", "sqrt", "left", "right", "begin", "end", "mathbf", "mathrm", "boldsymbol", "mathbb",
        "mathcal", "text", "operatorname", "tilde", "hat", "bar", "vec", "dot", "underbrace",
    ]

    /// Accents as TeX draws them: the small spacing marks rather than the stretchy ASCII ones
    /// (`˜` not `~`), which Chromium would widen. `vec`'s arrow would be as wide as a letter at full
    /// size, so it is set as a script, which makes it small as TeX's.
    static let accents: [String: (mark: String, fullSize: Bool)] = [
        "tilde": ("˜", true), "hat": ("ˆ", true), "bar": ("¯", true), "dot": ("˙", true), "vec": ("→", false),
    ]

    /// The names a misspelt command is compared with; control symbols such as `\,` are left out,
    /// since a misspelt word is never meant as punctuation.
    static let commandNames: [String] = (Array(commands.keys) + structural).filter { $0.first?.isLetter == true }.sorted()
}
