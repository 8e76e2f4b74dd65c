import Engine

/// What one trained classifier does with the note's review: how positive it thinks the review is
/// after each word, for the review and each edit of it, and how much its verdict depends on each word.
struct ModelReading: Codable, Sendable {
    var parameters: Int
    var trainAccuracy: Double
    var testAccuracy: Double
    var epochLosses: [Double]
    /// P(positive) after each word, one row per `ReviewVariant.allCases`: the Dense layer applied
    /// to h_t, i.e. the verdict had the review ended there.
    var running: [[Double]]
    /// ‖∂y/∂x_t‖ for each word t of the review as written, with y the output's logit (the value
    /// before the sigmoid, which does not flatten as the model grows sure of itself).
    var sensitivity: [Double]
    /// The recurrent layer over the review as written, word steps only.
    var trace: Trace
    /// The trained model as `lstmbook-model/1` JSON, offered beside the figures that read it.
    var model: String

    /// P(positive) after the last word of `variant`.
    func final(_ variant: ReviewVariant) -> Double {
        running[ReviewVariant.allCases.firstIndex(of: variant)!].last!
    }

    /// Reads the traces of the review and its edits (`ReviewVariant.allCases` order, each over
    /// `padding` zero steps and then the words); `review` is the padded input of the review as written.
    init(model: Model, traces: [Trace], review: [[Double]], padding: Int,
         accuracy: (train: Double, test: Double), epochLosses: [Double]) throws {
        parameters = model.parameterCount
        self.model = try model.jsonString()
        trainAccuracy = accuracy.train
        testAccuracy = accuracy.test
        self.epochLosses = epochLosses
        running = traces.map { trace in
            trace.steps.dropFirst(padding).map { Self.probability(model.dense, $0.h) }
        }
        sensitivity = Array(try Self.inputSensitivity(model, review).dropFirst(padding))
        // The one-hot inputs are the words themselves; keeping them would only bloat the record.
        trace = traces[0].withoutInputs(from: padding)
    }

    /// σ(K·h + b): the Dense layer on one hidden state.
    static func probability(_ dense: DenseLayer, _ h: [Double]) -> Double {
        var y = dense.bias[0]
        for (k, value) in h.enumerated() { y += dense.kernel[k, 0] * value }
        return sigmoid(y)
    }

    /// ‖∂y/∂x_t‖ for every step, y the logit. The engine gives input gradients of a loss, so we
    /// ask for those of the mean squared error of the linear output against y − ½: its derivative
    /// with respect to y is 2·½ = 1, which makes ∂loss/∂x exactly ∂y/∂x.
    static func inputSensitivity(_ model: Model, _ x: [[Double]]) throws -> [Double] {
        var logit = model
        logit.dense.activation = .linear
        let y = try logit.predict([x])[0][0]
        let gradients = try logit.gradients(inputs: [x], targets: [[y - 0.5]], loss: .meanSquaredError)
        return gradients.inputs[0].map { step in step.map { $0 * $0 }.reduce(0, +).squareRoot() }
    }
}
