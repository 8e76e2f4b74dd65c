import Engine
import Foundation
import Testing

/// The engine against float64 Keras 3 (fixtures written by tools/keras/make_fixtures.py): the
/// same weights must give the same outputs, states, loss and gradients, and the same few training
/// steps must give the same weights, to 1e-9 relative.
@Suite struct KerasAgreementTests {
    static let tolerance = 1e-9
    static let directory = Support.fixturesDirectory().appendingPathComponent("keras")

    /// A vector or a matrix in the fixture JSON (a reset-after GRU's bias is two rows).
    enum Numbers: Decodable {
        case vector([Double])
        case matrix([[Double]])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let v = try? container.decode([Double].self) {
                self = .vector(v)
            } else {
                self = .matrix(try container.decode([[Double]].self))
            }
        }

        var flat: [Double] {
            switch self {
            case .vector(let v): return v
            case .matrix(let m): return m.flatMap { $0 }
            }
        }
    }

    struct LayerGradients: Decodable {
        let kernel: Numbers
        let recurrent_kernel: Numbers?
        let bias: Numbers
    }

    struct GradientFixture: Decodable {
        struct Gradients: Decodable {
            let layers: [LayerGradients]
            let inputs: [[[Double]]]
        }
        let loss: String
        let inputs: [[[Double]]]
        let targets: [[Double]]
        let sequence: [[[Double]]]
        let final_h: [[Double]]
        let final_c: [[Double]]?
        let predictions: [[Double]]
        let loss_value: Double
        let gradients: Gradients
    }

    struct TrainingFixture: Decodable {
        let loss: String
        let optimizer: String
        let learning_rate: Double
        let global_clipnorm: Double?
        let epochs: Int
        let batch_size: Int
        let inputs: [[[Double]]]
        let targets: [[Double]]
        let epoch_losses: [Double]
    }

    static func load<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static func model(_ name: String) throws -> Model {
        try Model(contentsOf: directory.appendingPathComponent(name).path)
    }

    /// Elementwise |a − b| / max(|a|, |b|, 1e-6): relative, except for values within 1e-6 of
    /// zero, which must then agree to 1e-15 absolute.
    static func worstError(_ a: [Double], _ b: [Double]) -> Double {
        #expect(a.count == b.count, "sizes differ: \(a.count) vs \(b.count)")
        return zip(a, b).map { Support.relativeError($0, $1, floor: 1e-6) }.max() ?? 0
    }

    static let gradientCases = ["simple_rnn", "lstm", "gru_reset_after", "gru_reset_before", "lstm_bce", "gru_cce", "stack_lstm_gru"]

    @Test(arguments: gradientCases)
    func forwardAndGradientsMatchKeras(_ name: String) throws {
        let model = try Self.model("\(name).model.json")
        let f = try Self.load(GradientFixture.self, "\(name).expected.json")
        let loss = try #require(Loss(rawValue: f.loss))

        // The first layer alone: every step's output and the final states, per sample.
        let first = model.recurrentLayers[0]
        for (s, x) in f.inputs.enumerated() {
            let run = try first.run(x)
            #expect(Self.worstError(run.outputs.flatMap { $0 }, f.sequence[s].flatMap { $0 }) < Self.tolerance)
            #expect(Self.worstError(run.h, f.final_h[s]) < Self.tolerance)
            if let c = f.final_c {
                #expect(Self.worstError(try #require(run.c), c[s]) < Self.tolerance)
            } else {
                #expect(run.c == nil)
            }
        }
        #expect(Self.worstError(try model.predict(f.inputs).flatMap { $0 }, f.predictions.flatMap { $0 }) < Self.tolerance)

        let g = try model.gradients(inputs: f.inputs, targets: f.targets, loss: loss)
        #expect(Self.worstError([g.loss], [f.loss_value]) < Self.tolerance)
        for (l, layer) in g.recurrentLayers.enumerated() {
            let k = f.gradients.layers[l]
            #expect(Self.worstError(layer.kernel.storage, k.kernel.flat) < Self.tolerance, "layer \(l + 1) kernel")
            #expect(Self.worstError(layer.recurrentKernel.storage, try #require(k.recurrent_kernel).flat) < Self.tolerance,
                "layer \(l + 1) recurrent kernel")
            #expect(Self.worstError(layer.bias.storage, k.bias.flat) < Self.tolerance, "layer \(l + 1) bias")
        }
        let d = try #require(f.gradients.layers.last)
        #expect(Self.worstError(g.dense.kernel.storage, d.kernel.flat) < Self.tolerance, "dense kernel")
        #expect(Self.worstError(g.dense.bias, d.bias.flat) < Self.tolerance, "dense bias")
        #expect(Self.worstError(g.inputs.flatMap { $0.flatMap { $0 } }, f.gradients.inputs.flatMap { $0.flatMap { $0 } }) < Self.tolerance, "inputs")
    }

    static let trainingCases = ["train_lstm_adam", "train_gru_adam", "train_lstm_sgd", "train_lstm_sgd_clip"]

    @Test(arguments: trainingCases)
    func trainingMatchesKerasFit(_ name: String) throws {
        let f = try Self.load(TrainingFixture.self, "\(name).expected.json")
        let start = try Self.model("\(name).model.json")
        let expected = try Self.model("\(name).trained.model.json")
        let optimizer: Optimizer = f.optimizer == "adam" ? .adam(learningRate: f.learning_rate) : .sgd(learningRate: f.learning_rate)
        let config = TrainingConfig(epochs: f.epochs, batchSize: f.batch_size, shuffle: false,
                                    loss: try #require(Loss(rawValue: f.loss)), optimizer: optimizer, clipNorm: f.global_clipnorm)
        var model = start
        var rng = SeededGenerator(seed: 0)  // unused without shuffling, but the API asks for one
        let history = try train(&model, on: Dataset(inputs: f.inputs, targets: f.targets), config: config, using: &rng)

        #expect(Self.worstError(history.epochLosses, f.epoch_losses) < Self.tolerance, "epoch losses")
        // Compare the weight *changes*, which is far stricter than comparing the weights: a step of
        // 1e-3 on a weight of 0.5 is checked to 1e-9 of the step, not of the weight.
        let before = Support.flatten(start).values
        let ours = zip(Support.flatten(model).values, before).map { $0 - $1 }
        let theirs = zip(Support.flatten(expected).values, before).map { $0 - $1 }
        #expect(Self.worstError(ours, theirs) < Self.tolerance, "weight changes")
        #expect(Self.worstError(Support.flatten(model).values, Support.flatten(expected).values) < Self.tolerance, "weights")
    }
}
