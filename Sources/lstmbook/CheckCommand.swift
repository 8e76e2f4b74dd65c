import ArgumentParser
import Foundation
import SiteBuilder

/// `lstmbook check`: reruns every experiment without the cache and fails when the committed
/// site is stale or a value drifted beyond its tolerance. `make test` runs it, so CI catches
/// output that was not rebuilt and numbers that moved without anyone looking.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Rerun every directive without the cache; fail if output/ is stale or a value drifted beyond its tolerance.")

    @OptionGroup var site: SiteOptions

    @Option(help: "Stop (writing nothing) if running the directives takes longer than this many seconds.")
    var timeout: Double?

    @Option(help: "The committed site to check.")
    var out = "output"

    @Flag(help: "Print only what fails.")
    var quiet = false

    func validate() throws {
        if let timeout, !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    func run() throws {
        let started = Date()
        let progress = TerminalProgress(quiet: true)
        let outURL = URL(fileURLWithPath: out)
        let deadline = timeout.map(Deadline.init(seconds:))
        let builder = Site(Site.Configuration(lessonsDirectory: site.lessonsURL, lessonsDisplayPath: site.lessons, jobs: site.jobs,
                                           cacheDirectory: nil, force: .all, events: deadline.map { $0.tracking(progress.events) } ?? progress.events,
                                           previousResults: ResultsFile.load(from: outURL)))
        deadline?.start()
        let built = builder.build()
        deadline?.finish()
        let check = SiteCheck(build: built, outputDirectory: outURL)
        for problem in check.build.problems { Console.note(problem.description) }
        if !check.build.drift.isEmpty {
            Console.note("drift against \(out)/\(ResultsFile.fileName): \(check.build.drift.count) "
                + "value\(check.build.drift.count == 1 ? "" : "s") changed")
            for drift in check.build.drift { Console.note("  \(drift)") }
        }
        for name in check.staleFiles { Console.note("\(out)/\(name): differs from what the lessons and code produce now") }
        for name in check.missingFiles { Console.note("\(out)/\(name): missing") }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        if check.passed {
            if !quiet {
                Console.note("check passed: \(check.build.ran) directives rerun, \(check.build.files.count) files identical "
                    + "to \(out)/ (\(seconds) s)")
            }
            return
        }
        var reasons: [String] = []
        if !check.build.problems.isEmpty { reasons.append("\(check.build.problems.count) lesson error\(check.build.problems.count == 1 ? "" : "s")") }
        if !check.driftBeyondTolerance.isEmpty {
            reasons.append("\(check.driftBeyondTolerance.count) value\(check.driftBeyondTolerance.count == 1 ? "" : "s") beyond tolerance")
        }
        let stale = check.staleFiles.count + check.missingFiles.count
        if stale > 0 { reasons.append("\(stale) stale file\(stale == 1 ? "" : "s") in \(out)/ (run `make site` and commit)") }
        Console.note("check failed: " + reasons.joined(separator: "; "))
        throw ExitCode.failure
    }
}
