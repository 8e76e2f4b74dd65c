import Foundation

/// Recorded directive outputs on disk, one file per key, in a folder of their own (git-ignored).
///
/// An entry is trusted only when it is whole and is what it claims: it must decode, name the
/// exact key asked for, its output must match the checksum stored beside it and decode as its
/// kind's output. Anything else — truncated, edited, or written by another version — is
/// treated as missing and recomputed. Entries no key in the run manifest names are pruned.
package struct ResultCache: Sendable {
    let directory: URL

    package init(directory: URL) {
        self.directory = directory
    }

    private struct Entry: Codable {
        static let format = "lstmbook-cache/1"
        var format: String
        var key: CacheKey
        var outputSHA256: String
        var output: String
    }

    enum Lookup: Equatable {
        case hit(Data)
        case missing
        /// The file exists but cannot be trusted.
        case unusable
    }

    /// The entry for `key`, trusted only if `accepting` (the kind's decoder) takes its output.
    func lookup(_ key: CacheKey, accepting: (Data) -> Bool) -> Lookup {
        let url = file(for: key)
        guard let bytes = FileManager.default.contents(atPath: url.path) else { return .missing }
        guard let entry = try? JSONDecoder().decode(Entry.self, from: bytes),
              entry.format == Entry.format, entry.key == key,
              SHA256.hex(entry.output) == entry.outputSHA256,
              accepting(Data(entry.output.utf8)) else { return .unusable }
        return .hit(Data(entry.output.utf8))
    }

    func store(_ output: Data, for key: CacheKey) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let text = String(decoding: output, as: UTF8.self)
        let entry = Entry(format: Entry.format, key: key, outputSHA256: SHA256.hex(text), output: text)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try AtomicFile.write(try encoder.encode(entry), to: file(for: key))
    }

    private func file(for key: CacheKey) -> URL {
        directory.appendingPathComponent(key.digest + ".json")
    }

    /// Removes every entry that none of `keys` names: results of options since edited, of
    /// directives since removed, of older code. Only files named like entries are touched.
    func prune(keeping keys: some Sequence<CacheKey>) {
        let kept = Set(keys.map { $0.digest + ".json" })
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where Self.isEntryName(name) && !kept.contains(name) {
            unlink(directory.appendingPathComponent(name).path)
        }
    }

    /// `<64 hex digits>.json`, the form `file(for:)` gives.
    static func isEntryName(_ name: String) -> Bool {
        guard name.hasSuffix(".json") else { return false }
        let stem = name.dropLast(5)
        return stem.count == 64 && stem.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }
}
