import ArgumentParser
import Directives
import Foundation
import SiteBuilder

/// `lstmbook build`: runs every lesson's directives and writes the site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Run every lesson's experiments and write the site.",
        discussion: """
        Reads lessons/*.md (files starting with _ are skipped), runs each directive, and writes \
        one page per lesson plus index.html, style.css and site.js. Each file is written \
        atomically. A lesson with problems keeps its previous page; the problems are listed as \
        file:line: message and the command exits non-zero.
        """)

    @OptionGroup var site: SiteOptions

    @Option(help: "Stop (writing nothing) if running the directives takes longer than this many seconds.")
    var timeout: Double?

    @Option(help: "The folder to write the site into.")
    var out = "output"

    @Option(help: "The folder for recorded results between builds (git-ignored).")
    var cache = ".lstmbook-cache"

    @Flag(help: "Run every directive afresh, ignoring recorded results; with LESSON names, only those lessons.")
    var force = false

    @Argument(help: "With --force: the lessons to rerun (file name, or name without .md).")
    var lessonsToForce: [String] = []

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if let timeout, !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
        if !lessonsToForce.isEmpty && !force {
            throw ValidationError("lesson names are only taken with --force (to rerun those lessons)")
        }
        let lessonsURL = site.lessonsURL.standardizedFileURL
        let outURL = URL(fileURLWithPath: out).standardizedFileURL
        if outURL == lessonsURL || lessonsURL.path.hasPrefix(outURL.path + "/") {
            throw ValidationError("--out '\(out)' would hold the lessons themselves; choose another folder")
        }
    }

    func run() throws {
        let started = Date()
        let progress = TerminalProgress(quiet: quiet)
        let rule: ForceRule = !force ? .none : lessonsToForce.isEmpty ? .all : .lessons(lessonsToForce)
        if let problem = CacheAccess.problem(writing: URL(fileURLWithPath: cache)) {
            Console.note("note: the cache folder \(cache) cannot be written (\(problem)); directives run afresh and no result is kept")
        }
        let deadline = timeout.map(Deadline.init(seconds:))
        let events = deadline.map { $0.tracking(progress.events) } ?? progress.events
        let builder = Site(Site.Configuration(lessonsDirectory: site.lessonsURL, lessonsDisplayPath: site.lessons, jobs: site.jobs,
                                           cacheDirectory: URL(fileURLWithPath: cache), force: rule, events: events,
                                           previousResults: ResultsFile.load(from: URL(fileURLWithPath: out))))
        deadline?.start()
        let build = builder.build()
        deadline?.finish()
        progress.finish()
        let changed: [String]
        do {
            changed = try SiteWriter(outputDirectory: URL(fileURLWithPath: out)).write(build)
        } catch {
            throw CLIError("cannot write to \(out): \(error.localizedDescription)")
        }
        if !build.drift.isEmpty {
            progress.line("drift: \(build.drift.count) value\(build.drift.count == 1 ? "" : "s") changed (also in \(out)/drift.html)")
            for drift in build.drift { progress.line("  \(drift)") }
        }
        let seconds = Date().timeIntervalSince(started)
        progress.line("built \(build.pageCount) pages into \(out)/ (\(changed.count) changed; "
            + "\(build.ran) directives ran, \(build.cached) from the cache) in \(String(format: "%.1f", seconds)) s")
        try Console.fail(on: build.problems, heldBack: build.heldBack, out: out)
    }
}
