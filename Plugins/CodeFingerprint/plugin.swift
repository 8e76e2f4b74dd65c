import Foundation
import PackagePlugin

/// Compiles fingerprints of the experiment code into the Directives module, so cached directive
/// results are keyed by the code that computed them: changing the engine reruns every
/// experiment, one kind's run code reruns that kind, editing prose or figures reruns nothing
/// (scripts/fingerprint says which files count).
///
/// A build command whose inputs are every source file it digests, so the build system reruns it
/// whenever one of them changes. (A prebuild command looked right but is not: SwiftPM runs those
/// only when it plans the build again, which an edit to an existing file does not cause, so the
/// fingerprint went stale and the cache served results computed by older code.)
@main
struct CodeFingerprint: BuildToolPlugin {
    /// The folders whose code can change an experiment's numbers; scripts/fingerprint picks the
    /// run code among their files.
    static let digested = ["Sources/Engine", "Sources/Directives/Kinds"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let script = root.appending(path: "scripts/fingerprint")
        let output = context.pluginWorkDirectoryURL.appending(path: "Fingerprints")
        return [
            .buildCommand(
                displayName: "Fingerprinting the engine and directive sources",
                executable: URL(filePath: "/bin/sh"),
                arguments: [script.path, root.path, output.path],
                inputFiles: [script] + Self.digested.flatMap { swiftFiles(under: root.appending(path: $0)) },
                outputFiles: [output.appending(path: "CodeFingerprints.swift")]),
        ]
    }

    private func swiftFiles(under folder: URL) -> [URL] {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
            .sorted { $0.path < $1.path }
    }
}
