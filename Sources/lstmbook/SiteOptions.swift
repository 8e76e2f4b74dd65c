import ArgumentParser
import Foundation

/// The options every command that builds the site shares: where the lessons are and how many
/// directives may run at once.
struct SiteOptions: ParsableArguments {
    @Option(help: "The folder of lessons.")
    var lessons = "lessons"

    @Option(name: .shortAndLong, help: ArgumentHelp("Threads for the experiments, one per core unless told: "
        + "independent directives run side by side, and a directive made of many training runs shares them out."))
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    var lessonsURL: URL { URL(fileURLWithPath: lessons) }
}
