@testable import Directives
import Foundation
@testable import SiteBuilder
import Testing

@Suite("Cache, reasons to rerun, and SHA-256")
struct CacheTests {
    func forecastLesson(epochs: Int, prose: String = "Prose.") -> String {
        lesson(title: "F", order: 1, body: """
            \(prose)

            ```{forecast}
            id: f
            data: data/air.csv
            seeds: 1
            epochs: \(epochs)
            show: table
            ```

            ```{activation}
            show: gate
            ```
            """)
    }

    @Test func sha256KnownVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    /// The fingerprints compiled in are those of the sources on disk, as scripts/fingerprint
    /// computes them: if the build stopped regenerating them after an edit, the cache would
    /// serve results computed by older code.
    @Test func compiledFingerprintsAreThoseOfTheSourcesOnDisk() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        func digest(_ folder: String) throws -> String {
            let walker = try #require(FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil))
            let paths = (walker.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
                .map { folder + "/" + $0.path.dropFirst(root.appendingPathComponent(folder).path.count + 1) }
                .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            var material = Data()
            for path in paths {
                material += Data((path + "\n").utf8)
                material += try Data(contentsOf: root.appendingPathComponent(path))
            }
            return SHA256.hex(material)
        }
        #expect(CodeFingerprints.engine == (try digest("Sources/Engine")))
        #expect(CodeFingerprints.directives == (try digest("Sources/Directives/Kinds")))
    }

    @Test func onlyWhatChangedReruns() throws {
        let site = try TemporaryLessons(["01-f.md": forecastLesson(epochs: 2), "data/air.csv": TemporaryLessons.airline])
        let first = EventLog()
        try site.build(cached: true, events: first.events)
        #expect(first.all == ["lessons/01-f.md:8 {forecast} f: not cached", "lessons/01-f.md:16 {activation}: not cached"])

        let prose = EventLog()
        try site.write("01-f.md", forecastLesson(epochs: 2, prose: "Other prose."))
        let afterProse = try site.build(cached: true, events: prose.events)
        #expect(prose.all.isEmpty)
        #expect(afterProse.cached == 2)
        #expect(site.page("01-f.html").contains("Other prose."))

        let option = EventLog()
        try site.write("01-f.md", forecastLesson(epochs: 3))
        try site.build(cached: true, events: option.events)
        #expect(option.all == ["lessons/01-f.md:8 {forecast} f: options changed"])

        let data = EventLog()
        try site.write("data/air.csv", TemporaryLessons.airline.replacingOccurrences(of: "1949-01,112", with: "1949-01,113"))
        try site.build(cached: true, events: data.events)
        #expect(data.all == ["lessons/01-f.md:8 {forecast} f: data changed: data/air.csv"])

        let forced = EventLog()
        try site.build(cached: true, force: .lessons(["01-f"]), events: forced.events)
        #expect(forced.all == ["lessons/01-f.md:8 {forecast} f: forced", "lessons/01-f.md:16 {activation}: forced"])
    }

    @Test func brokenOrForeignEntriesAreRecomputed() throws {
        let site = try TemporaryLessons(["01-f.md": forecastLesson(epochs: 2), "data/air.csv": TemporaryLessons.airline])
        try site.build(cached: true)
        let reference = site.page("01-f.html")
        let entries = try FileManager.default.contentsOfDirectory(atPath: site.cache.path).filter { $0 != "manifest.json" }.sorted()
        #expect(entries.count == 2)
        // Truncate one entry; swap the other's content for an entry written under another key.
        let truncated = site.cache.appendingPathComponent(entries[0]), swapped = site.cache.appendingPathComponent(entries[1])
        try Data(try Data(contentsOf: truncated).prefix(40)).write(to: truncated)
        let foreign = try String(contentsOf: swapped, encoding: .utf8).replacingOccurrences(of: "\"kind\":\"", with: "\"kind\":\"x")
        try Data(foreign.utf8).write(to: swapped)

        let log = EventLog()
        try site.build(cached: true, events: log.events)
        #expect(log.all.count == 2)
        #expect(log.all.allSatisfy { $0.hasSuffix("cache entry unusable") })
        #expect(site.page("01-f.html") == reference)
    }

    @Test func editedOutputIsNotTrusted() throws {
        let site = try TemporaryLessons(["01-a.md": lesson(title: "A", order: 1, body: "```{activation}\nshow: gate\n```\n")])
        try site.build(cached: true)
        let entry = try #require(try FileManager.default.contentsOfDirectory(atPath: site.cache.path).first { $0 != "manifest.json" })
        let url = site.cache.appendingPathComponent(entry)
        // Change one digit of the recorded output but leave its checksum: the entry must be refused.
        var text = try String(contentsOf: url, encoding: .utf8)
        let digit = try #require(text.range(of: "0.99"))
        text.replaceSubrange(digit, with: "0.98")
        try Data(text.utf8).write(to: url)
        let log = EventLog()
        try site.build(cached: true, events: log.events)
        #expect(log.all == ["lessons/01-a.md:6 {activation}: cache entry unusable"])
    }
}
