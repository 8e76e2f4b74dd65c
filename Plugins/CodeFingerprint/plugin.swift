import Foundation
import PackagePlugin

/// Compiles a fingerprint of the experiment code into the Lessons module, so cached directive
/// results are keyed by the code that computed them: changing the engine reruns the
/// experiments, editing prose does not. A prebuild command, because it must look at the
/// sources on every build; the script rewrites its output only when a fingerprint changes, so
/// an unchanged tree recompiles nothing.
@main
struct CodeFingerprint: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "Fingerprints")
        let script = context.package.directoryURL.appending(path: "scripts/fingerprint")
        return [
            .prebuildCommand(
                displayName: "Fingerprinting the engine and directive sources",
                executable: URL(filePath: "/bin/sh"),
                arguments: [script.path, context.package.directoryURL.path, output.path],
                outputFilesDirectory: output),
        ]
    }
}
