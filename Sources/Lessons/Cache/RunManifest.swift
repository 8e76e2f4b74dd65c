import Foundation

/// The key each directive was last run under, by the directive's identity, so a rebuild can say
/// *why* a directive reruns ("engine changed", "data changed") and not just that it does.
struct RunManifest: Codable, Sendable {
    var keys: [String: CacheKey] = [:]

    static func load(from directory: URL) -> RunManifest {
        guard let bytes = FileManager.default.contents(atPath: url(in: directory).path),
              let manifest = try? JSONDecoder().decode(RunManifest.self, from: bytes) else { return RunManifest() }
        return manifest
    }

    func save(to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try AtomicFile.write(try encoder.encode(self), to: Self.url(in: directory))
    }

    private static func url(in directory: URL) -> URL { directory.appendingPathComponent("manifest.json") }
}
