/// One lexical unit of the TeX source, with the offset of its first character.
struct Token: Equatable {
    enum Kind: Equatable {
        /// `\name` (letters) or a control symbol such as `\,` or `\\`; the name excludes the backslash.
        case command(String)
        case letter(Character)
        /// A single digit: numbers are assembled by the parser, because TeX's `x^10` and `\frac12`
        /// take one digit as an argument.
        case digit(Character)
        /// Any other character that may appear in math: `+`, `(`, `'`, `σ`…
        case other(Character)
        case beginGroup, endGroup, caret, underscore, alignmentTab, end
    }

    let kind: Kind
    let offset: Int
}

/// Splits TeX source into tokens, skipping the spaces that math mode ignores. `\text{…}` needs the
/// raw characters instead, so the lexer also reads a braced group verbatim. It is a value type: the
/// parser looks ahead by copying it.
struct Lexer {
    let source: [Character]
    private(set) var position = 0

    init(_ source: String) {
        self.source = Array(source)
    }

    func error(_ reason: String, hint: String? = nil, at offset: Int) -> MathError {
        MathError(reason, hint: hint, at: offset, in: source)
    }

    func peek() throws -> Token {
        var copy = self
        return try copy.next()
    }

    mutating func next() throws -> Token {
        while position < source.count, source[position].isWhitespace { position += 1 }
        let start = position
        guard position < source.count else { return Token(kind: .end, offset: start) }
        let character = source[position]
        position += 1
        let kind: Token.Kind
        switch character {
        case "\\": kind = try command(startingAt: start)
        case "{": kind = .beginGroup
        case "}": kind = .endGroup
        case "^": kind = .caret
        case "_": kind = .underscore
        case "&": kind = .alignmentTab
        case "%":
            throw error("'%' starts a TeX comment, which formulas here do not allow", hint: "write \\% for a percent sign", at: start)
        case _ where character.isASCII && character.isLetter: kind = .letter(character)
        case _ where character.isASCII && character.isNumber: kind = .digit(character)
        default:
            try requireRenderable(character, at: start)
            kind = .other(character)
        }
        return Token(kind: kind, offset: start)
    }

    private mutating func command(startingAt start: Int) throws -> Token.Kind {
        guard position < source.count else {
            throw error("a lone backslash ends the formula", at: start)
        }
        let first = source[position]
        guard first.isASCII, first.isLetter else {
            try requireRenderable(first, at: position)
            position += 1
            // A newline after a backslash is TeX's control space, like "\ ".
            return .command(first.isWhitespace ? " " : String(first))
        }
        var name = ""
        while position < source.count, source[position].isASCII, source[position].isLetter {
            name.append(source[position])
            position += 1
        }
        return .command(name)
    }

    /// Reads a braced group verbatim, for `\text{…}`, `\operatorname{…}` and environment names.
    /// Inner braces only group (as in TeX); `\{ \} \% \& \_ \$ \#` and `\ ` are the escapes text
    /// needs. Runs of spaces become one, as in TeX; the returned offset is the opening brace's.
    mutating func verbatimGroup(for command: String) throws -> (text: String, offset: Int) {
        let open = try next()
        guard open.kind == .beginGroup else {
            throw error("\\\(command) needs a braced argument", hint: "write \\\(command){…}", at: open.offset)
        }
        var text = ""
        var depth = 1
        while position < source.count {
            let character = source[position]
            position += 1
            switch character {
            case "{":
                depth += 1
            case "}":
                depth -= 1
                if depth == 0 { return (text, open.offset) }
            case "\\":
                guard position < source.count, "{}%&_$# ".contains(source[position]) else {
                    throw error("commands are not allowed inside \\\(command){…}", hint: "only \\{ \\} \\% \\& \\_ \\$ "
                        + "\\# and \\ (a space) are", at: position - 1)
                }
                text.append(source[position])
                position += 1
            case _ where character.isWhitespace:
                if text.last != " " { text.append(" ") }
            default:
                try requireRenderable(character, at: position - 1)
                text.append(character)
            }
        }
        throw error("missing } to close \\\(command){", at: open.offset)
    }

    /// Rejects what XML or HTML cannot carry (control characters, noncharacters), so the output is
    /// well formed whatever the input.
    private func requireRenderable(_ character: Character, at offset: Int) throws {
        for scalar in character.unicodeScalars {
            let value = scalar.value
            let control = (value < 0x20 && !character.isWhitespace) || (0x7F...0x9F).contains(value)
            let nonCharacter = (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
            if control || nonCharacter {
                let code = "U+" + String(value, radix: 16, uppercase: true)
                throw error("the character \(code) cannot appear in a formula", at: offset)
            }
        }
    }
}
