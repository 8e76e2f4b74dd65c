import Foundation
import Testing

/// `build --out` removes only what lstmbook wrote there, refuses a folder of someone else's
/// files, and two builds into one folder take turns instead of deleting each other's work.
@Suite("Output folder")
struct OutputFolderTests {
    static let lesson = "---\ntitle: A\n---\nHi.\n"

    @Test func aFolderOfSomeoneElsesFilesIsRefusedAndKept() throws {
        let project = try Project()
        try project.write("01-a.md", Self.lesson)
        try FileManager.default.createDirectory(at: project.output, withIntermediateDirectories: true)
        let theirs = project.output.appendingPathComponent("portfolio.html")
        try Data("mine".utf8).write(to: theirs)

        let outcome = try project.build()
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("the folder holds files lstmbook did not write (portfolio.html)"), "\(outcome.stderr)")
        #expect(FileManager.default.contents(atPath: theirs.path) == Data("mine".utf8))
        #expect(!FileManager.default.fileExists(atPath: project.output.appendingPathComponent("01-a.html").path))
    }

    @Test func onlyPagesItWroteAreRemoved() throws {
        let project = try Project()
        try project.write("01-a.md", Self.lesson)
        try project.write("02-b.md", Self.lesson)
        #expect(try project.build().status == 0)
        // Put beside the site after lstmbook took the folder: never lstmbook's to delete.
        let theirs = project.output.appendingPathComponent("notes.html")
        try Data("mine".utf8).write(to: theirs)
        try FileManager.default.removeItem(at: project.lessons.appendingPathComponent("02-b.md"))

        let outcome = try project.build()
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.output.appendingPathComponent("02-b.html").path), "the removed lesson's page stays")
        #expect(FileManager.default.contents(atPath: theirs.path) == Data("mine".utf8), "a file lstmbook did not write was deleted")
        let check = try CLI.run(["check", "--jobs", "1"], in: project.root)
        #expect(check.status == 0, "check blames a file lstmbook did not write: \(check.stderr)")
    }

    @Test func twoBuildsIntoOneFolderBothSucceed() throws {
        let project = try Project()
        let filler = String(repeating: "The gates decide what to keep. ", count: 600)
        for index in 1...12 { try project.write(String(format: "%02d-l.md", index), "---\ntitle: L\(index)\n---\n\(filler)\n") }
        var failures: [String] = []
        for round in 0..<8 {
            try? FileManager.default.removeItem(at: project.output)
            let outcomes = Outcomes()
            let root = project.root
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                let cache = root.appendingPathComponent("cache-\(round)-\(index)").path
                outcomes.add(try? CLI.run(["build", "--jobs", "1", "--quiet", "--cache", cache], in: root))
            }
            failures += outcomes.all.filter { $0?.status != 0 }.map { $0?.stderr ?? "did not run" }
        }
        #expect(failures.isEmpty, "\(failures.count) of 16 builds failed: \(failures.first ?? "")")
    }
}

private final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [CLI.Outcome?] = []
    func add(_ outcome: CLI.Outcome?) { lock.withLock { outcomes.append(outcome) } }
    var all: [CLI.Outcome?] { lock.withLock { outcomes } }
}
