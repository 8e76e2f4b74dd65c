import Directives
import Foundation

/// What a directive's test suite needs: its options parsed as a lesson would parse them, the
/// problems they raise, and the experiment run on them. A suite names its directive; the lesson
/// file and the line its options start after can be changed where messages are checked.
package protocol DirectiveSuite {
    associatedtype Kind: Directive
    /// The lesson the options are said to come from, as messages show it.
    var file: String { get }
    /// The line of the directive's opening fence; its first option is on the next line.
    var fenceLine: Int { get }
}

extension DirectiveSuite {
    package var file: String { "lessons/x.md" }
    package var fenceLine: Int { 10 }

    package func options(_ yaml: String) throws(Diagnostics) -> ResolvedOptions {
        try OptionParser(specs: DirectiveRegistry.options(of: Kind.self), file: file, lineBase: fenceLine,
                         context: "directive {\(Kind.name)}").parse(yaml, directiveLine: fenceLine)
    }

    /// Every problem with the options, as `file:line: message`; none when they parse.
    package func problems(_ yaml: String) -> [String] {
        do {
            _ = try options(yaml)
            return []
        } catch {
            return error.all.map(\.description)
        }
    }

    package func run(_ yaml: String) throws -> Kind.Output {
        try Kind.run(options(yaml), in: DirectiveContext(file: file, dataFiles: [:]))
    }

    /// The failure the experiment stops with; nil when it runs.
    package func failure(_ yaml: String) throws -> DirectiveFailure? {
        do {
            _ = try run(yaml)
            return nil
        } catch let failure as DirectiveFailure {
            return failure
        }
    }
}
