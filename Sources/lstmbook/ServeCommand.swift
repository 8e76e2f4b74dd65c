import ArgumentParser
import Directives
import Foundation
import Preview
import SiteBuilder

/// `lstmbook serve`: a live preview for lesson authors. Builds the site into memory, serves it
/// on 127.0.0.1, and rebuilds whenever a lesson, a data file or lstmbook's own code changes;
/// open pages reload themselves.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site on 127.0.0.1, rebuilt as lessons, data and code change.",
        discussion: """
        Builds the site in memory (with the same cache as build) and serves it at \
        http://127.0.0.1:PORT/ — only to this machine. Nothing is written to output/: run \
        build for that. The lessons folder is watched, and so is Sources/ when run in the \
        lstmbook checkout: a changed lesson or data file rebuilds at once; changed code is \
        compiled with `swift build -c release --product lstmbook` and the new binary takes over \
        (while it does not compile, the old one keeps serving and pages show the compiler's \
        errors). Open pages reload after each build that changes them. A lesson with problems \
        is shown as a draft with its errors in place; the server keeps running whatever the \
        lessons contain. Stop it with Ctrl-C.
        """)

    @Option(help: "The port on 127.0.0.1 to serve on; 0 picks a free one.")
    var port = 8123

    @OptionGroup var site: SiteOptions

    @Option(help: "The folder for recorded results between builds (git-ignored).")
    var cache = ".lstmbook-cache"

    @Option(help: "The built site whose results.json drift is measured against; serve never writes to it.")
    var out = "output"

    /// lstmbook's code, watched when serve runs in the checkout.
    private static let sources = "Sources"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() throws {
        Self.unblockStopSignals()
        let state = PreviewState()
        let server: LoopbackServer
        do {
            server = try LoopbackServer(port: UInt16(port), handler: state.respond(to:))
        } catch {
            throw CLIError(error.description)
        }
        server.start()
        // The first line is fixed, so scripts and tests can read the port from it.
        Console.note("serving http://127.0.0.1:\(server.port)/")
        let checkout = BinaryRebuild.isCheckout(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        Console.note("watching \(site.lessons)/" + (checkout ? " and \(Self.sources)/" : " (not in the lstmbook checkout, "
            + "so code changes are not watched)")
                     + "; \(out)/ is not written; Ctrl-C stops")
        let progress = TerminalProgress(quiet: false)
        if let problem = CacheAccess.problem(writing: URL(fileURLWithPath: cache)) {
            Console.note("note: the cache folder \(cache) cannot be written (\(problem)); directives run afresh and no result is kept")
        }
        var watcher = FileWatcher(roots: checkout ? [site.lessons, Self.sources] : [site.lessons])
        let configuration = Site.Configuration(lessonsDirectory: site.lessonsURL, lessonsDisplayPath: site.lessons, jobs: site.jobs,
                                               cacheDirectory: URL(fileURLWithPath: cache), events: progress.events)
        let out = URL(fileURLWithPath: out)
        // Builds run on a thread of their own, so changes are seen while one runs: a build whose
        // inputs changed is stale, skips the directives it has not started, and is not served.
        var current = BackgroundBuild { Self.build(configuration, out: out, into: state, progress: progress, cancelled: $0) }
        while true {
            let changed = watcher.next()
            let code = changed.filter { $0.hasPrefix(Self.sources + "/") }
            let content = changed.filter { !$0.hasPrefix(Self.sources + "/") }
            if current.isRunning {
                current.cancel()
                progress.line("changed: \(Self.summary(changed)); a rebuild is pending: the running build starts no more directives"
                              + " and ends when those already running do")
                current.wait()
            }
            if !code.isEmpty {
                progress.line("changed: \(Self.summary(code)); compiling: \(BinaryRebuild.command.joined(separator: " "))")
                rebuildBinary(state: state, port: server.port, watcher: &watcher)
            }
            if !content.isEmpty || current.wasCancelled {
                progress.line("changed: \(Self.summary(content.isEmpty ? changed : content)); rebuilding")
                current = BackgroundBuild { Self.build(configuration, out: out, into: state, progress: progress, cancelled: $0) }
            }
        }
    }

    /// Builds the site and serves it; lesson problems are printed, never fatal. A build cancelled
    /// on the way is dropped: what it would serve is already stale.
    private static func build(_ configuration: Site.Configuration, out: URL, into state: PreviewState, progress: TerminalProgress,
                              cancelled: BackgroundBuild) {
        let started = Date()
        var configuration = configuration
        configuration.previousResults = ResultsFile.load(from: out)
        configuration.events.isCancelled = { cancelled.wasCancelled }
        let build = Site(configuration).build()
        progress.finish()
        if cancelled.wasCancelled {
            progress.line("stopped a stale build after \(String(format: "%.1f", Date().timeIntervalSince(started))) s (\(build.ran) directives ran)")
            return
        }
        let changed = state.publish(build)
        for problem in build.problems { progress.line(problem.description) }
        for drift in build.drift { progress.line("drift: \(drift)") }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        let outcome = changed ? "serving build \(state.buildID)" : "nothing served changed"
        let errors = build.problems.isEmpty ? "" : "; \(build.problems.count) error\(build.problems.count == 1 ? "" : "s"), shown in the pages"
        progress.line("built \(build.pageCount) pages in \(seconds) s (\(build.ran) directive\(build.ran == 1 ? "" : "s") ran, "
            + "\(build.cached) from the cache)\(errors); \(outcome)")
    }

    /// Compiles the changed code and hands over to the new binary; while it does not compile,
    /// this process keeps serving and shows the compiler's output in the pages.
    private func rebuildBinary(state: PreviewState, port: UInt16, watcher: inout FileWatcher) {
        switch BinaryRebuild.build(in: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        case .success(let binary):
            // Code saved while the compiler ran may be missing from the binary, and the new
            // process would never see that change: compile again first.
            let later = watcher.changesSoFar().filter { $0.hasPrefix(Self.sources + "/") }
            if !later.isEmpty {
                Console.note("changed while compiling: \(Self.summary(later)); compiling again")
                return rebuildBinary(state: state, port: port, watcher: &watcher)
            }
            Console.note("restarting with the new \(binary.path)")
            let reason = BinaryRebuild.relaunch(binary, arguments: Self.arguments(Array(CommandLine.arguments.dropFirst()), pinnedTo: port))
            Console.note(reason)
            state.showCompileFailure(reason)
        case .failure(let failure):
            Console.note("lstmbook did not compile; still serving with the running binary (the errors are also shown in the pages)")
            state.showCompileFailure(failure.output)
        }
    }

    /// A server runs until stopped, so stopping must work however it was started: a parent
    /// that spawned it from a thread with signals blocked (as libdispatch's threads have them)
    /// would otherwise leave Ctrl-C and `kill` pending for ever.
    private static func unblockStopSignals() {
        var stop = sigset_t()
        sigemptyset(&stop)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&stop, signal) }
        pthread_sigmask(SIG_UNBLOCK, &stop, nil)
    }

    /// This command's arguments with `--port` set to the port in use, so open pages find the
    /// new server where the old one was (also after `--port 0`).
    private static func arguments(_ arguments: [String], pinnedTo port: UInt16) -> [String] {
        var kept: [String] = []
        var skipNext = false
        for argument in arguments {
            if skipNext { skipNext = false; continue }
            if argument == "--port" { skipNext = true; continue }
            if argument.hasPrefix("--port=") { continue }
            kept.append(argument)
        }
        return kept + ["--port", String(port)]
    }

    /// "lessons/a.md, lessons/b.md and 3 more".
    private static func summary(_ paths: [String]) -> String {
        paths.count <= 3 ? paths.joined(separator: ", ") : paths.prefix(2).joined(separator: ", ") + " and \(paths.count - 2) more"
    }
}
