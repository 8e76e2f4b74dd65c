import Yams

/// Reads a directive body (or front matter) as YAML and checks it against the declared options.
///
/// Every problem becomes a `Diagnostic` at the line of the offending option, with a
/// did-you-mean for misspelt names; all problems in one block are reported together.
package struct OptionParser {
    let specs: [OptionSpec]
    /// The file the YAML came from, for messages.
    let file: String
    /// The file line of the YAML's first line, minus one: YAML line n is file line `lineBase + n`.
    let lineBase: Int
    /// Names the block in messages: "directive {forecast}" or "front matter".
    let context: String

    package init(specs: [OptionSpec], file: String, lineBase: Int, context: String) {
        self.specs = specs
        self.file = file
        self.lineBase = lineBase
        self.context = context
    }

    package func parse(_ yaml: String, directiveLine: Int) throws(Diagnostics) -> ResolvedOptions {
        let root: Node?
        do {
            root = try YAMLGuard.compose(yaml)
        } catch let refused as YAMLGuard.Refused {
            throw Diagnostics([Diagnostic(file: file, line: lineBase + refused.line, message: "the \(context) is not accepted: " + refused.message)])
        } catch {
            throw Diagnostics([yamlDiagnostic(error)])
        }
        return try resolve(root, directiveLine: directiveLine)
    }

    func resolve(_ root: Node?, directiveLine: Int) throws(Diagnostics) -> ResolvedOptions {
        var problems: [Diagnostic] = []
        var values: [String: OptionValue] = [:]
        var lines: [String: Int] = [:]

        var pairs: [(key: Node, value: Node)] = []
        switch root {
        case nil:
            break
        case .mapping(let mapping)?:
            pairs = Array(mapping)
        case .scalar(let scalar)? where scalar.string.isEmpty || root?.resolvedTag == .null:
            break
        case let other?:
            throw Diagnostics([diagnostic(at: other.mark, "the \(context) must be a set of `name: value` lines")])
        }

        let known = specs.map(\.name)
        for (key, value) in pairs {
            guard case .scalar(let keyScalar) = key else {
                problems.append(diagnostic(at: key.mark, "option names must be plain words"))
                continue
            }
            let name = keyScalar.string
            guard let spec = specs.first(where: { $0.name == name }) else {
                let list = known.isEmpty ? "it takes no options" : "known options: " + known.joined(separator: ", ")
                problems.append(diagnostic(at: key.mark, "unknown option '\(name)' for "
                    + "\(context)\(DidYouMean.hint(for: name, among: known)); \(list)"))
                continue
            }
            if lines[name] != nil {
                problems.append(diagnostic(at: key.mark, "option '\(name)' is given twice"))
                continue
            }
            lines[name] = lineBase + (key.mark?.line ?? 1)
            do {
                values[name] = try OptionValueParser(spec: spec).parse(value)
            } catch {
                problems.append(diagnostic(at: value.mark ?? key.mark, error.message))
            }
        }
        for spec in specs where values[spec.name] == nil && lines[spec.name] == nil {
            if let defaultValue = spec.defaultValue {
                values[spec.name] = defaultValue
            } else if spec.isRequired {
                problems.append(Diagnostic(file: file, line: directiveLine, message: "\(context) needs option '\(spec.name)' "
                    + "(\(spec.kind.summary)): \(spec.doc)"))
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return ResolvedOptions(values: values, lines: lines, directiveLine: directiveLine)
    }

    private func diagnostic(at mark: Mark?, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: lineBase + (mark?.line ?? 1), message: message)
    }

    private func yamlDiagnostic(_ error: any Error) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return Diagnostic(file: file, line: lineBase + 1, message: "the \(context) is not valid YAML")
        }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return diagnostic(at: mark, "the \(context) is not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return diagnostic(at: context.mark, "option '\(duplicates.first ?? "?")' is given twice")
        default:
            return Diagnostic(file: file, line: lineBase + 1, message: "the \(context) is not valid YAML")
        }
    }
}
