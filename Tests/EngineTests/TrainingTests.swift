import Engine
import Testing

/// Training behaviour beyond the Keras fixtures: determinism, learning, and refusals.
@Suite struct TrainingTests {
    static func problem(seed: UInt64) -> (Model, Dataset) {
        var rng = SeededGenerator(seed: seed)
        let model = Model.initialised(cell: .lstm, units: 5, inputDim: 2, outputs: 1, activation: .linear, using: &rng)
        // Target: the mean of the first feature over the sequence, which the LSTM can learn.
        let x = Support.randomSequences(40, 6, 2, rng: &rng)
        let y = x.map { [$0.map { $0[0] }.reduce(0, +) / 6] }
        return (model, Dataset(inputs: x, targets: y))
    }

    @Test func sameSeedGivesBitIdenticalTraining() throws {
        var results: [(Model, [Double])] = []
        for _ in 0..<2 {
            var (model, data) = Self.problem(seed: 21)
            var rng = SeededGenerator(seed: 99)
            let history = try train(&model, on: data, config: TrainingConfig(epochs: 5, batchSize: 7), using: &rng)
            results.append((model, history.epochLosses))
        }
        #expect(results[0].0 == results[1].0)
        #expect(results[0].1 == results[1].1)
        var (other, data) = Self.problem(seed: 21)
        var rng = SeededGenerator(seed: 100)  // another shuffle order
        _ = try train(&other, on: data, config: TrainingConfig(epochs: 5, batchSize: 7), using: &rng)
        #expect(other != results[0].0)
    }

    @Test func lossFallsAndProgressReportsEveryEpoch() throws {
        var (model, data) = Self.problem(seed: 22)
        var rng = SeededGenerator(seed: 1)
        var reported: [Int] = []
        let history = try train(&model, on: data, config: TrainingConfig(epochs: 30, batchSize: 4, optimizer: .adam(learningRate: 0.01)),
                                using: &rng) { epoch, _ in reported.append(epoch) }
        #expect(reported == Array(1...30))
        #expect(history.epochLosses.count == 30)
        #expect(history.epochLosses.last! < history.epochLosses.first! / 5)
        #expect(try model.loss(inputs: data.inputs, targets: data.targets, loss: .meanSquaredError) < history.epochLosses.first!)
    }

    @Test func epochLossIsTheSampleWeightedMeanOfBatchLosses() throws {
        // With SGD at a vanishing learning rate the weights barely move, so the epoch loss must
        // equal the batch-size-weighted mean of the batch losses at the starting weights.
        let (start, data) = Self.problem(seed: 23)
        var model = start
        var rng = SeededGenerator(seed: 0)
        let history = try train(&model, on: data, config: TrainingConfig(epochs: 1, batchSize: 16, shuffle: false,
                                                                          optimizer: .sgd(learningRate: 1e-12)), using: &rng)
        var expected = 0.0
        for first in stride(from: 0, to: 40, by: 16) {
            let range = first..<min(first + 16, 40)
            let batchLoss = try start.loss(inputs: Array(data.inputs[range]), targets: Array(data.targets[range]), loss: .meanSquaredError)
            expected += batchLoss * Double(range.count)
        }
        #expect(abs(history.epochLosses[0] - expected / 40) < 1e-12)
    }

    @Test func divergenceNamesItsEpochAndLeavesTheModelAlone() throws {
        var rng = SeededGenerator(seed: 24)
        let start = Support.randomModel(cells: [.simpleRNN], units: [3], inputDim: 1, outputs: 1, activation: .linear, rng: &rng)
        let data = Dataset(inputs: [[[1e3]], [[-1e3]]], targets: [[1e150], [-1e150]])
        var model = start
        do {
            // Any number of epochs may be asked for (nothing is sized by it); this run stops early.
            _ = try train(&model, on: data, config: TrainingConfig(epochs: .max, batchSize: 1, optimizer: .sgd(learningRate: 1e10)), using: &rng)
            Issue.record("training on exploding targets did not diverge")
        } catch EngineError.diverged(let epoch, let loss) {
            #expect(epoch >= 1 && epoch <= 5)
            #expect(!loss.isFinite)
        }
        #expect(model == start)
    }

    @Test func badSettingsAndDataAreRefused() throws {
        var (model, data) = Self.problem(seed: 25)
        var rng = SeededGenerator(seed: 1)
        let refused: [(TrainingConfig, Dataset)] = [
            (TrainingConfig(epochs: 0), data),
            (TrainingConfig(epochs: 1, batchSize: 0), data),
            (TrainingConfig(epochs: 1, optimizer: .adam(learningRate: -1)), data),
            (TrainingConfig(epochs: 1, optimizer: .adam(beta1: 1)), data),
            (TrainingConfig(epochs: 1, clipNorm: 0), data),
            (TrainingConfig(epochs: 1, loss: .binaryCrossEntropy), data),  // the output is linear
            (TrainingConfig(epochs: 1), Dataset(inputs: data.inputs, targets: Array(data.targets.dropLast()))),
            (TrainingConfig(epochs: 1), Dataset(inputs: [], targets: [])),
            (TrainingConfig(epochs: 1), Dataset(inputs: data.inputs, targets: data.targets.map { [$0[0], 0] })),
            (TrainingConfig(epochs: 1), Dataset(inputs: data.inputs, targets: [[.nan]] + data.targets.dropFirst())),
        ]
        for (config, bad) in refused {
            #expect(throws: EngineError.self) { try train(&model, on: bad, config: config, using: &rng) }
        }
    }

    @Test func clippingBoundsTheUpdate() throws {
        // One SGD step with lr 1 moves the weights by exactly the (clipped) gradient.
        let (start, data) = Self.problem(seed: 26)
        let g = try start.gradients(inputs: data.inputs, targets: data.targets, loss: .meanSquaredError)
        let norm = Support.flatten(g).reduce(0) { $0 + $1 * $1 }.squareRoot()
        let clip = norm / 4
        var model = start
        var rng = SeededGenerator(seed: 0)
        _ = try train(&model, on: data, config: TrainingConfig(epochs: 1, batchSize: 40, shuffle: false,
                                                                optimizer: .sgd(learningRate: 1), clipNorm: clip), using: &rng)
        let step = zip(Support.flatten(start).values, Support.flatten(model).values).map { $0 - $1 }
        let stepNorm = step.reduce(0) { $0 + $1 * $1 }.squareRoot()
        #expect(abs(stepNorm - clip) < 1e-12 * clip)
        let direction = zip(step, Support.flatten(g)).map { $0 - $1 / 4 }
        #expect(direction.allSatisfy { abs($0) < 1e-12 })
    }
}
