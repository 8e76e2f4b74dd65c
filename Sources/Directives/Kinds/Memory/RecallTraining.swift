import Engine

/// How {memory} and {gradient-flow} train a model on the recall task. Both read these options
/// the same way and seed the same way, so with equal options and seeds they train the very same
/// models: the trained curves of lesson 1 come from lesson 5's networks.
struct RecallTraining: OptionsStruct {
    var units = 8
    var epochs = 30
    var trainSize = 512
    var testSize = 256
    var batchSize = 8
    var learningRate = 0.003
    var noise = 1.0
    var forgetBias = 1.0

    static let declarations: [DeclaredOption<Self>] = [
        .init("units", \.units, .integer(1...32), .run, doc: "Units in the recurrent layer."),
        .init("epochs", \.epochs, .integer(1...500), .run, doc: "Training epochs per run."),
        .init("train_size", \.trainSize, .integer(8...8192), .run, doc: "Training sequences per run, drawn afresh for each length and seed."),
        .init("test_size", \.testSize, .integer(8...8192), .run, doc: "Test sequences per run, drawn like the training ones but never trained on."),
        .init("batch_size", \.batchSize, .integer(1...512), .run, doc: "Sequences per Adam step."),
        .init("learning_rate", \.learningRate, .number(0.00001...1), .run, doc: "Adam's learning rate."),
        .init("noise", \.noise, .number(0...10), .run, doc: "Standard deviation of the Gaussian noise that follows the first value (which is ±1)."),
        .init("forget_bias", \.forgetBias, .number(-10...10), .run,
              doc: "Initial forget-gate bias of the LSTM: 1 is Keras's unit_forget_bias (f starts near σ(1) ≈ 0.73); "
                  + "larger values start it nearer to keeping everything. Other cells ignore it."),
    ]

    /// A run before training: the initialised model, its data, and the generator that will
    /// shuffle the batches.
    struct Start {
        var model: Model
        var train: Dataset
        var test: Dataset
        var rng: SeededGenerator
    }

    /// A finished run.
    struct Run {
        var initial: Model
        var trained: Model
        var test: Dataset
        var accuracy: Double
    }

    /// The training and test sequences of a run.
    struct Sequences: Sendable {
        var train: Dataset
        var test: Dataset
    }

    /// The data draw from the seed and the length alone, so for one seed and length every cell
    /// meets the same sequences (and a caller training several cells may make them once).
    func sequences(length: Int, seed: Int) -> Sequences {
        var data = SeededGenerator(seed: UInt64(seed) &* 1_000_003 &+ UInt64(length))
        let task = RecallTask(length: length, noise: noise)
        let train = task.samples(trainSize, using: &data)
        return Sequences(train: train, test: task.samples(testSize, using: &data))
    }

    /// Weights and shuffling draw from the seed alone; the data are `sequences(length:seed:)`'s.
    func start(_ cell: CellKind, length: Int, seed: Int, sequences made: Sequences? = nil) -> Start {
        var rng = SeededGenerator(seed: UInt64(seed))
        var model = Model.initialised(cell: cell, units: units, inputDim: RecallTask.features, outputs: 1, activation: .sigmoid, using: &rng)
        if cell == .lstm {
            // Keras's kernel order is i, f, g, o: the forget gate is the second block of columns.
            for u in 0..<units { model.recurrentLayers[0].bias[0, units + u] = forgetBias }
        }
        let data = made ?? sequences(length: length, seed: seed)
        return Start(model: model, train: data.train, test: data.test, rng: rng)
    }

    /// Trains with Adam on binary cross-entropy and scores the model on the test sequences.
    /// `progress` is called after every epoch with the epoch's number.
    func run(_ cell: CellKind, length: Int, seed: Int, sequences made: Sequences? = nil,
             progress: @escaping (Int) -> Void) throws(DirectiveFailure) -> Run {
        var start = start(cell, length: length, seed: seed, sequences: made)
        var model = start.model
        let config = TrainingConfig(epochs: epochs, batchSize: batchSize, loss: .binaryCrossEntropy, optimizer: .adam(learningRate: learningRate))
        do {
            _ = try Engine.train(&model, on: start.train, config: config, using: &start.rng) { epoch, _ in progress(epoch) }
            return Run(initial: start.model, trained: model, test: start.test, accuracy: try Self.accuracy(model, on: start.test))
        } catch {
            throw DirectiveFailure("\(cell.displayName), length \(length), seed \(seed): \(error); "
                + "a smaller learning_rate may help", option: \RecallTraining.learningRate)
        }
    }

    /// The share of sequences whose sign the model gets right (output above or below 0.5).
    static func accuracy(_ model: Model, on data: Dataset) throws -> Double {
        let outputs = try model.predict(data.inputs)
        let right = zip(outputs, data.targets).filter { ($0[0] > 0.5) == ($1[0] > 0.5) }.count
        return Double(right) / Double(data.targets.count)
    }
}
