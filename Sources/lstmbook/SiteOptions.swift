import ArgumentParser
import Foundation

/// The options every command that builds the site shares: where the lessons are and how many
/// directives may run at once.
struct SiteOptions: ParsableArguments {
    @Option(help: "The folder of lessons.")
    var lessons = "lessons"

    @Option(name: .shortAndLong, help: "How many directives may run at once (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    var lessonsURL: URL { URL(fileURLWithPath: lessons) }
}
