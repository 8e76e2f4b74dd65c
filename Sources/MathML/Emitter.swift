/// TeX's styles, which decide what the browser cannot: whether `\sum` and `\max` take their
/// scripts underneath (display) and whether operators are spaced (not in scripts, where TeX sets
/// `t-1` tight but browsers would space it as on the baseline).
enum Style {
    case display, text, script

    /// The style of a fraction's numerator and denominator, as in TeX and in MathML Core's `mfrac`.
    var fraction: Style { self == .display ? .text : .script }
}

/// Writes MathML Core markup for parsed nodes.
///
/// Only elements and attributes of MathML Core are used, so the markup renders natively in Chromium
/// and Firefox and passes the Nu HTML checker.
struct Emitter {
    private(set) var output = ""

    /// Emits `nodes` as the children of an existing row-like element (`<math>`, `<mrow>`, `<mtd>`…).
    /// `previous` is the class of what precedes the first node there (an opening fence, say).
    mutating func emitRow(_ nodes: [Node], style: Style, after previous: AtomClass? = nil) {
        var previous = previous
        for (index, node) in nodes.enumerated() {
            // TeX's rule for signs: a binary operator with nothing, an operator, a relation, an
            // opening bracket or punctuation before it is unary (`x = -1`, `(-x)`), so it gets no
            // spacing; MathML Core only looks at the position within the row.
            let unary = previous.map { [.bin, .rel, .open, .punct, .largeOp].contains($0) } ?? true
            emitElement(node, style: style, unary: unary)
            let next = index + 1 < nodes.count ? nodes[index + 1] : nil
            if node.isFunction, let next {
                output += "<mo>&#x2061;</mo>"
                // TeX puts a thin space between a function name and its argument, but not a bracket.
                if next.atomClass != .open, !next.isFenced { output += "<mspace width=\"0.1667em\"/>" }
            }
            // Spaces are glue, not atoms: `= \, -1` still has a sign.
            if case .space = node { continue }
            previous = node.atomClass
        }
    }

    /// Emits `node` as exactly one element, as the children of `<msub>`, `<mfrac>`… must be.
    mutating func emitElement(_ node: Node, style: Style, unary: Bool = true) {
        switch node {
        case .identifier(let text, let upright):
            identifier(text, upright: upright)
        case .number(let digits):
            output += "<mn>\(Emitter.escaped(digits))</mn>"
        case .op(let text, let atomClass):
            output += "<mo\(Emitter.attributes(text, atomClass, unary: unary, style: style))>\(Emitter.escaped(text))</mo>"
        case .function(let name, _):
            identifier(name, upright: true)
        case .text(let text):
            output += "<mtext>\(Emitter.escapedText(text))</mtext>"
        case .space(let width):
            output += "<mspace width=\"\(width)\"/>"
        case .group(let children) where children.count == 1:
            emitElement(children[0], style: style, unary: unary)
        case .group(let children):
            output += "<mrow>"
            emitRow(children, style: style)
            output += "</mrow>"
        case .scripts(let base, let sub, let sup):
            scripts(base: base, sub: sub, sup: sup, style: style)
        case .fraction(let numerator, let denominator):
            output += "<mfrac>"
            emitElement(numerator, style: style.fraction)
            emitElement(denominator, style: style.fraction)
            output += "</mfrac>"
        case .root(let radicand, nil):
            output += "<msqrt>"
            emitElement(radicand, style: style)
            output += "</msqrt>"
        case .root(let radicand, let index?):
            output += "<mroot>"
            emitElement(radicand, style: style)
            emitElement(index, style: .script)
            output += "</mroot>"
        case .fenced(let open, let body, let close):
            let stretchy = body.contains(where: \.isTall)
            output += "<mrow>"
            fence(open, form: "prefix", stretchy: stretchy)
            emitRow(body, style: style, after: .open)
            fence(close, form: "postfix", stretchy: stretchy)
            output += "</mrow>"
        case .accent(let base, let mark, let fullSize):
            output += fullSize ? "<mover accent=\"true\">" : "<mover>"
            emitElement(base, style: style)
            output += "<mo stretchy=\"false\">\(Emitter.escaped(mark))</mo></mover>"
        case .underbrace(let body):
            output += "<munder accentunder=\"true\">"
            emitElement(body, style: style)
            output += "<mo stretchy=\"true\">⏟</mo></munder>"
        case .table(let table):
            self.table(table)
        }
    }

    private mutating func identifier(_ text: String, upright: Bool) {
        // Browsers italicize a one-letter <mi>; mathvariant="normal" (the only value MathML Core
        // keeps) undoes that for upright Greek capitals, \mathrm{d} and one-letter function names.
        let normal = upright && text.count == 1 && text.unicodeScalars.allSatisfy(Emitter.italicizable)
        output += (normal ? "<mi mathvariant=\"normal\">" : "<mi>") + Emitter.escaped(text) + "</mi>"
    }

    private mutating func scripts(base: Node, sub: Node?, sup: Node?, style: Style) {
        let limits = base.takesLimits(display: style == .display)
        let tag = switch (sub, sup) {
        case (_?, _?): limits ? "munderover" : "msubsup"
        case (_?, nil): limits ? "munder" : "msub"
        default: limits ? "mover" : "msup"
        }
        output += "<\(tag)>"
        emitElement(base, style: style)
        if let sub { emitElement(sub, style: .script) }
        if let sup { emitElement(sup, style: .script) }
        output += "</\(tag)>"
    }

