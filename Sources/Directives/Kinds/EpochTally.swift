import Foundation

/// Sums the epochs done by training runs that share threads, so the progress bar shows the
/// whole directive advancing rather than whichever run reported last.
final class EpochTally: @unchecked Sendable {
    private let lock = NSLock()
    private var epochs: [Int]
    private let total: Int
    private let report: @Sendable (_ done: Int, _ total: Int) -> Void

    init(runs: Int, total: Int, report: @escaping @Sendable (Int, Int) -> Void) {
        epochs = Array(repeating: 0, count: runs)
        self.total = total
        self.report = report
    }

    /// Records that run `index` has finished `epochs` epochs, and reports the sum.
    func update(run index: Int, epochs done: Int) {
        let sum = lock.withLock {
            epochs[index] = done
            return epochs.reduce(0, +)
        }
        report(sum, total)
    }
}
