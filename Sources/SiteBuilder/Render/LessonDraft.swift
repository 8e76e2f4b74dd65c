import Directives
import Foundation
import MarkdownBridge
import Yams

/// A lesson parsed into a Markdown document, with every directive block found and its options
/// read. Checking, running and presenting the directives are steps of their own (`Pipeline/`);
/// `finish` then puts their outcomes in place and renders the page body.
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
        document.apply(source.frontMatter.rawHTML)
        var idLines: [String: Int] = [:]
        for node in document.nodes where node.kind == .codeBlock {
            guard let info = node.fenceInfo, let name = Self.directiveName(inInfo: info) else { continue }
            switch read(directive: name, node: node) {
            case .success(let invocation):
                if let id = invocation.id {
                    if let first = idLines[id] {
                        let problem = Diagnostic(file: source.displayPath,
                                                 line: invocation.options.line(of: CommonOptions.name(of: \CommonOptions.id)!),
                                                 message: "id '\(id)' is already used by the directive at line \(first); "
                                                     + "ids must be unique in a lesson")
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
        guard case .mapping(let mapping)? = try? YAMLGuard.compose(yaml),
              let id = mapping.first(where: { $0.key.string == "id" })?.value.string,
              OptionValueParser.isIdentifier(id) else { return nil }
        return id
    }

    private func read(directive name: String, node: MarkdownNode) -> Result<Invocation, Diagnostics> {
        let file = source.displayPath
        guard let kind = DirectiveRegistry.kind(named: name) else {
            let names = DirectiveRegistry.kinds.map { $0.name }
            return .failure(Diagnostics([Diagnostic(file: file, line: node.startLine,
                message: "unknown directive {\(name)}\(DidYouMean.hint(for: name, among: names)); known: "
                    + names.map { "{\($0)}" }.joined(separator: ", "))]))
        }
        let parser = OptionParser(specs: kind.specs, file: file, lineBase: node.startLine, context: "directive {\(name)}")
        let options: ResolvedOptions
        do {
            options = try parser.parse(node.literal ?? "", directiveLine: node.startLine)
        } catch {
            return .failure(error)
        }
        switch kind.configure(options, file: file) {
        case .failure(let problem):
            return .failure(Diagnostics([problem]))
        case .success(let directive):
            let identity = directive.common.id.map { "\(file)#\($0)" } ?? "\(file)#{\(name)}#\(1 + invocations.filter { $0.kind == name }.count)"
            return .success(Invocation(directive: directive, options: options, line: node.startLine, file: file, identity: identity))
        }
    }

    /// A lesson's body, ready for its page, with what was found on the way.
    struct Finished {
        let html: String
        /// What rendering found (references, claims, labels, equations); the directives' own
        /// problems were found before.
        let problems: [Diagnostic]
        /// The named values of each directive that succeeded, in reading order.
        let values: [(invocation: Invocation, values: [NamedValue])]
        /// The page's headings, with ids, for its table of contents and the search index.
        let headings: [PageMarkers.Heading]
        /// Files written beside the page: each chart's CSV and standalone SVG, each trained model's JSON.
        let downloads: [Site.File]
    }

    /// What `finish` numbers before it draws anything: each directive's presented result (nil
    /// when it failed or did not run), its values by id, and the labels of the page's figures,
    /// tables, equations and sections.
    private struct Labelled {
        let results: [DirectiveResult?]
        let valuesByID: [String: [NamedValue]?]
        let numbers: BlockNumbers
        let labels: PageLabels
        let targets: [String: CrossReference.Target]
        let problems: [Diagnostic]
    }

    private func label(_ document: MarkdownDocument, outcomes: [String: DirectiveOutcome]) -> Labelled {
        let words = SiteWords.forLanguage(source.frontMatter.language)
        let results = invocations.map { invocation -> DirectiveResult? in
            guard case .shown(let result)? = outcomes[invocation.identity] else { return nil }
            return result
        }
        var problems: [Diagnostic] = []
        var valuesByID: [String: [NamedValue]?] = Dictionary(uniqueKeysWithValues: failedIDs.map { ($0, nil) })
        for (invocation, result) in zip(invocations, results) {
            guard let id = invocation.id else { continue }
            // A directive that failed or did not run maps to nil: references to it are not
            // reported (its own problem already is).
            valuesByID.updateValue(result?.values, forKey: id)
        }

        // Everything a cross-reference can name is numbered before anything is drawn.
        let numbers = BlockNumbers(results: zip(invocations, results).enumerated().compactMap { index, pair in
            pair.1.map { (index: index, id: pair.0.id, blocks: $0.blocks) }
        }, words: words)
        var targets = numbers.targets
        let labels = PageLabels(document: document, values: valuesByID, file: source.displayPath, words: words,
                                reserved: Set(numbers.targets.values.map(\.anchor)))
        problems += labels.problems
        targets.merge(labels.targets) { first, _ in first }
        return Labelled(results: results, valuesByID: valuesByID, numbers: numbers, labels: labels, targets: targets, problems: problems)
    }

    /// The labels other lessons can point at, as this page numbers them: read from a copy of the
    /// lesson, since labelling marks the headings of the document it reads.
    func targets(outcomes: [String: DirectiveOutcome]) -> [String: CrossReference.Target] {
        let copy = MarkdownDocument(source.body, lineOffset: source.bodyLineOffset)
        copy.apply(source.frontMatter.rawHTML)
        return label(copy, outcomes: outcomes).targets
    }

    /// Puts each directive's outcome (its result, or an error box) in its place, substitutes
    /// references, numbers figures, tables, equations and sections, renders equations and
    /// callouts, and returns the body HTML with the problems found on the way. `outcomes` are by
    /// `Invocation.identity`; a directive without one was not run. `lessons` are the other
    /// lessons' labels, for `{{fig:LESSON/id}}`.
    func finish(outcomes: [String: DirectiveOutcome], bibliography: Bibliography? = nil, lessons: CrossLessons? = nil) -> Finished {
        let file = source.displayPath
        let words = SiteWords.forLanguage(source.frontMatter.language)
        let labelled = label(document, outcomes: outcomes)
        let (numbers, labels) = (labelled.numbers, labelled.labels)
        var problems = labelled.problems
        let references = References(values: labelled.valuesByID, file: file, targets: labelled.targets, bibliography: bibliography,
                                    words: words, lessons: lessons)

        var blocks = BlockHTML(words: words, page: source.slug)
        func place(_ html: String, at node: MarkdownNode) {
            do {
                try node.replace(withHTMLBlock: html)
            } catch {
                problems.append(Diagnostic(file: file, line: node.startLine, message: "a directive cannot stand here: \(error)"))
            }
        }
        for (node, slot) in slots {
            switch slot {
            case .invalid(let problem):
                place(BlockHTML.error(problem), at: node)
            case .invocation(let index):
                switch outcomes[invocations[index].identity] ?? .notRun {
                case .notRun:
                    continue
                case .failed(let problem):
                    place(BlockHTML.error(problem), at: node)
                case .shown(let result):
                    let line = invocations[index].line
                    let anchors = numbers.byInvocation[index] ?? []
                    let html = zip(result.blocks.indices, anchors).map { position, number -> String in
                        let models = blocks.modelLinks(result.models, block: position, anchors: anchors)
                        switch result.blocks[position] {
                        case .figure(let chart, let caption):
                            return blocks.figure(chart, caption: references.html(in: caption, line: line, problems: &problems), number: number,
                                                 models: models)
                        case .table(let table):
                            return blocks.table(table, caption: references.html(in: table.caption, line: line, problems: &problems),
                                                number: number)
                        case .stepper(let stepper, let caption):
                            return blocks.stepper(stepper, caption: references.html(in: caption, line: line, problems: &problems),
                                                  number: number, models: models)
                        case .live(let cell, let caption):
                            return blocks.live(cell, caption: references.html(in: caption, line: line, problems: &problems),
                                               number: number, models: models)
                        }
                    }.joined(separator: "\n")
                    place(html + "\n" + Provenance.html(invocations[index], words: words.provenance), at: node)
                }
            }
        }

        // Edits below only touch the node being visited or its text neighbours, which the
        // bridge's walk allows.
        for node in document.nodes {
            switch node.kind {
            case .text:
                guard let text = node.literal, text.contains("{{") else { continue }
                if References.hasLinks(text) {
                    _ = try? node.replace(withInlineHTML: references.html(in: text, line: node.startLine, problems: &problems))
                } else {
                    try? node.setLiteral(references.substitute(in: text, line: node.startLine, problems: &problems))
                }
            case .code:
                // GitHub's inline math: $`…`$, a code span between two dollar signs.
                guard let before = node.previousSibling, before.kind == .text, let left = before.literal, left.hasSuffix("$"),
                      let after = node.nextSibling, after.kind == .text, let right = after.literal, right.hasPrefix("$") else { continue }
                try? before.setLiteral(String(left.dropLast()))
                try? after.setLiteral(String(right.dropFirst()))
                let tex = references.substitute(in: node.literal ?? "", line: node.startLine, problems: &problems)
                _ = try? node.replace(withInlineHTML: Equations.render(tex, display: false, file: file, line: node.startLine, problems: &problems))
            case .codeBlock:
                // GitHub's display math: a fenced block whose info string is `math`, here
                // optionally labelled `math {#eq:name}`.
                guard let info = node.fenceInfo, CrossReference.equationLabel(inInfo: info) != nil else { continue }
                let tex = references.substitute(in: node.literal ?? "", line: node.startLine + 1, problems: &problems)
                let math = Equations.render(tex, display: true, file: file, line: node.startLine + 1, problems: &problems)
                if let target = labels.equations[node] {
                    place("<div class=\"equation\" id=\"\(target.anchor)\">\(math)<span "
                        + "class=\"equation-number\">\(HTML.escape(target.number))</span></div>", at: node)
                } else {
                    place(math, at: node)
                }
            default:
                break
            }
        }
        let values = zip(invocations, labelled.results).compactMap { invocation, result in
            result.map { (invocation: invocation, values: $0.values) }
        }
        var (html, headings) = PageMarkers.apply(to: document.renderHTML(), headings: labels.headings, words: words)
        if !references.cited.isEmpty, let bibliography {
            let items = references.cited.compactMap { key in
                bibliography.entries[key].map { "<li id=\"\(Bibliography.anchor(key))\">\($0.html(words))</li>" }
            }.joined(separator: "\n")
            let id = PageLabels.referencesID
            html += "<section class=\"references\" aria-labelledby=\"\(id)\">\n<h2 id=\"\(id)\">\(HTML.escape(words.references))"
                + " <a class=\"permalink\" href=\"#\(id)\" "
                + "aria-label=\"\(HTML.escape(words.permalink))\">#</a></h2>\n<ol>\n\(items)\n</ol>\n</section>\n"
            headings.append(PageMarkers.Heading(level: 2, id: id, text: words.references))
        }
        return Finished(html: html, problems: problems, values: values, headings: headings, downloads: blocks.downloads)
    }
}
