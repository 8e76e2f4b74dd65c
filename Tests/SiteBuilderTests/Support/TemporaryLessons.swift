@testable import Directives
import Foundation
@testable import SiteBuilder

/// A lessons folder and an output folder under a fresh temporary directory, removed at deinit.
final class TemporaryLessons {
    let root: URL
    var lessons: URL { root.appendingPathComponent("lessons") }
    var output: URL { root.appendingPathComponent("output") }
    var cache: URL { root.appendingPathComponent("cache") }

    init(_ files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("lstmbook-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: lessons.appendingPathComponent("data"), withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ name: String, _ text: String) throws {
        let url = lessons.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func site(jobs: Int = 1, cached: Bool = false, force: ForceRule = .none, events: BuildEvents = .silent) -> Site {
        Site(Site.Configuration(lessonsDirectory: lessons, lessonsDisplayPath: "lessons", jobs: jobs,
                                cacheDirectory: cached ? cache : nil, force: force, events: events,
                                previousResults: ResultsFile.load(from: output)))
    }

    /// Builds and writes the site; returns the build.
    @discardableResult
    func build(jobs: Int = 1, cached: Bool = false, force: ForceRule = .none, events: BuildEvents = .silent) throws -> Site.Build {
        let build = site(jobs: jobs, cached: cached, force: force, events: events).build()
        try SiteWriter(outputDirectory: output).write(build)
        return build
    }

    func page(_ name: String) -> String {
        (try? String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    static let airline: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons/data/airline-passengers.csv")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()
}

/// A small lesson: one cheap directive, one reference, one equation.
func lesson(title: String, order: Int, body: String) -> String {
    "---\ntitle: \(title)\norder: \(order)\nsummary: About \(title).\n---\n\(body)"
}

/// Records what a build reports, for tests of the build log.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String] = []

    var events: BuildEvents {
        BuildEvents(willRun: { [self] invocation, reason in lock.withLock { entries.append("\(invocation.label): \(reason)") } })
    }

    var all: [String] { lock.withLock { entries } }
}
