import ArgumentParser
import Directives
import Foundation

/// A failure the user can act on: printed as one line, exit status 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Messages for people: progress and summaries on standard error, so standard output stays
/// clean for what a command produces.
enum Console {
    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Lists every problem as `file:line: message` and exits non-zero if there were any.
    static func fail(on problems: [Diagnostic], heldBack: [String], out: String?) throws {
        guard !problems.isEmpty else { return }
        for problem in problems { note(problem.description) }
        if let out {
            let kept = heldBack.filter { FileManager.default.fileExists(atPath: "\(out)/\($0)") }
            let unwritten = heldBack.filter { !kept.contains($0) }
            if !kept.isEmpty { note("kept the previous \(kept.map { "\(out)/\($0)" }.joined(separator: ", ")) because of the errors above") }
            if !unwritten.isEmpty { note("did not write \(unwritten.map { "\(out)/\($0)" }.joined(separator: ", ")) because of the errors above") }
        }
        note("\(problems.count) error\(problems.count == 1 ? "" : "s")")
        throw ExitCode.failure
    }
}
