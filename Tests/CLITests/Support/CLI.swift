import Foundation
import Testing

/// Runs the built `lstmbook` binary as a user would, and reports its exit status and output.
enum CLI {
    struct Outcome {
        let status: Int32
        let crashed: Bool
        let stdout: String
        let stderr: String
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The binary SwiftPM built next to this test bundle (CLITests depends on the executable).
    static let binary: URL? = {
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent("lstmbook"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("lstmbook"))
        for config in ["debug", "release"] {
            candidates.append(root.appendingPathComponent(".build/\(config)/lstmbook"))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// `binary`, or an error saying it was not built.
    static func executable() throws -> URL {
        guard let binary else { throw MissingBinary() }
        return binary
    }

    struct MissingBinary: Error, CustomStringConvertible {
        var description: String { "the lstmbook binary was not found next to the tests" }
    }

    static func run(_ arguments: [String], in directory: URL? = nil, timeout: TimeInterval = 120) throws -> Outcome {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes at once: a child that fills one while we wait on the other would hang.
        let group = DispatchGroup()
        let box = OutputBox()
        DispatchQueue.global().async(group: group) { box.setStdout(out.fileHandleForReading.readDataToEndOfFile()) }
        DispatchQueue.global().async(group: group) { box.setStderr(err.fileHandleForReading.readDataToEndOfFile()) }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            Issue.record("lstmbook \(arguments) did not finish in \(timeout) s")
        }
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, crashed: process.terminationReason != .exit,
                       stdout: String(decoding: box.stdout, as: UTF8.self), stderr: String(decoding: box.stderr, as: UTF8.self))
    }
}

private final class OutputBox: @unchecked Sendable {
    private let lock = NSLock()
    private var out = Data(), err = Data()
    func setStdout(_ data: Data) { lock.withLock { out = data } }
    func setStderr(_ data: Data) { lock.withLock { err = data } }
    var stdout: Data { lock.withLock { out } }
    var stderr: Data { lock.withLock { err } }
}

/// A throwaway project: `lessons/` (with `data/`) and `output/` in a temporary directory.
final class Project {
    let root: URL
    var lessons: URL { root.appendingPathComponent("lessons") }
    var output: URL { root.appendingPathComponent("output") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("lstmbook-cli-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: lessons.appendingPathComponent("data"), withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ name: String, _ text: String) throws {
        try write(name, Data(text.utf8))
    }

    func write(_ name: String, _ data: Data) throws {
        let url = lessons.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func build(_ extra: [String] = []) throws -> CLI.Outcome {
        try CLI.run(["build", "--jobs", "1", "--quiet", "--cache", root.appendingPathComponent("cache").path] + extra, in: root)
    }

    /// Every file of the output folder and its bytes, to show a failed build changed nothing.
    func snapshot() -> [String: Data] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        return Dictionary(uniqueKeysWithValues: names.map { ($0, (try? Data(contentsOf: output.appendingPathComponent($0))) ?? Data()) })
    }

    static let airline: String = (try? String(contentsOf: CLI.root.appendingPathComponent("lessons/data/airline-passengers.csv"),
        encoding: .utf8)) ?? ""
}
