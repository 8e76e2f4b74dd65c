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

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the real scripts/fingerprint over `root` and returns each generated constant, by the
    /// type it is declared for (`CodeFingerprints`, `ForecastDirective`, ...).
    static func fingerprints(of root: URL) throws -> [String: String] {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("fingerprint-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [Self.root.appendingPathComponent("scripts/fingerprint").path, root.path, out.path]
        try process.run()
        process.waitUntilExit()
        let text = try String(contentsOf: out.appendingPathComponent("CodeFingerprints.swift"), encoding: .utf8)
        var found: [String: String] = [:]
        var owner = ""
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ")
            if let keyword = words.firstIndex(where: { $0 == "enum" || $0 == "extension" }), keyword + 1 < words.count {
                owner = String(words[keyword + 1])
            }
            if let start = line.range(of: "static let "), let quote = line.firstIndex(of: "\"") {
                let name = line[start.upperBound...].prefix { $0 != " " }
                found[owner + "." + name] = String(line[line.index(after: quote)...].dropLast())
            }
        }
        return found
    }

    /// The fingerprints compiled in are those scripts/fingerprint computes from the sources on
    /// disk: if the build stopped regenerating them after an edit, the cache would serve results
    /// computed by older code.
    @Test func compiledFingerprintsAreThoseOfTheSourcesOnDisk() throws {
        let onDisk = try Self.fingerprints(of: Self.root)
        #expect(onDisk["CodeFingerprints.engine"] == CodeFingerprints.engine)
        for kind in DirectiveRegistry.kinds {
            #expect(onDisk["\(kind).runCodeFingerprint"] == kind.runCodeFingerprint, "\(kind)")
        }
    }

    /// The rule of scripts/fingerprint, on a copy of the real sources: presentation code and
    /// declarations are in no fingerprint, a kind's run file only in its own, shared run code
    /// and the engine in every kind's.
    @Test func fingerprintsFollowOnlyTheRunCode() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("fingerprint-tree-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        for folder in ["Sources/Engine", "Sources/Directives/Kinds"] {
            let parent = copy.appendingPathComponent(folder).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.root.appendingPathComponent(folder), to: copy.appendingPathComponent(folder))
        }
        func edit(_ path: String) throws {
            let url = copy.appendingPathComponent(path)
            try (try String(contentsOf: url, encoding: .utf8) + "// edited\n").write(to: url, atomically: true, encoding: .utf8)
        }
        let kinds = DirectiveRegistry.kinds.map { "\($0).runCodeFingerprint" }
        func changed(_ before: [String: String]) throws -> Set<String> {
            let after = try Self.fingerprints(of: copy)
            return Set(kinds.filter { before[$0] != after[$0] })
        }
        var before = try Self.fingerprints(of: copy)
        #expect(Set(kinds).isSubset(of: before.keys))

        // A caption's default, a figure's code, an option's doc: nothing reruns.
        try edit("Sources/Directives/Kinds/ForecastDirective+Present.swift")
        try edit("Sources/Directives/Kinds/Memory/MemoryFigures+Present.swift")
        try edit("Sources/Directives/Kinds/ForecastDirective.swift")
        #expect(try changed(before).isEmpty)

        before = try Self.fingerprints(of: copy)
        try edit("Sources/Directives/Kinds/ForecastDirective+Run.swift")
        #expect(try changed(before) == ["ForecastDirective.runCodeFingerprint"])

        before = try Self.fingerprints(of: copy)
        try edit("Sources/Directives/Kinds/TrainedCell.swift")
        #expect(try changed(before) == Set(kinds))

        before = try Self.fingerprints(of: copy)
        try edit("Sources/Engine/Compute/LSTMCell.swift")
        #expect(try changed(before) == Set(kinds))
    }

    /// A presentation option (a caption, the views, the tolerance) re-renders the page from the
    /// recorded result; a run option reruns.
    @Test func presentationOptionsRerenderWithoutRerunning() throws {
        func page(_ extra: String) -> String {
            lesson(title: "A", order: 1, body: "```{activation}\nsteps: 4\n\(extra)```\n")
        }
        let site = try TemporaryLessons(["01-a.md": page("")])
        try site.build(cached: true, events: EventLog().events)
        let captions = EventLog()
        try site.write("01-a.md", page("show: [repeat, gate]\ntolerance: 0.1\ncaptions: [Repeated., Gated.]\n"))
        let rerendered = try site.build(cached: true, events: captions.events)
        #expect(captions.all.isEmpty)
        #expect(rerendered.cached == 1)
        #expect(site.page("01-a.html").contains("Gated."))

        let run = EventLog()
        try site.write("01-a.md", page("steps: 5\n").replacingOccurrences(of: "steps: 4\n", with: ""))
        try site.build(cached: true, events: run.events)
        #expect(run.all == ["lessons/01-a.md:6 {activation}: options changed"])
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
