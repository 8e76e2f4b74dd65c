import Foundation
@testable import Lessons

/// What a directive's test suite needs: its options parsed as a lesson would parse them, the
/// problems they raise, and the experiment run on them. A suite names its directive; the lesson
/// file and the line its options start after can be changed where messages are checked.
protocol DirectiveSuite {
    associatedtype Kind: Directive
    /// The lesson the options are said to come from, as messages show it.
    var file: String { get }
    /// The line of the directive's opening fence; its first option is on the next line.
    var fenceLine: Int { get }
}

extension DirectiveSuite {
    var file: String { "lessons/x.md" }
    var fenceLine: Int { 10 }

    /// The typed options, read and checked (`validate`, the budget) as a lesson's are.
    func options(_ yaml: String) throws(Diagnostics) -> Kind.Options {
        let resolved = try OptionParser(specs: Kind.specs, file: file, lineBase: fenceLine,
                                        context: "directive {\(Kind.name)}").parse(yaml, directiveLine: fenceLine)
        switch Kind.configure(resolved, file: file) {
        case .success(let configured): return (configured as! Configured<Kind>).options
        case .failure(let problem): throw Diagnostics([problem])
        }
    }

    /// Every problem with the options, as `file:line: message`; none when they parse.
    func problems(_ yaml: String) -> [String] {
        do {
            _ = try options(yaml)
            return []
        } catch {
            return error.all.map(\.description)
        }
    }

    func run(_ yaml: String) throws -> Kind.Output {
        try Kind.run(options(yaml).runOnly, in: DirectiveContext(file: file, dataFiles: [:]))
    }

    /// The failure the options stop with — when they are read (`validate`) or when the
    /// experiment runs — and the option it blames, by name; nil when it runs.
    func failure(_ yaml: String) throws -> Failure? {
        let resolved = try OptionParser(specs: Kind.specs, file: file, lineBase: fenceLine,
                                        context: "directive {\(Kind.name)}").parse(yaml, directiveLine: fenceLine)
        do {
            let options = try Kind.Options.decode(resolved).get()
            try options.validate(WrittenOptions(names: resolved.writtenNames))
            _ = try Kind.run(options.runOnly, in: DirectiveContext(file: file, dataFiles: [:]))
            return nil
        } catch {
            return Failure(message: error.message, option: error.option.flatMap { Kind.Options.name(of: $0.keyPath) })
        }
    }
}

/// A directive's failure as a test reads it: the message and the blamed option's name.
struct Failure: Equatable {
    let message: String
    let option: String?
}
