import Directives
import Foundation

/// How a build shows itself on standard error: on a terminal, one status line that redraws —
/// which directive runs and a bar over its epochs — plus a line per rerun saying why; when not a
/// terminal, only the rerun lines; with --quiet, nothing.
final class TerminalProgress: @unchecked Sendable {
    enum Mode { case terminal, plain, quiet }

    private let mode: Mode
    private let lock = NSLock()
    private var statusShown = false
    private var lastDraw = Date.distantPast

    init(quiet: Bool) {
        if quiet {
            mode = .quiet
        } else {
            mode = isatty(STDERR_FILENO) == 1 ? .terminal : .plain
        }
    }

    var events: BuildEvents {
        BuildEvents(
            willRun: { [self] invocation, reason in line("run  \(invocation.label) (\(reason))") },
            progress: { [self] invocation, done, total in status(invocation.label, done: done, total: total) },
            didRun: { [self] invocation, seconds in line("done \(invocation.label) in \(String(format: "%.2f", seconds)) s") })
    }

    /// A line that stays in the log.
    func line(_ text: String) {
        guard mode != .quiet else { return }
        lock.withLock {
            clearStatus()
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }

    /// Clears the status line before the command's own final messages.
    func finish() {
        lock.withLock { clearStatus() }
    }

    private func status(_ label: String, done: Int, total: Int) {
        guard mode == .terminal, total > 0 else { return }
        lock.withLock {
            // Redraw at most 20 times a second: drawing must not slow the training down.
            let now = Date()
            guard done == total || now.timeIntervalSince(lastDraw) > 0.05 else { return }
            lastDraw = now
            let width = 24
            let filled = width * done / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(label) \(bar) \(done)/\(total)".utf8))
            statusShown = true
        }
    }

    private func clearStatus() {
        if statusShown {
            FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
            statusShown = false
        }
    }
}
