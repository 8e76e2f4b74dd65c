@testable import Directives
import Foundation
@testable import SiteBuilder
import Testing

/// The cache recomputes what it cannot use, forgets what no directive needs any more, and
/// (in CLITests) says so when it cannot be written.
@Suite("Cache trust")
struct CacheTrustTests {
    func activationLesson(show: String, steps: Int = 10) -> String {
        lesson(title: "A", order: 1, body: "Prose.\n\n```{activation}\nshow: \(show)\nsteps: \(steps)\n```\n")
    }

    func entries(_ folder: TemporaryLessons) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.cache.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && $0 != "manifest.json" }.sorted().map { folder.cache.appendingPathComponent($0) }
    }

    /// Before: an entry whose checksum matched but whose output did not decode failed the page
    /// ("its recorded result could not be read") on every build; now it is run again.
    @Test func anEntryThatDoesNotDecodeIsRecomputed() throws {
        let folder = try TemporaryLessons(["01-a.md": activationLesson(show: "gate")])
        try #require(try folder.build(cached: true).problems.isEmpty)
        let entry = try #require(entries(folder).first)
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: entry)) as? [String: Any])
        json["output"] = "{}"
        json["outputSHA256"] = SHA256.hex("{}")
        try JSONSerialization.data(withJSONObject: json).write(to: entry)

        let again = try folder.build(cached: true)
        #expect(again.problems.isEmpty, "\(again.problems)")
        #expect(again.ran == 1 && again.cached == 0)
        #expect(try folder.build(cached: true).cached == 1, "the recomputed result was not stored")
    }

    /// Before: every edit of a directive's options left its old entry behind for ever.
    @Test func entriesNoDirectiveNeedsArePruned() throws {
        let folder = try TemporaryLessons(["01-a.md": activationLesson(show: "gate")])
        try folder.build(cached: true)
        let first = entries(folder)
        #expect(first.count == 1)
        // A run option: `show` only changes the presentation, and keeps the entry.
        try folder.write("01-a.md", activationLesson(show: "gate", steps: 12))
        try folder.build(cached: true)
        let second = entries(folder)
        #expect(second.count == 1, "\(second.map(\.lastPathComponent))")
        #expect(second != first)
        try FileManager.default.removeItem(at: folder.lessons.appendingPathComponent("01-a.md"))
        try folder.write("02-b.md", lesson(title: "B", order: 2, body: "No directives."))
        try folder.build(cached: true)
        #expect(entries(folder).isEmpty, "the removed lesson's entry was kept")
    }

    /// A lesson that cannot be read this time keeps its entries: they are wanted once it is fixed.
    @Test func aBrokenLessonKeepsItsEntries() throws {
        let folder = try TemporaryLessons(["01-a.md": activationLesson(show: "gate")])
        try folder.build(cached: true)
        let kept = entries(folder)
        try folder.write("01-a.md", "---\ntitle: [broken\n---\n")
        try folder.build(cached: true)
        #expect(entries(folder) == kept)
        try folder.write("01-a.md", activationLesson(show: "gate"))
        #expect(try folder.build(cached: true).cached == 1)
    }
}
