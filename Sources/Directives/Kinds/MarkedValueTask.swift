import Engine

/// The task the walked-through cells of lessons 3, 4 and 8 are trained on: remember the marked
/// value.
///
/// Each step has two inputs, a value x and a marker m. Most steps carry noise and m = 0; one or
/// two steps, at random, carry x = ±1 and m = 1. After the last step the target is 1 when the
/// last marked value was +1 and 0 when it was −1. One unit can solve it only if its gates
/// decide: at a marked step write the new value over the old one (input gate open, forget gate
/// shut), elsewhere keep what is stored (forget gate open, input gate shut) — so a trained unit
/// shows each gate doing its job, which an untrained one, all gates near 0.5, cannot.
struct MarkedValueTask: Sendable {
    let length: Int
    let noise: Double

    static let features = 2

    /// `count` sequences and their targets.
    func samples(_ count: Int, using rng: inout SeededGenerator) -> Dataset {
        var inputs: [[[Double]]] = [], targets: [[Double]] = []
        for _ in 0..<count {
            var sequence = (0..<length).map { _ in [noise * rng.normal(), 0.0] }
            let marks = rng.uniform() < 0.5 ? 1 : 2
            var steps: [Int] = []
            while steps.count < marks {
                let t = min(Int(rng.uniform() * Double(length)), length - 1)
                if !steps.contains(t) { steps.append(t) }
            }
            var last = 1.0
            for t in steps.sorted() {
                last = rng.uniform() < 0.5 ? -1 : 1
                sequence[t] = [last, 1]
            }
            inputs.append(sequence)
            targets.append([last > 0 ? 1 : 0])
        }
        return Dataset(inputs: inputs, targets: targets)
    }

    /// A one-unit cell of `kind` (and the Dense layer reading it) trained on this task from `seed`: weights, data and shuffling
    /// all drawn from it, so the same seed gives the same cell on any machine.
    static func trainedModel(_ kind: CellKind, units: Int, seed: Int) throws -> (model: Model, accuracy: Double) {
        var rng = SeededGenerator(seed: UInt64(seed))
        var model = Model.initialised(cell: kind, units: units, inputDim: features, outputs: 1, activation: .sigmoid, using: &rng)
        let task = MarkedValueTask(length: 8, noise: 0.5)
        let train = task.samples(1024, using: &rng)
        let test = task.samples(256, using: &rng)
        let config = TrainingConfig(epochs: 40, batchSize: 16, loss: .binaryCrossEntropy, optimizer: .adam(learningRate: 0.02))
        _ = try Engine.train(&model, on: train, config: config, using: &rng) { _, _ in }
        return (model, try RecallTraining.accuracy(model, on: test))
    }
}
