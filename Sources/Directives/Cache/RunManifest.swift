import Foundation

/// The key each directive was last run under, by the directive's identity, so a rebuild can say
/// *why* a directive reruns ("engine changed", "data changed") and not just that it does.
package struct RunManifest: Codable, Sendable {
    var keys: [String: CacheKey] = [:]

    package init() {}

    /// The manifest in `directory`; empty when the folder cannot be written, since its keys are
    /// then stale and would give wrong reasons ("options changed") for every rerun.
    package static func load(from directory: URL) -> RunManifest {
        guard CacheAccess.problem(writing: directory) == nil,
              let bytes = FileManager.default.contents(atPath: url(in: directory).path),
              let manifest = try? JSONDecoder().decode(RunManifest.self, from: bytes) else { return RunManifest() }
        return manifest
    }

    /// Records the keys this build ran or found, and forgets the directives of lessons that are
    /// gone. A lesson that could not be read this time keeps its keys: its results are still
    /// wanted once it is fixed.
    package mutating func record(_ found: [String: CacheKey], lessons: Set<String>) {
        keys = keys.filter { identity, _ in lessons.contains(Self.lesson(of: identity)) }
        keys.merge(found) { _, new in new }
    }

    /// The lesson an identity (`lessons/a.md#id`, `lessons/a.md#{kind}#2`) belongs to.
    static func lesson(of identity: String) -> String {
        identity.firstIndex(of: "#").map { String(identity[..<$0]) } ?? identity
    }

    /// Saves the manifest, then prunes the cache entries it no longer names.
    package func save(to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try AtomicFile.write(try encoder.encode(self), to: Self.url(in: directory))
        ResultCache(directory: directory).prune(keeping: keys.values)
    }

    private static func url(in directory: URL) -> URL { directory.appendingPathComponent("manifest.json") }
}
