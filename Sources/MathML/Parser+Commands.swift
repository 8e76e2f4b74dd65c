/// What each command does: the ones with arguments are handled here, the rest come from `Symbols`.
extension Parser {
    mutating func command(_ name: String, at offset: Int) throws -> Node {
        switch name {
        case "frac":
            let numerator = try parseArgument(of: "\\frac", at: offset)
            return .fraction(numerator, try parseArgument(of: "\\frac", at: offset))
        case "sqrt":
            return try squareRoot(at: offset)
        case "left":
            return try fenced(at: offset)
        case "begin":
            return try environment(at: offset)
        case "mathbf": return try styled(.bold, by: name, at: offset)
        case "mathrm": return try styled(.roman, by: name, at: offset)
        case "boldsymbol": return try styled(.boldItalic, by: name, at: offset)
        case "mathbb": return try styled(.doubleStruck, by: name, at: offset)
        case "mathcal": return try styled(.calligraphic, by: name, at: offset)
        case "text":
            return .text(try lexer.verbatimGroup(for: name).text)
        case "operatorname":
            let (text, braceOffset) = try lexer.verbatimGroup(for: name)
            // Spaces were already collapsed to one; drop those at the ends.
            let trimmed = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            guard !trimmed.isEmpty else { throw lexer.error("\\operatorname needs a name", at: braceOffset) }
            return .function(trimmed, limits: false)
        case "underbrace":
            return .underbrace(try parseArgument(of: "\\underbrace", at: offset))
        default:
            if let (mark, fullSize) = Symbols.accents[name] {
                return .accent(try parseArgument(of: "\\" + name, at: offset), mark: mark, fullSize: fullSize)
            }
            if let symbol = Symbols.commands[name] {
                return node(for: symbol)
            }
            let hint = Suggestions.closest(to: name, among: Symbols.commandNames).map { "did you mean \\\($0)?" }
            throw lexer.error("unknown command \\\(name)", hint: hint, at: offset)
        }
    }

    /// `\mathbf{…}` and friends: the argument is parsed with letters mapped to the font, as in TeX,
    /// so `\mathbf{W_f}` makes the subscript bold too.
    private mutating func styled(_ style: Font, by name: String, at offset: Int) throws -> Node {
        let outer = font
        font = style
        defer { font = outer }
        return try parseArgument(of: "\\" + name, at: offset)
    }

    private mutating func squareRoot(at offset: Int) throws -> Node {
        var index: Node?
        let bracket = try lexer.peek()
        if bracket.kind == .other("[") {
            _ = try lexer.next()
            index = .group(try parseRow(closedByBracket: true))
            let close = try lexer.next()
            guard close.kind == .other("]") else {
                if close.kind == .end { throw lexer.error("missing ] to close \\sqrt[", at: bracket.offset) }
                throw misplaced(close)
            }
        }
        return .root(try parseArgument(of: "\\sqrt", at: offset), index: index)
    }

    /// `\left( … \right)`: the pair must close within the same group or cell, as in TeX.
    private mutating func fenced(at offset: Int) throws -> Node {
        let open = try delimiter(after: "left")
        let body = try parseRow()
        let right = try lexer.next()
        guard right.kind == .command("right") else {
            if right.kind == .end || right.kind == .endGroup {
                throw lexer.error("\\left has no matching \\right", hint: "close it with \\right) or \\right. "
                    + "before the group or formula ends", at: offset)
            }
            throw misplaced(right)
        }
        return .fenced(open: open, body: body, close: try delimiter(after: "right"))
    }

    private mutating func delimiter(after command: String) throws -> String {
        let token = try lexer.next()
        let name: String
        switch token.kind {
        case .other(let character): name = String(character)
        case .command(let command): name = "\\" + command
        default: name = ""
        }
        guard let delimiter = Symbols.delimiters[name] else {
            throw lexer.error("\\\(command) needs a delimiter", hint: "use one of ( ) [ ] \\{ \\} | \\| "
                + "\\lVert \\rVert, or . for none", at: token.offset)
        }
        return delimiter
    }

    /// `\begin{name} … \end{name}`: cells separated by `&`, rows by `\\`.
    private mutating func environment(at offset: Int) throws -> Node {
        let (name, nameOffset) = try lexer.verbatimGroup(for: "begin")
        let kinds: [String: (kind: Table.Kind, columns: Int)] = [
            "aligned": (.aligned, Int.max),
            "cases": (.cases, 2),
            // amsmath's default limit (MaxMatrixCols), which keeps matrices small.
            "matrix": (.matrix(open: "", close: ""), 10),
            "pmatrix": (.matrix(open: "(", close: ")"), 10),
            "bmatrix": (.matrix(open: "[", close: "]"), 10),
        ]
        guard let (kind, columns) = kinds[name] else {
            let hint = Suggestions.closest(to: name, among: kinds.keys.sorted()).map { "did you mean \($0)?" }
                ?? "use aligned, cases, matrix, pmatrix or bmatrix"
            throw lexer.error("unknown environment \(name)", hint: hint, at: nameOffset)
        }
        environmentDepth += 1
        defer { environmentDepth -= 1 }
        var rows: [[[Node]]] = [[]]
        while true {
            rows[rows.count - 1].append(try parseRow())
            let token = try lexer.next()
            switch token.kind {
            case .alignmentTab:
                guard rows[rows.count - 1].count < columns else {
                    throw lexer.error("too many columns: \(name) has at most \(columns)", at: token.offset)
                }
            case .command("\\"):
                rows.append([])
            case .command("end"):
                let (end, endOffset) = try lexer.verbatimGroup(for: "end")
                guard end == name else {
                    throw lexer.error("\\end{\(end)} closes \\begin{\(name)}", hint: "write \\end{\(name)}", at: endOffset)
                }
                // A trailing \\ leaves an empty last row, which TeX ignores too.
                if rows.count > 1, rows[rows.count - 1] == [[]] { rows.removeLast() }
                return .table(Table(kind: kind, rows: rows))
            case .end:
                throw lexer.error("\\begin{\(name)} has no matching \\end{\(name)}", at: offset)
            default:
                throw misplaced(token)
            }
        }
    }
}