    private mutating func table(_ table: Table) {
        let open: String, close: String
        switch table.kind {
        case .aligned: (open, close) = ("", "")
        case .cases: (open, close) = ("{", "")
        case .matrix(let left, let right): (open, close) = (left, right)
        }
        let fenced = !open.isEmpty
        if fenced {
            output += "<mrow>"
            fence(open, form: "prefix", stretchy: true)
        }
        // aligned is set in display style, like TeX's; cases and matrices in text style (the default).
        output += table.kind == .aligned ? "<mtable displaystyle=\"true\">" : "<mtable>"
        for row in table.rows {
            output += "<mtr>"
            for (column, cell) in row.enumerated() {
                output += "<mtd\(Emitter.cellStyle(table.kind, column: column, columns: row.count))>"
                emitRow(cell, style: table.kind == .aligned ? .display : .text)
                output += "</mtd>"
            }
            output += "</mtr>"
        }
        output += "</mtable>"
        fence(close, form: "postfix", stretchy: true)
        if fenced { output += "</mrow>" }
    }

    /// A delimiter of `\left…\right` or of an environment; TeX's empty delimiter `.` prints nothing.
    private mutating func fence(_ delimiter: String, form: String, stretchy: Bool) {
        guard !delimiter.isEmpty else { return }
        output += "<mo form=\"\(form)\" stretchy=\"\(stretchy)\">\(Emitter.escaped(delimiter))</mo>"
    }

    /// Column alignment as CSS, since MathML Core has no `columnalign`: Firefox and Safari align an
    /// `<mtd>` by `text-align`, Chromium only by `justify-items`. aligned pairs a right-aligned column
    /// with a left-aligned one and no gap, so `a &= b` reads as one equation; pairs are 2em apart,
    /// as in amsmath. Cases and matrices drop the outer cell padding, as amsmath does, so the
    /// brackets sit close.
    private static func cellStyle(_ kind: Table.Kind, column: Int, columns: Int) -> String {
        let right = "text-align:right;justify-items:end", left = "text-align:left;justify-items:start"
        var style: [String]
        switch kind {
        case .aligned where column.isMultiple(of: 2):
            style = [right, "padding-right:0"] + (column == 0 ? [] : ["padding-left:2em"])
        case .aligned:
            style = [left, "padding-left:0"]
        case .cases:
            style = [left, column == 0 ? "padding-left:0" : "padding-left:1em"]
        case .matrix:
            style = column == 0 ? ["padding-left:0"] : []
            if column == columns - 1 { style.append("padding-right:0") }
        }
        return style.isEmpty ? "" : " style=\"\(style.joined(separator: ";"))\""
    }

    /// `mo` attributes that restore TeX's spacing where the operator dictionary differs. TeX sets
    /// no space around operators in scripts (`h_{t-1}`); browsers would space them as on the line.
    private static func attributes(_ text: String, _ atomClass: AtomClass, unary: Bool, style: Style) -> String {
        // Brackets typed without \left/\right keep their size in TeX; MathML would stretch them.
        let stretchy = ["(", ")", "[", "]", "{", "}", "|", "‖"].contains(text) ? " stretchy=\"false\"" : ""
        let unspaced = " lspace=\"0em\" rspace=\"0em\""
        switch atomClass {
        case .open: return " form=\"prefix\"" + stretchy
        case .close: return " form=\"postfix\"" + stretchy
        case .ord: return unspaced + stretchy
        case .bin, .rel, .punct:
            if style == .script { return unspaced }
            // Firefox's dictionary has ⊙ and ⊗ as large operators and enlarges them in display style.
            let small = ["⊙", "⊗"].contains(text) ? " largeop=\"false\"" : ""
            return (atomClass == .bin && unary ? " form=\"prefix\"" : "") + small
        case .largeOp: return ""
        }
    }

    /// Characters that `text-transform: math-auto` would turn italic in a one-character `<mi>`.
    private static func italicizable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x391...0x3A9, 0x3B1...0x3C9, 0x3D1, 0x3D5, 0x3D6, 0x3F0, 0x3F1, 0x3F4, 0x3F5,
             0x131, 0x237, 0x2202, 0x2207:
            true
        default:
            false
        }
    }

    /// Text for XML, by the rule of SVGPlot's `XMLEscape.escape` (MathML depends on no other
    /// module, so it keeps its own copy, and both modules' `EscapingTests` hold it to one table):
    /// `&`, `<`, `>`, `"` and `'` as entities; tab and line breaks as spaces, since a blank line
    /// would end the HTML block a formula sits in; any other character XML 1.0 forbids (C0
    /// controls, U+FFFE, U+FFFF) as U+FFFD. The lexer already rejects those with a message naming
    /// the column, so the last case only keeps a future path around it from writing broken XML.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result += " "
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Text with its outer spaces made non-breaking, since browsers trim them from `<mtext>`
    /// while TeX's `\text{ if }` shows them.
    private static func escapedText(_ text: String) -> String {
        var body = escaped(text)
        if body.hasPrefix(" ") { body = "&#xA0;" + body.dropFirst() }
        if body.hasSuffix(" ") { body = body.dropLast() + "&#xA0;" }
        return body
    }
}
