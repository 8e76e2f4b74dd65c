import Foundation

/// `check`: is the committed site what the sources produce now? Rebuilds everything without the
/// cache and compares, file by file, with the output folder; the values' drift against the
/// committed results says which numbers moved, and by how much.
public struct SiteCheck: Sendable {
    public let build: Site.Build
    /// Files whose committed bytes differ from the fresh build, or that the build would not write.
    public let staleFiles: [String]
    public let missingFiles: [String]

    public init(build: Site.Build, outputDirectory: URL) {
        self.build = build
        var stale: [String] = [], missing: [String] = []
        for file in build.files {
            let url = outputDirectory.appendingPathComponent(file.name)
            guard let committed = FileManager.default.contents(atPath: url.path) else {
                missing.append(file.name)
                continue
            }
            if committed != file.data { stale.append(file.name) }
        }
        let written = Set(build.files.map(\.name))
        let present = (try? FileManager.default.contentsOfDirectory(atPath: outputDirectory.path)) ?? []
        // Files left over from removed lessons or figures are stale; files lstmbook did not write
        // (its manifest does not list them) are someone else's and none of check's business.
        let owned = OutputManifest.read(in: outputDirectory)
        stale += present.sorted().filter { name in
            (owned?.contains(name) ?? OutputFiles.looksGenerated(name))
                && OutputFiles.isStale(name, written: written, heldBack: build.heldBack)
        }
        staleFiles = stale
        missingFiles = missing
    }

    public var driftBeyondTolerance: [Drift] { build.drift.filter(\.isBeyondTolerance) }

    public var passed: Bool {
        build.problems.isEmpty && staleFiles.isEmpty && missingFiles.isEmpty && driftBeyondTolerance.isEmpty
    }
}
