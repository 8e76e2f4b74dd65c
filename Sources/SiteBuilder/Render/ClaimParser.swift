import Directives
import Foundation

/// Reads the text of a `{{claim: …}}` into a `Claim`, or says what is wrong and where.
struct ClaimParser {
    struct Failure: Error, Equatable {
        let message: String
    }

    private enum Token: Equatable {
        case number(Double)
        case word(String)
        case symbol(String)
        case end
    }

    private var tokens: [(token: Token, column: Int)] = []
    private var position = 0
    private let text: String

    static func parse(_ text: String) throws(Failure) -> Claim {
        var parser = try ClaimParser(text)
        return try parser.claim()
    }

    private init(_ text: String) throws(Failure) {
        self.text = text
        let scalars = Array(text.unicodeScalars)
        var k = 0
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            (s.isASCII && s.properties.isAlphabetic) || ("0"..."9").contains(s) || s == "_" || s == "-" || s == "."
        }
        while k < scalars.count {
            let s = scalars[k]
            let column = k + 1
            if s == " " || s == "\t" {
                k += 1
            } else if ("0"..."9").contains(s) || (s == "." && k + 1 < scalars.count && ("0"..."9").contains(scalars[k + 1])) {
                var end = k
                while end < scalars.count, ("0"..."9").contains(scalars[end]) || scalars[end] == "." || scalars[end] == "e"
                        || ((scalars[end] == "-" || scalars[end] == "+") && end > k && scalars[end - 1] == "e") {
                    end += 1
                }
                let literal = String(String.UnicodeScalarView(scalars[k..<end]))
                guard let number = Double(literal) else { throw Failure(message: "'\(literal)' at column \(column) is not a number") }
                tokens.append((.number(number), column))
                k = end
            } else if (s.isASCII && s.properties.isAlphabetic) {
                var end = k
                while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
                tokens.append((.word(String(String.UnicodeScalarView(scalars[k..<end]))), column))
                k = end
            } else {
                let two = k + 1 < scalars.count ? String(String.UnicodeScalarView([s, scalars[k + 1]])) : ""
                if ["<=", ">=", "==", "!="].contains(two) {
                    tokens.append((.symbol(two), column))
                    k += 2
                } else if "<>+-*/(),".unicodeScalars.contains(s) {
                    tokens.append((.symbol(String(s)), column))
                    k += 1
                } else {
                    throw Failure(message: "unexpected '\(s)' at column \(column)")
                }
            }
        }
        tokens.append((.end, scalars.count + 1))
    }

    private var current: Token { tokens[position].token }

    private func fail(_ expected: String) -> Failure {
        let (token, column) = tokens[position]
        let found: String
        switch token {
        case .number(let x): found = "'\(x)'"
        case .word(let w): found = "'\(w)'"
        case .symbol(let s): found = "'\(s)'"
        case .end: found = "the end"
        }
        return Failure(message: "expected \(expected) at column \(column), found \(found)")
    }

    private mutating func take(_ symbol: String) -> Bool {
        guard current == .symbol(symbol) else { return false }
        position += 1
        return true
    }

    private mutating func claim() throws(Failure) -> Claim {
        guard current != .end else { throw Failure(message: "is empty; write a comparison such as a.x > b.y") }
        var chains = [try comparison()]
        while current == .word("and") {
            position += 1
            chains.append(try comparison())
        }
        guard current == .end else { throw fail("'and' or the end of the claim") }
        return Claim(chains: chains, text: text.trimmingCharacters(in: .whitespaces))
    }

    private mutating func comparison() throws(Failure) -> Claim.Chain {
        var operands = [try sum()]
        var comparisons: [Claim.Comparison] = []
        while case .symbol(let s) = current, let comparison = Claim.Comparison(rawValue: s) {
            position += 1
            comparisons.append(comparison)
            operands.append(try sum())
        }
        guard !comparisons.isEmpty else { throw fail("a comparison (<, <=, >, >=, == or !=)") }
        return Claim.Chain(operands: operands, comparisons: comparisons)
    }

    private mutating func sum() throws(Failure) -> Claim.Expression {
        var left = try product()
        while case .symbol(let s) = current, s == "+" || s == "-" {
            position += 1
            left = .binary(left, Character(s), try product())
        }
        return left
    }

    private mutating func product() throws(Failure) -> Claim.Expression {
        var left = try unary()
        while case .symbol(let s) = current, s == "*" || s == "/" {
            position += 1
            left = .binary(left, Character(s), try unary())
        }
        return left
    }

    private mutating func unary() throws(Failure) -> Claim.Expression {
        if take("-") { return .negate(try unary()) }
        return try primary()
    }

    private mutating func primary() throws(Failure) -> Claim.Expression {
        switch current {
        case .number(let x):
            position += 1
            return .number(x)
        case .symbol("("):
            position += 1
            let inner = try sum()
            guard take(")") else { throw fail("')'") }
            return inner
        case .word(let word):
            if let arity = Claim.functions[word] {
                position += 1
                guard take("(") else { throw fail("'(' after \(word)") }
                var arguments = [try sum()]
                while take(",") { arguments.append(try sum()) }
                guard take(")") else { throw fail("',' or ')'") }
                guard arity.contains(arguments.count) else {
                    throw Failure(message: "\(word) takes "
                        + "\(arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)") "
                        + "values, not \(arguments.count)")
                }
                return .function(word, arguments)
            }
            let parts = word.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, OptionValueParser.isIdentifier(parts[0]), !parts[1].isEmpty,
                  OptionValueParser.isIdentifier(parts[1]) else {
                throw fail("a number or a result written id.name (abs, min and max are the functions)")
            }
            position += 1
            return .reference(id: parts[0], name: parts[1])
        default:
            throw fail("a number, a result id.name or '('")
        }
    }
}
