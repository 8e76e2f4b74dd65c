import Engine

/// How the classifiers are trained: the same for the LSTM and the plain RNN, so the comparison is
/// about the cell alone.
struct ClassifierSettings: Sendable {
    var units: Int
    var epochs: Int
    var batchSize: Int
    var learningRate: Double
    /// Keras's `global_clipnorm`: long sequences can make a plain RNN's gradients explode, and
    /// one huge step would undo its training.
    var clipNorm: Double
}

/// A recurrent layer → Dense(1, sigmoid) that reads a review and says how likely it is positive.
enum ReviewClassifier {
    /// Trains a fresh model on binary cross-entropy with Adam, drawing its initial weights and then
    /// the epoch shuffles from `rng`. `progress` is called after each epoch.
    static func train(cell: CellKind, on reviews: [LabelledReview], encoding: ReviewEncoding, settings: ClassifierSettings,
                      using rng: inout SeededGenerator, progress: @escaping (Int) -> Void) throws -> (model: Model, losses: [Double]) {
        var model = Model.initialised(cell: cell, units: settings.units, inputDim: encoding.vocabulary.size, outputs: 1,
                                      activation: .sigmoid, using: &rng)
        let data = Dataset(inputs: reviews.map { encoding.steps($0.tokens) }, targets: reviews.map { [$0.opinion.target] })
        let config = TrainingConfig(epochs: settings.epochs, batchSize: settings.batchSize, loss: .binaryCrossEntropy,
                                    optimizer: .adam(learningRate: settings.learningRate), clipNorm: settings.clipNorm)
        let history = try Engine.train(&model, on: data, config: config, using: &rng) { epoch, _ in progress(epoch) }
        return (model, history.epochLosses)
    }

    /// The share of reviews with an opinion that the model reads right, taking p ≥ ½ as positive;
    /// reviews without one have no right answer to count.
    static func accuracy(_ model: Model, on reviews: [LabelledReview], encoding: ReviewEncoding) throws -> Double {
        let judged = reviews.filter { $0.opinion != .none }
        let p = try model.predict(judged.map { encoding.steps($0.tokens) })
        let right = zip(p, judged).filter { ($0[0] >= 0.5) == ($1.opinion == .positive) }.count
        return Double(right) / Double(judged.count)
    }
}
