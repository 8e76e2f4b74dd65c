import Foundation

/// Writes a built site into the output folder, file by file and atomically, and removes pages
/// whose lesson no longer exists. Nothing outside the output folder is touched.
public struct SiteWriter: Sendable {
    public let outputDirectory: URL

    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory
    }

    /// Returns the names of the files whose bytes changed.
    @discardableResult
    public func write(_ build: Site.Build) throws -> [String] {
        try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        AtomicFile.removeLeftovers(in: outputDirectory)
        var changed: [String] = []
        for file in build.files where try AtomicFile.write(file.data, to: outputDirectory.appendingPathComponent(file.name)) {
            changed.append(file.name)
        }
        let written = Set(build.files.map(\.name))
        let present = (try? FileManager.default.contentsOfDirectory(atPath: outputDirectory.path)) ?? []
        for name in present.sorted() where OutputFiles.isStale(name, written: written, heldBack: build.heldBack) {
            try FileManager.default.removeItem(at: outputDirectory.appendingPathComponent(name))
            changed.append(name)
        }
        return changed
    }
}
