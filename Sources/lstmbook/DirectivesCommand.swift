import ArgumentParser
import Directives

/// `lstmbook directives`: the directive reference, as Markdown (the README's section is this text).
struct DirectivesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "directives",
        abstract: "Print the reference of every directive and its options, as Markdown.")

    func run() {
        print(DirectiveReference.markdown(), terminator: "")
    }
}
