/// A recursive-descent parser for the TeX subset, producing `Node`s.
///
/// Rows, atoms and scripts live here; what each command does is in `Parser+Commands.swift`.
/// Every recursion passes through `parsePrimary`, which counts nesting: a formula nested deeper
/// than `MathML.maxNesting` is an error rather than a stack overflow.
struct Parser {
    var lexer: Lexer
    var font = Font.standard
    /// How many environments enclose the current position; only decides the wording of errors.
    var environmentDepth = 0
    private var depth = 0

    init(_ source: String) {
        lexer = Lexer(source)
    }

    mutating func parseFormula() throws -> [Node] {
        let row = try parseRow()
        let token = try lexer.next()
        guard token.kind == .end else { throw misplaced(token) }
        return row
    }

    /// Atoms up to the next token that ends a row: `}`, `&`, `\\`, `\end`, `\right`, the end of the
    /// source, and `]` when reading the index of `\sqrt[…]`. The caller consumes that token.
    mutating func parseRow(closedByBracket: Bool = false) throws -> [Node] {
        var row: [Node] = []
        while !(try endsRow(lexer.peek(), closedByBracket: closedByBracket)) {
            row.append(try parseScripts(on: parsePrimary()))
        }
        return row
    }

    private func endsRow(_ token: Token, closedByBracket: Bool = false) -> Bool {
        switch token.kind {
        case .end, .endGroup, .alignmentTab: true
        case .command(let name): ["\\", "end", "right"].contains(name)
        case .other("]"): closedByBracket
        default: false
        }
    }

    /// The error for a token that ends a row where the caller cannot use it.
    func misplaced(_ token: Token) -> MathError {
        switch token.kind {
        case .endGroup:
            return lexer.error("unmatched }", hint: "remove it or add the { it closes", at: token.offset)
        case .alignmentTab where environmentDepth == 0:
            return lexer.error("& outside an environment", hint: "& separates columns inside \\begin{aligned}, cases or a matrix", at: token.offset)
        case .alignmentTab:
            return lexer.error("& inside braces or \\left…\\right", hint: "a column can only start at the top level "
                + "of an environment's cell", at: token.offset)
        case .command("\\") where environmentDepth == 0:
            return lexer.error("\\\\ outside an environment", hint: "break lines inside \\begin{aligned} … \\end{aligned}", at: token.offset)
        case .command("\\"):
            return lexer.error("\\\\ inside braces or \\left…\\right", hint: "a row can only end at the top level "
                + "of an environment's cell", at: token.offset)
        case .command("end"):
            return lexer.error("\\end without a matching \\begin", at: token.offset)
        case .command("right"):
            return lexer.error("\\right without a matching \\left", at: token.offset)
        default:
            return lexer.error("the formula ends here unexpectedly", at: token.offset)
        }
    }

    /// One unit that scripts attach to: a symbol, a group, or a command with its arguments.
    /// `single` reads one digit or letter only, as TeX does for an unbraced argument (`x^10`).
    mutating func parsePrimary(single: Bool = false) throws -> Node {
        depth += 1
        defer { depth -= 1 }
        let token = try lexer.peek()
        guard depth <= MathML.maxNesting else {
            throw lexer.error("the formula nests more than \(MathML.maxNesting) levels deep", at: token.offset)
        }
        switch token.kind {
        case .caret, .underscore, .other("'"):
            // Scripts on nothing, as TeX allows: `{}^{14}C`, or `^2` alone.
            return .group([])
        default:
            _ = try lexer.next()
        }
        switch token.kind {
        case .beginGroup:
            let row = try parseRow()
            let close = try lexer.next()
            guard close.kind == .endGroup else {
                if close.kind == .end { throw lexer.error("missing } to close this {", at: token.offset) }
                throw misplaced(close)
            }
            return .group(row)
        case .letter(let letter):
            return try word(startingWith: letter, single: single)
        case .digit(let digit):
            return try number(startingWith: digit, single: single)
        case .other(let character):
            return try symbol(character, at: token.offset)
        case .command(let name):
            return try command(name, at: token.offset)
        default:
            throw misplaced(token)
        }
    }

    /// An argument of a command or script: a braced group or a single unit.
    mutating func parseArgument(of owner: String, at offset: Int) throws -> Node {
        let token = try lexer.peek()
        switch token.kind {
        case .caret, .underscore, .other("'"):
            throw lexer.error("\(owner) is missing its argument", at: offset)
        case _ where endsRow(token):
            throw lexer.error("\(owner) is missing its argument", at: offset)
        default:
            return try parsePrimary(single: true)
        }
    }

