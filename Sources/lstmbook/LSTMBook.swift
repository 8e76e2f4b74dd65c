import ArgumentParser

@main
struct LSTMBook: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lstmbook", abstract: "Markdown lessons about recurrent networks, run and rendered to an illustrated site.",
        subcommands: [TraceCommand.self, ForecastCommand.self, BenchCommand.self])
}
