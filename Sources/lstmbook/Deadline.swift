import Directives
import Foundation

/// `--timeout`: a build that runs longer than asked stops with one message naming the
/// directives still running, and writes nothing. Threads cannot be stopped from outside, so the
/// process ends; results already recorded in the cache are whole (each is written atomically)
/// and are reused by the next build.
final class Deadline: @unchecked Sendable {
    private let lock = NSLock()
    private var running: [String: Date] = [:]
    private var finished = false
    private let seconds: Double

    init(seconds: Double) {
        self.seconds = seconds
    }

    /// `events`, also keeping track of which directives are running.
    func tracking(_ events: BuildEvents) -> BuildEvents {
        var tracked = events
        tracked.willRun = { [self] invocation, reason in
            lock.withLock { running[invocation.label] = Date() }
            events.willRun(invocation, reason)
        }
        tracked.didRun = { [self] invocation, seconds in
            lock.withLock { running[invocation.label] = nil }
            events.didRun(invocation, seconds)
        }
        return tracked
    }

    /// Starts the clock.
    func start() {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            // The lock is held until the process ends, so `finish` cannot let writing begin.
            lock.lock()
            guard !finished else { return lock.unlock() }
            let now = Date()
            let still = running.sorted { $0.value < $1.value }.map { "\($0.key) (for \(Int(now.timeIntervalSince($0.value))) s)" }
            Console.note("Error: stopped after --timeout \(Self.format(seconds)) s; nothing was written"
                         + (still.isEmpty ? "" : "; still running: " + still.joined(separator: ", ")))
            exit(EXIT_FAILURE)
        }
    }

    /// The work is done in time: from here on the deadline does not apply (writing is not cut short).
    func finish() {
        lock.withLock { finished = true }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
