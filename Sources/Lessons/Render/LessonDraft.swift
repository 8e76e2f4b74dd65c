import Foundation
import MarkdownBridge
import Yams

/// A lesson parsed into a Markdown document, with every directive block found and its options
/// checked. Running the directives happens elsewhere (in parallel, through the cache);
/// `finish` then puts their results in place and renders the page body.
final class LessonDraft {
    let source: LessonSource
    private let document: MarkdownDocument
    /// The directives to run, in reading order.
    private(set) var invocations: [Invocation] = []
    /// Problems found while reading the lesson (unknown directives, bad options, duplicate ids).
    private(set) var problems: [Diagnostic] = []
    private var slots: [(node: MarkdownNode, content: Slot)] = []
    /// Ids of directives that could not even be read: references to them are not reported again.
    private var failedIDs: Set<String> = []

    private enum Slot {
        case invocation(Int)
        case invalid(Diagnostic)
    }

    /// Info strings of the form `{name}` mark a directive.
    static func directiveName(inInfo info: String) -> String? {
        let trimmed = info.trimmingCharacters(in: .whitespaces)
        guard trimmed.count > 2, trimmed.hasPrefix("{"), trimmed.hasSuffix("}") else { return nil }
        return String(trimmed.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
    }

    init(source: LessonSource) {
        self.source = source
        document = MarkdownDocument(source.body, lineOffset: source.bodyLineOffset)
        var idLines: [String: Int] = [:]
        for node in document.nodes where node.kind == .codeBlock {
            guard let info = node.fenceInfo, let name = Self.directiveName(inInfo: info) else { continue }
            switch read(directive: name, node: node) {
            case .success(let invocation):
                if let id = invocation.id {
                    if let first = idLines[id] {
                        let problem = Diagnostic(file: source.displayPath, line: invocation.options.line(of: "id"),
                                                 message: "id '\(id)' is already used by the directive at line \(first); ids must be unique in a lesson")
                        problems.append(problem)
                        slots.append((node, .invalid(problem)))
                        continue
                    }
                    idLines[id] = invocation.line
                }
                slots.append((node, .invocation(invocations.count)))
                invocations.append(invocation)
            case .failure(let found):
                problems += found.all
                slots.append((node, .invalid(found.all[0])))
                if let id = Self.declaredID(in: node.literal ?? "") { failedIDs.insert(id) }
            }
        }
    }

    /// The `id` a directive block declares, read leniently from a block whose options are wrong.
    static func declaredID(in yaml: String) -> String? {
        guard case .mapping(let mapping)? = try? Yams.compose(yaml: yaml),
              let id = mapping.first(where: { $0.key.string == "id" })?.value.string,
              OptionValueParser.isIdentifier(id) else { return nil }
        return id
    }

    /// Turns a recorded output into figures, tables and values.
    private static func present(_ invocation: Invocation, _ output: Result<Data, Diagnostic>) -> Result<DirectiveResult, Diagnostic> {
        output.flatMap { data in
            guard let kind = DirectiveRegistry.kind(named: invocation.kind),
                  let result = kind.presentEncoded(data, options: invocation.options) else {
                return .failure(Diagnostic(file: invocation.file, line: invocation.line, message: "{\(invocation.kind)}: its recorded result could not be read"))
            }
            return .success(result)
        }
    }

    private func read(directive name: String, node: MarkdownNode) -> Result<Invocation, Diagnostics> {
        let file = source.displayPath
        guard let kind = DirectiveRegistry.kind(named: name) else {
            let names = DirectiveRegistry.kinds.map { $0.name }
            return .failure(Diagnostics([Diagnostic(file: file, line: node.startLine,
                message: "unknown directive {\(name)}\(DidYouMean.hint(for: name, among: names)); known: " + names.map { "{\($0)}" }.joined(separator: ", "))]))
        }
        let parser = OptionParser(specs: DirectiveRegistry.options(of: kind), file: file, lineBase: node.startLine, context: "directive {\(name)}")
        do {
            let options = try parser.parse(node.literal ?? "", directiveLine: node.startLine)
            let identity = options.text("id").map { "\(file)#\($0)" } ?? "\(file)#{\(name)}#\(1 + invocations.filter { $0.kind == name }.count)"
            return .success(Invocation(kind: name, options: options, line: node.startLine, file: file, identity: identity))
        } catch {
            return .failure(error)
        }
    }

    /// A lesson's body, ready for its page, with what was found on the way.
    struct Finished {
        let html: String
        let problems: [Diagnostic]
        /// The named values of each directive that succeeded, in reading order.
        let values: [(invocation: Invocation, values: [NamedValue])]
    }

    /// Puts each directive's result (or error box) in its place, substitutes `{{id.name}}`,
    /// renders equations, and returns the body HTML with every problem found on the way.
    func finish(outputs: [Result<Data, Diagnostic>]) -> Finished {
        precondition(outputs.count == invocations.count)
        let results = zip(invocations, outputs).map(Self.present)
        var problems = self.problems
        var valuesByID: [String: [NamedValue]?] = Dictionary(uniqueKeysWithValues: failedIDs.map { ($0, nil) })
        for (invocation, result) in zip(invocations, results) {
            guard let id = invocation.id else { continue }
            // A failed directive's id maps to nil: references to it are not reported again.
            valuesByID.updateValue((try? result.get())?.values, forKey: id)
        }
        for result in results { if case .failure(let problem) = result { problems.append(problem) } }
        let references = References(values: valuesByID, file: source.displayPath)

        var blocks = BlockHTML(language: source.frontMatter.language)
        func place(_ html: String, at node: MarkdownNode) {
            do {
                try node.replace(withHTMLBlock: html)
            } catch {
                problems.append(Diagnostic(file: source.displayPath, line: node.startLine, message: "a directive cannot stand here: \(error)"))
            }
        }
        for (node, slot) in slots {
            switch slot {
            case .invalid(let problem):
                place(BlockHTML.error(problem), at: node)
            case .invocation(let index):
                switch results[index] {
                case .failure(let problem):
                    place(BlockHTML.error(problem), at: node)
                case .success(let result):
                    let line = invocations[index].line
                    let html = result.blocks.map { block in
                        switch block {
                        case .figure(let chart, let caption):
                            blocks.figure(chart, caption: references.substitute(in: caption, line: line, problems: &problems))
                        case .table(let table):
                            blocks.table(table, caption: references.substitute(in: table.caption, line: line, problems: &problems))
                        case .stepper(let stepper, let caption):
                            blocks.stepper(stepper, caption: references.substitute(in: caption, line: line, problems: &problems))
                        }
                    }.joined(separator: "\n")
                    place(html, at: node)
                }
            }
        }

        // Edits below only touch the node being visited or its text neighbours, which the
        // bridge's walk allows.
        for node in document.nodes {
            switch node.kind {
            case .text:
                if let text = node.literal, text.contains("{{") {
                    try? node.setLiteral(references.substitute(in: text, line: node.startLine, problems: &problems))
                }
            case .code:
                // GitHub's inline math: $`…`$, a code span between two dollar signs.
                guard let before = node.previousSibling, before.kind == .text, let left = before.literal, left.hasSuffix("$"),
                      let after = node.nextSibling, after.kind == .text, let right = after.literal, right.hasPrefix("$") else { continue }
                try? before.setLiteral(String(left.dropLast()))
                try? after.setLiteral(String(right.dropFirst()))
                let tex = references.substitute(in: node.literal ?? "", line: node.startLine, problems: &problems)
                _ = try? node.replace(withInlineHTML: Equations.render(tex, display: false, file: source.displayPath, line: node.startLine, problems: &problems))
            case .codeBlock where node.fenceInfo?.trimmingCharacters(in: .whitespaces) == "math":
                // GitHub's display math: a fenced block whose info string is `math`.
                let tex = references.substitute(in: node.literal ?? "", line: node.startLine + 1, problems: &problems)
                place(Equations.render(tex, display: true, file: source.displayPath, line: node.startLine + 1, problems: &problems), at: node)
            default:
                break
            }
        }
        let values = zip(invocations, results).compactMap { invocation, result in
            (try? result.get()).map { (invocation: invocation, values: $0.values) }
        }
        return Finished(html: document.renderHTML(), problems: problems, values: values)
    }
}
