import Foundation

/// `{{claim: EXPRESSION}}` in prose: a comparison over a lesson's named results that must hold,
/// so a sentence such as "the LSTM beats the RNN" cannot turn false silently when a rerun moves
/// the numbers. The claim itself shows nothing; the sentence around it is what the reader reads.
///
/// Grammar (spaces are free, except that `-` between two references needs them, because ids may
/// contain `-`):
///
///     claim      := comparison ("and" comparison)*
///     comparison := sum (("<" | "<=" | ">" | ">=" | "==" | "!=") sum)+     (a < b < c chains)
///     sum        := product (("+" | "-") product)*
///     product    := unary (("*" | "/") unary)*
///     unary      := "-" unary | primary
///     primary    := NUMBER | ID "." NAME | "(" sum ")" | ("abs" | "min" | "max") "(" sum ("," sum)* ")"
///
/// References are compared at full precision, not as rounded on the page.
struct Claim: Equatable {
    indirect enum Expression: Equatable {
        case number(Double)
        case reference(id: String, name: String)
        case negate(Expression)
        case binary(Expression, Character, Expression)
        case function(String, [Expression])
    }

    enum Comparison: String, CaseIterable {
        case lessOrEqual = "<=", greaterOrEqual = ">=", equal = "==", notEqual = "!=", less = "<", greater = ">"

        func holds(_ a: Double, _ b: Double) -> Bool {
            switch self {
            case .less: return a < b
            case .lessOrEqual: return a <= b
            case .greater: return a > b
            case .greaterOrEqual: return a >= b
            case .equal: return a == b
            case .notEqual: return a != b
            }
        }
    }

    /// One chain `a op b op c …`: every neighbouring pair must hold.
    struct Chain: Equatable {
        let operands: [Expression]
        let comparisons: [Comparison]
    }

    /// All must hold.
    let chains: [Chain]
    /// The claim as written, for messages.
    let text: String

    /// Every `id.name` the claim reads, in order of appearance.
    var references: [(id: String, name: String)] {
        func collect(_ e: Expression) -> [(id: String, name: String)] {
            switch e {
            case .number: return []
            case .reference(let id, let name): return [(id, name)]
            case .negate(let inner): return collect(inner)
            case .binary(let a, _, let b): return collect(a) + collect(b)
            case .function(_, let arguments): return arguments.flatMap(collect)
            }
        }
        return chains.flatMap { $0.operands.flatMap(collect) }
    }

    static let functions = ["abs": 1...1, "min": 2...8, "max": 2...8]

    /// The value of `e`, reading references through `lookup`.
    static func value(_ e: Expression, _ lookup: (String, String) -> Double) -> Double {
        switch e {
        case .number(let x): return x
        case .reference(let id, let name): return lookup(id, name)
        case .negate(let inner): return -value(inner, lookup)
        case .binary(let a, let op, let b):
            let (x, y) = (value(a, lookup), value(b, lookup))
            switch op {
            case "+": return x + y
            case "-": return x - y
            case "*": return x * y
            default: return x / y
            }
        case .function(let name, let arguments):
            let xs = arguments.map { value($0, lookup) }
            switch name {
            case "abs": return abs(xs[0])
            case "min": return xs.min()!
            default: return xs.max()!
            }
        }
    }

    /// Whether every comparison holds, reading references through `lookup`.
    func holds(_ lookup: (String, String) -> Double) -> Bool {
        chains.allSatisfy { chain in
            let values = chain.operands.map { Self.value($0, lookup) }
            return chain.comparisons.indices.allSatisfy { chain.comparisons[$0].holds(values[$0], values[$0 + 1]) }
        }
    }
}
