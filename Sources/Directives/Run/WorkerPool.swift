import Foundation

/// Runs independent jobs on up to `workers` threads and returns their results in job order, so
/// the output of a parallel run is identical to a serial one.
enum WorkerPool {
    static func map<Job: Sendable, Output: Sendable>(_ jobs: [Job], workers: Int, _ work: @escaping @Sendable (Int, Job) -> Output) -> [Output] {
        let box = ResultsBox<Output>(count: jobs.count)
        let drain: @Sendable () -> Void = {
            while let index = box.claimNext() {
                box.store(work(index, jobs[index]), at: index)
            }
        }
        // Plain threads, not DispatchQueue.concurrentPerform: libdispatch narrows a nested apply
        // to the cores left over, so a directive spreading its runs inside a build's worker would
        // get one thread however many were asked for.
        let helpers = max(0, min(workers, jobs.count) - 1)
        let finished = DispatchSemaphore(value: 0)
        for _ in 0..<helpers {
            Thread { drain(); finished.signal() }.start()
        }
        drain()
        for _ in 0..<helpers { finished.wait() }
        return box.outputs()
    }
}

/// The shared state of one `WorkerPool.map`: the next unclaimed job and the results so far.
private final class ResultsBox<Output>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var results: [Output?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func claimNext() -> Int? {
        lock.withLock {
            guard next < results.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func store(_ output: Output, at index: Int) {
        lock.withLock { results[index] = output }
    }

    func outputs() -> [Output] {
        lock.withLock { results.map { $0! } }
    }
}
