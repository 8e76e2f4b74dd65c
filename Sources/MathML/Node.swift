/// The parsed formula: what the TeX means, before any decision about markup.
indirect enum Node: Equatable {
    /// `<mi>`: a letter, a word such as `softmax`, or a symbol like `∞`.
    case identifier(String, upright: Bool)
    case number(String)
    case op(String, AtomClass)
    /// `\tanh`, `\max`, `\operatorname{…}`: upright names that apply to what follows.
    case function(String, limits: Bool)
    case text(String)
    case space(String)
    /// A braced group, kept as one unit so that `{a+b}^2` scripts the whole group.
    case group([Node])
    case scripts(base: Node, sub: Node?, sup: Node?)
    case fraction(Node, Node)
    case root(Node, index: Node?)
    /// `\left…\right`; an empty delimiter is TeX's `.`.
    case fenced(open: String, body: [Node], close: String)
    /// A mark over the base; `fullSize` marks draw close and unscaled, as TeX accents do.
    case accent(Node, mark: String, fullSize: Bool)
    case underbrace(Node)
    case table(Table)

    /// The TeX class that decides whether a following `+` or `−` is a sign.
    var atomClass: AtomClass {
        switch self {
        case .op(_, let atomClass): atomClass
        case .function: .largeOp
        case .scripts(let base, _, _): base.atomClass
        default: .ord
        }
    }

    /// Whether the node is a function name (perhaps with limits), which is followed by the invisible
    /// function-application operator.
    var isFunction: Bool {
        switch self {
        case .function: true
        case .scripts(let base, _, _): base.isFunction
        default: false
        }
    }

    var isFenced: Bool {
        if case .fenced = self { true } else { false }
    }

    /// Whether the node is taller than a line of text. Only then do `\left(` and `\right)` stretch:
    /// around anything shorter TeX uses the ordinary bracket, and so do we, because Chromium draws a
    /// stretchy bracket with wider side bearings even when it keeps its size.
    var isTall: Bool {
        switch self {
        case .fraction, .root, .underbrace, .table, .op(_, .largeOp): true
        case .scripts(let base, let sub, let sup): base.isTall || sub?.isTall == true || sup?.isTall == true
        case .group(let nodes), .fenced(_, let nodes, _): nodes.contains(where: \.isTall)
        case .accent(let base, _, _): base.isTall
        default: false
        }
    }

    /// Whether scripts attached to this node go under and over it in display style (`\sum`,
    /// `\max`) or always (`\underbrace`), instead of beside it.
    func takesLimits(display: Bool) -> Bool {
        switch self {
        case .op(_, .largeOp), .function(_, limits: true): display
        case .underbrace: true
        default: false
        }
    }
}

/// An environment's cells, row by row, and how to lay them out.
struct Table: Equatable {
    enum Kind: Equatable {
        /// `aligned`: columns alternately right- and left-aligned, set in display style.
        case aligned
        /// `cases`: left-aligned value and condition columns after a stretchy `{`.
        case cases
        /// `matrix`, `pmatrix`, `bmatrix`: centred columns between optional stretchy delimiters.
        case matrix(open: String, close: String)
    }

    let kind: Kind
    let rows: [[[Node]]]
}
