import Foundation
import Testing
@testable import Lessons

/// {memory}'s runs start costliest first and come back in grid order.
@Suite struct LongestFirstTests {
    @Test(arguments: [1, 2, 3])
    func startsCostliestFirstAndReturnsInGridOrder(workers: Int) {
        let jobs = [5, 100, 10, 50, 100, 20, 5]
        let started = StartLog()
        let outputs = LongestFirst.map(jobs, workers: workers, cost: { $0 }) { index, job in
            started.append(index)
            return "\(index):\(job)"
        }
        #expect(outputs == jobs.enumerated().map { "\($0.offset):\($0.element)" })
        if workers == 1 {
            // Equal costs keep grid order, so the order of starting is fully determined.
            #expect(started.indices == [1, 4, 3, 5, 2, 0, 6])
        }
    }
}

private final class StartLog: @unchecked Sendable {
    private let lock = NSLock()
    private var log: [Int] = []
    func append(_ index: Int) { lock.withLock { log.append(index) } }
    var indices: [Int] { lock.withLock { log } }
}
