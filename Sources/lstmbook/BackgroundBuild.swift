import Foundation

/// A build running on a thread of its own, which `serve` can mark stale: it then starts no more
/// directives (those running finish: a thread cannot be stopped from outside) and is not served.
final class BackgroundBuild: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    private let done = DispatchGroup()

    init(_ work: @escaping @Sendable (BackgroundBuild) -> Void) {
        done.enter()
        Thread.detachNewThread { [self] in
            work(self)
            done.leave()
        }
    }

    var wasCancelled: Bool { lock.withLock { cancelled } }
    var isRunning: Bool { done.wait(timeout: .now()) == .timedOut }

    func cancel() { lock.withLock { cancelled = true } }
    func wait() { done.wait() }
}