    /// Attaches any `_`, `^` and primes that follow `base`.
    ///
    /// Primes stay on the baseline after the base (and its subscript): U+2032 is drawn raised
    /// already, and as a superscript Chromium shrinks it to a speck. So `h_t'` is h_t′ and `x'^2`
    /// is (x′)², which read as TeX's do.
    private mutating func parseScripts(on base: Node) throws -> Node {
        var sub: Node?
        var sup: Node?
        var primes: String?
        while true {
            let token = try lexer.peek()
            switch token.kind {
            case .underscore:
                _ = try lexer.next()
                guard sub == nil else {
                    throw lexer.error("double subscript", hint: "brace it: x_{ab}, or {x_a}_b", at: token.offset)
                }
                sub = try parseArgument(of: "_", at: token.offset)
            case .caret:
                _ = try lexer.next()
                guard sup == nil else {
                    throw lexer.error("double superscript", hint: "brace it: x^{ab}, or {x^a}^b", at: token.offset)
                }
                sup = try parseArgument(of: "^", at: token.offset)
            case .other("'"):
                guard sup == nil else {
                    throw lexer.error("a prime after a superscript", hint: "put primes first: x'^2", at: token.offset)
                }
                guard primes == nil else {
                    throw lexer.error("double superscript", hint: "write the primes together: x''", at: token.offset)
                }
                primes = try self.primes()
            default:
                guard let primes else {
                    return sub == nil && sup == nil ? base : .scripts(base: base, sub: sub, sup: sup)
                }
                let subscripted = sub.map { Node.scripts(base: base, sub: $0, sup: nil) } ?? base
                let primed = Node.group([subscripted, .op(primes, .ord)])
                return sup.map { .scripts(base: primed, sub: nil, sup: $0) } ?? primed
            }
        }
    }

    /// A run of `'`, as one prime character where Unicode has one (′ ″ ‴).
    private mutating func primes() throws -> String {
        var count = 0
        while try lexer.peek().kind == .other("'") {
            _ = try lexer.next()
            count += 1
        }
        let combined = [1: "′", 2: "″", 3: "‴"]
        return combined[count] ?? String(repeating: "′", count: count)
    }

    /// A letter in the current font. Under `\mathrm` a run of letters is one word (`softmax`).
    private mutating func word(startingWith letter: Character, single: Bool) throws -> Node {
        if let styled = font.map(letter) { return .identifier(String(styled), upright: false) }
        guard font == .roman else { return .identifier(String(letter), upright: false) }
        var text = String(letter)
        while !single, case .letter(let next) = try lexer.peek().kind {
            _ = try lexer.next()
            text.append(next)
        }
        return .identifier(text, upright: true)
    }

    /// Digits, with one decimal point between digits (`0.5`, `3.14`).
    private mutating func number(startingWith digit: Character, single: Bool) throws -> Node {
        var text = String(digit)
        while !single {
            var ahead = lexer
            let token = try ahead.next()
            if case .digit(let next) = token.kind {
                text.append(next)
            } else if token.kind == .other("."), !text.contains("."), case .digit(let next) = try ahead.next().kind {
                text += "." + String(next)
            } else {
                break
            }
            lexer = ahead
        }
        return .number(String(text.map { font.map($0) ?? $0 }))
    }

    /// A character other than a letter, digit or TeX special.
    private mutating func symbol(_ character: Character, at offset: Int) throws -> Node {
        if let symbol = Symbols.characters[character] ?? Symbols.unicodeSymbols[character] {
            return node(for: symbol)
        }
        if character.isLetter { return try word(startingWith: character, single: true) }
        let hint = character == "$" ? "the formula is already in math mode; remove the $" : nil
        throw lexer.error("unexpected character \(character)", hint: hint, at: offset)
    }

    func node(for symbol: Symbol) -> Node {
        switch symbol {
        case .identifier(let text, let upright):
            if let styled = text.first.flatMap(font.map), text.count == 1 {
                return .identifier(String(styled), upright: false)
            }
            return .identifier(text, upright: upright)
        case .op(let text, let atomClass): return .op(text, atomClass)
        case .function(let name, let limits): return .function(name, limits: limits)
        case .space(let width): return .space(width)
        }
    }
}
