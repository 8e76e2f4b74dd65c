import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Rebuilds lstmbook after its sources changed and runs the new binary in place of this
/// process, so a preview always shows what the code in the checkout computes. Only a rebuilt
/// binary can run changed engine code: Swift has no reloading of compiled code.
public enum BinaryRebuild {
    /// The command that builds the binary, as `make build` runs it.
    public static let command = ["swift", "build", "-c", "release", "--product", "lstmbook"]

    /// Whether `directory` is an lstmbook checkout, whose sources the preview should watch.
    public static func isCheckout(_ directory: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path)
            && FileManager.default.fileExists(atPath: directory.appendingPathComponent("Sources/Engine").path, isDirectory: &isFolder)
            && isFolder.boolValue
    }

    /// The compiler's complaint: everything `swift build` printed.
    public struct Failure: Error {
        public let output: String
    }

    /// Runs `swift build` in `directory`, copying its output to standard error as it comes;
    /// returns the new binary.
    public static func build(in directory: URL) -> Result<URL, Failure> {
        let (status, output) = run(command, in: directory, echo: true)
        guard status == 0 else { return .failure(Failure(output: output)) }
        let (found, path) = run(command + ["--show-bin-path"], in: directory, echo: false)
        let binary = URL(fileURLWithPath: path.trimmingCharacters(in: .whitespacesAndNewlines)).appendingPathComponent("lstmbook")
        guard found == 0, FileManager.default.isExecutableFile(atPath: binary.path) else {
            return .failure(Failure(output: "swift build succeeded, but no lstmbook binary was found at \(binary.path)\n\(path)"))
        }
        return .success(binary)
    }

    /// Replaces this process with `binary` run with `arguments` (the command's own, without
    /// the program name). Returns only when that failed, with the reason.
    public static func relaunch(_ binary: URL, arguments: [String]) -> String {
        let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
        execv(binary.path, argv)
        let reason = String(cString: strerror(errno))
        argv.forEach { free($0) }
        return "cannot run \(binary.path): \(reason)"
    }

    /// Runs `arguments` through `env` (so `swift` is found on PATH) with standard output and
    /// error together, as a terminal would show them.
    private static func run(_ arguments: [String], in directory: URL, echo: Bool) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return (127, "cannot run \(arguments.joined(separator: " ")): \(error.localizedDescription)")
        }
        var output = Data()
        while case let chunk = pipe.fileHandleForReading.availableData, !chunk.isEmpty {
            if echo { FileHandle.standardError.write(chunk) }
            output += chunk
        }
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
