@testable import Engine
import Foundation
import Testing

/// Splitting a batch's products over threads must not change a single bit: each thread computes
/// whole entries of C in the one-thread order, and no sum is split between threads.
@Suite struct ParallelTrainingTests {
    /// The bit patterns of every weight after training with `threads`.
    static func trainedBits(_ cell: CellKind, threads: Int) throws -> [UInt64] {
        var rng = SeededGenerator(seed: 5)
        var model = Model.initialised(cell: cell, units: 32, inputDim: 4, outputs: 1, activation: .linear, using: &rng)
        let x = Support.randomSequences(96, 8, 4, rng: &rng)
        let y = x.map { [$0.map { $0[0] - $0[1] }.reduce(0, +) / 8] }
        let config = TrainingConfig(epochs: 2, batchSize: 32, optimizer: .adam(learningRate: 0.01), threads: threads)
        _ = try train(&model, on: Dataset(inputs: x, targets: y), config: config, using: &rng)
        return Support.flatten(model).values.map(\.bitPattern)
    }

    @Test(arguments: [CellKind.lstm, .gru(resetAfter: true), .gru(resetAfter: false), .simpleRNN])
    func oneTwoAndThreeThreadsTrainToTheSameBits(_ cell: CellKind) throws {
        // Batch 32 × 32 units: every cell's weight gradient dU (32 × width over 7·32 rows) is
        // above the threshold, and so are the LSTM's and GRU's step products, so the test
        // exercises the threads.
        #expect(32 * 32 * 7 * 32 >= Parallelism.minimumWork)
        let one = try Self.trainedBits(cell, threads: 1)
        #expect(try Self.trainedBits(cell, threads: 2) == one)
        #expect(try Self.trainedBits(cell, threads: 3) == one)
    }

    /// Wide enough layers that each step's element-wise work (σ, tanh and the state updates
    /// forward, the dz formulas backward) is split over samples too, with a ragged last batch.
    @Test(arguments: [(CellKind.lstm, 128), (.gru(resetAfter: true), 176), (.gru(resetAfter: false), 176), (.simpleRNN, 512)])
    func elementWiseStepsSplitBySampleGiveTheSameBits(_ cell: CellKind, units: Int) throws {
        let width = cell.gateCount * units
        #expect(32 * width * LayerPass.backwardWorkPerValue >= Parallelism.minimumWork)
        func trainedBits(threads: Int) throws -> [UInt64] {
            var rng = SeededGenerator(seed: 11)
            var model = Model.initialised(cell: cell, units: units, inputDim: 3, outputs: 1, activation: .linear, using: &rng)
            let x = Support.randomSequences(40, 3, 3, rng: &rng)
            let y = x.map { [$0[2][0] - $0[0][1]] }
            let config = TrainingConfig(epochs: 1, batchSize: 32, optimizer: .adam(learningRate: 0.01), threads: threads)
            _ = try train(&model, on: Dataset(inputs: x, targets: y), config: config, using: &rng)
            return Support.flatten(model).values.map(\.bitPattern)
        }
        let one = try trainedBits(threads: 1)
        #expect(try trainedBits(threads: 2) == one)
        #expect(try trainedBits(threads: 3) == one)
    }

    @Test func rowRangesCoverEveryRowOnceInBlocksOfFour() {
        let lock = NSLock()
        for (rows, threads) in [(1, 2), (5, 2), (32, 2), (33, 3), (130, 2), (7, 8)] {
            var ranges: [Range<Int>] = []
            Parallelism(threads: threads).splitRows(rows, work: Parallelism.minimumWork) { first, count in
                lock.withLock { ranges.append(first..<(first + count)) }
            }
            ranges.sort { $0.lowerBound < $1.lowerBound }
            #expect(ranges.flatMap { Array($0) } == Array(0..<rows), "rows \(rows), threads \(threads)")
            #expect(ranges.dropLast().allSatisfy { $0.count % 4 == 0 })
            #expect(rows <= 4 || ranges.count > 1, "more than one tile of rows is split")
        }
        var calls = 0
        Parallelism(threads: 2).splitRows(64, work: Parallelism.minimumWork - 1) { _, _ in calls += 1 }
        #expect(calls == 1, "a small product stays on one thread")
    }
}
