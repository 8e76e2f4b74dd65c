import ArgumentParser

/// The `lstmbook` command: build the tutorial site from its lessons, or use the engine directly.
@main
struct LSTMBook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lstmbook",
        abstract: "Markdown lessons about recurrent networks, run and rendered to an illustrated site.",
        subcommands: [
            BuildCommand.self, CheckCommand.self, RenderCommand.self, LintCommand.self, DirectivesCommand.self,
            TraceCommand.self, ForecastCommand.self, BenchCommand.self, ServeCommand.self,
        ])
}
