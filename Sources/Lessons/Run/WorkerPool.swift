import Foundation

/// Runs independent jobs on up to `workers` threads and returns their results in job order, so
/// the output of a parallel run is identical to a serial one.
enum WorkerPool {
    static func map<Job: Sendable, Output: Sendable>(_ jobs: [Job], workers: Int, _ work: @Sendable (Int, Job) -> Output) -> [Output] {
        let box = ResultsBox<Output>(count: jobs.count)
        let threads = max(1, min(workers, jobs.count))
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let index = box.claimNext() {
                box.store(work(index, jobs[index]), at: index)
            }
        }
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
