import Foundation
import Testing

/// `--timeout` stops a build that takes too long, and `serve` stops a build whose lessons
/// changed under it. The budget itself is in SiteBuilderTests (BadInputBudgetTests) and BadInputTests.
@Suite struct BudgetTests {
    /// Some seconds of training in a debug build, less in release.
    static func slowDirective(epochs: Int) -> String {
        "```{memory}\nlengths: [20]\nseeds: [1]\ncells: [lstm]\nepochs: \(epochs)\ntrain_size: 1024\ntest_size: 8\nshow: table\n```\n"
    }

    @Test func aBuildOverItsTimeoutStopsAndWritesNothing() throws {
        let project = try Project()
        try project.write("01-a.md", "---\ntitle: A\n---\nHi.\n\n" + Self.slowDirective(epochs: 200))
        let started = Date()
        let outcome = try project.build(["--timeout", "0.5"])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("Error: stopped after --timeout 0.5 s; nothing was written; still running: lessons/01-a.md:6 {memory}"),
                "\(outcome.stderr)")
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(!FileManager.default.fileExists(atPath: project.output.path))
    }

    @Test func serveStopsABuildWhoseLessonChanged() throws {
        let directives = [300, 301, 302, 303].map(Self.slowDirective(epochs:)).joined(separator: "\n")
        let server = try ServeTests.Server(files: ["lessons/a.md": ServeTests.lesson("One", "First version.\n\n" + directives)])
        defer { server.stop() }
        let port = try server.port()
        #expect(eventually(seconds: 60) { server.stderr.contains("run  lessons/a.md:") }, "\(server.stderr)")
        try server.write(ServeTests.lesson("One", "Second version."), to: "lessons/a.md")
        #expect(eventually(seconds: 60) { ServeTests.page("/a.html", port: port).contains("Second version.") }, "\(server.stderr)")
        #expect(server.stderr.contains("a rebuild is pending: the running build starts no more directives"), "\(server.stderr)")
        #expect(server.stderr.contains("stopped a stale build after"))
        #expect(!ServeTests.page("/a.html", port: port).contains("First version."))
    }
}
