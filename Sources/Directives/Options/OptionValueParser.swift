import Yams

/// Why a value does not fit its option, in words for the author.
struct OptionValueError: Error {
    let message: String
}

/// Turns one YAML value into an `OptionValue` of the declared kind, or says why it cannot.
package struct OptionValueParser {
    let spec: OptionSpec

    func parse(_ node: Node) throws(OptionValueError) -> OptionValue {
        switch spec.kind {
        case .integer(let range):
            return .integer(try integer(node, in: range))
        case .number(let range):
            return .number(try number(node, in: range))
        case .integers(let range, let maxCount):
            return .integers(try list(node, maxCount: maxCount) { (item) throws(OptionValueError) in try integer(item, in: range) })
        case .numbers(let range, let maxCount):
            return .numbers(try list(node, maxCount: maxCount) { (item) throws(OptionValueError) in try number(item, in: range) })
        case .choice(let choices):
            return .text(try choice(node, among: choices))
        case .choices(let choices):
            return .texts(try list(node, maxCount: choices.count) { (item) throws(OptionValueError) in try choice(item, among: choices) })
        case .text(let maxLength):
            return .text(try text(node, maxLength: maxLength))
        case .texts(let maxCount, let maxLength):
            return .texts(try list(node, maxCount: maxCount) { (item) throws(OptionValueError) in try text(item, maxLength: maxLength) })
        case .identifier:
            let word = try scalarText(node, expected: "an identifier")
            guard Self.isIdentifier(word) else {
                throw fail("'\(spec.name)' must start with a letter and use only letters, digits, '_' and '-', not '\(word)'")
            }
            return .text(word)
        case .dataPath:
            let path = try scalarText(node, expected: "a file path")
            guard !path.isEmpty else { throw fail("'\(spec.name)' is empty; give a file path relative to the lessons folder") }
            return .text(path)
        }
    }

    package static func isIdentifier(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.isASCIILetter, word.count <= 64 else { return false }
        return word.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }

    private func choice(_ node: Node, among choices: [String]) throws(OptionValueError) -> String {
        let word = try scalarText(node, expected: "one of " + choices.joined(separator: ", "))
        guard choices.contains(word) else {
            throw fail("'\(word)' is not allowed for '\(spec.name)'\(DidYouMean.hint(for: word, among: choices)); use one of: "
                + "\(choices.joined(separator: ", "))")
        }
        return word
    }

    private func integer(_ node: Node, in range: ClosedRange<Int>) throws(OptionValueError) -> Int {
        guard node.resolvedTag == .int, let value = node.int else {
            throw fail("'\(spec.name)' must be an integer, not \(describe(node))")
        }
        guard range.contains(value) else {
            throw fail("'\(spec.name)' is \(value), outside the allowed \(range.lowerBound)…\(range.upperBound)")
        }
        return value
    }

    private func number(_ node: Node, in range: ClosedRange<Double>) throws(OptionValueError) -> Double {
        guard node.resolvedTag == .int || node.resolvedTag == .float, let value = node.float, value.isFinite else {
            throw fail("'\(spec.name)' must be a finite number, not \(describe(node))")
        }
        guard range.contains(value) else {
            throw fail("'\(spec.name)' is \(value), "
                + "outside the allowed \(OptionKind.format(range.lowerBound))…\(OptionKind.format(range.upperBound))")
        }
        return value
    }

    private func text(_ node: Node, maxLength: Int) throws(OptionValueError) -> String {
        let value = try scalarText(node, expected: "text")
        guard value.count <= maxLength else { throw fail("'\(spec.name)' is \(value.count) characters long; the limit is \(maxLength)") }
        return value
    }

    /// Accepts one value or a list of them, so `seeds: 7` and `seeds: [7, 8]` both work.
    private func list<T>(_ node: Node, maxCount: Int, _ item: (Node) throws(OptionValueError) -> T) throws(OptionValueError) -> [T] {
        guard case .sequence(let sequence) = node else { return [try item(node)] }
        guard !sequence.isEmpty else { throw fail("'\(spec.name)' is an empty list") }
        guard sequence.count <= maxCount else { throw fail("'\(spec.name)' has \(sequence.count) entries; the limit is \(maxCount)") }
        var result: [T] = []
        for element in sequence { result.append(try item(element)) }
        return result
    }

    private func scalarText(_ node: Node, expected: String) throws(OptionValueError) -> String {
        guard case .scalar(let scalar) = node else { throw fail("'\(spec.name)' must be \(expected), not \(describe(node))") }
        return scalar.string
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): "'\(scalar.string)'"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }

    private func fail(_ message: String) -> OptionValueError { OptionValueError(message: message) }
}

private extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

extension Node {
    /// The YAML type the value resolved to: a quoted "4" is a string, a plain 4 an integer.
    var resolvedTag: Tag.Name { Tag.Name(rawValue: tag.description) }
}
