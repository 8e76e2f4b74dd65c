import Directives
import Foundation

/// Writes a built site into the output folder, file by file and atomically, and removes pages
/// whose lesson no longer exists. Nothing outside the output folder is touched, and inside it
/// only files that `OutputManifest` says lstmbook wrote are ever removed.
public struct SiteWriter: Sendable {
    public let outputDirectory: URL

    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory
    }

    /// Returns the names of the files whose bytes changed.
    @discardableResult
    public func write(_ build: Site.Build) throws -> [String] {
        try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        let lock = try FolderLock(outputDirectory)
        defer { lock.release() }
        let present = try FileManager.default.contentsOfDirectory(atPath: outputDirectory.path)
            .filter { !$0.hasPrefix(AtomicFile.temporaryPrefix) && $0 != OutputManifest.fileName }
        let keep = Set(build.files.map(\.name) + build.heldBack)
        let owned: Set<String>
        if let listed = OutputManifest.read(in: outputDirectory) {
            owned = listed
        } else {
            // A folder without a manifest is lstmbook's only if everything in it is a file this
            // build would write: then nothing is at risk. Anything else may be someone's work.
            let foreign = present.filter { !keep.contains($0) }.sorted()
            guard foreign.isEmpty else { throw OutputFolderError(folder: outputDirectory.path, foreign: foreign) }
            owned = []
        }
        // Under the lock, temporary files are leftovers of a build that was killed, never
        // another build's work in progress.
        AtomicFile.removeLeftovers(in: outputDirectory)
        var changed: [String] = []
        for file in build.files where try AtomicFile.write(file.data, to: outputDirectory.appendingPathComponent(file.name)) {
            changed.append(file.name)
        }
        let written = Set(build.files.map(\.name))
        for name in present.sorted() where owned.contains(name)
            && OutputFiles.isStale(name, written: written, heldBack: build.heldBack) {
            try FileManager.default.removeItem(at: outputDirectory.appendingPathComponent(name))
            changed.append(name)
        }
        // A held-back page's downloads stay, and stay listed as lstmbook's.
        let listed = owned.union(keep).filter { FileManager.default.fileExists(atPath: outputDirectory.appendingPathComponent($0).path) }
        try OutputManifest.write(listed, in: outputDirectory)
        return changed
    }
}

/// Why a build refused its output folder: it holds files lstmbook did not write.
public struct OutputFolderError: LocalizedError, CustomStringConvertible {
    public let folder: String
    public let foreign: [String]

    public var description: String {
        let shown = foreign.prefix(3).joined(separator: ", ") + (foreign.count > 3 ? " and \(foreign.count - 3) more" : "")
        return "the folder holds files lstmbook did not write (\(shown)) and no \(OutputManifest.fileName) list of its own files; "
            + "build into an empty or new folder, or move those files away"
    }

    public var errorDescription: String? { description }
}
