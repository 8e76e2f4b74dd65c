import Engine
import Foundation

/// Shared helpers for the engine tests: random models and data, a model's parameters as one flat
/// list (written here independently of the engine's own packing), and tolerant comparisons.
enum Support {
    /// A model whose every weight is uniform in ±scale: unlike Keras's initialisation (zero
    /// biases, small kernels) this exercises every term of every gradient.
    static func randomModel(cells: [CellKind], units: [Int], inputDim: Int, outputs: Int, activation: Activation,
                            scale: Double = 0.6, rng: inout SeededGenerator) -> Model {
        func random(_ rows: Int, _ columns: Int) -> Matrix {
            var m = Matrix(rows: rows, columns: columns)
            for k in m.storage.indices { m.storage[k] = rng.uniform(-scale, scale) }
            return m
        }
        var layers: [RecurrentLayer] = []
        var inputs = inputDim
        for (kind, n) in zip(cells, units) {
            let width = kind.gateCount * n
            let biasRows = kind == .gru(resetAfter: true) ? 2 : 1
            layers.append(try! RecurrentLayer(kind: kind, units: n, inputDim: inputs, kernel: random(inputs, width),
                                              recurrentKernel: random(n, width), bias: random(biasRows, width)))
            inputs = n
        }
        let dense = try! DenseLayer(units: outputs, inputDim: inputs, kernel: random(inputs, outputs),
                                    bias: random(1, outputs).storage, activation: activation)
        return try! Model(recurrentLayers: layers, dense: dense)
    }

    static func randomSequences(_ samples: Int, _ steps: Int, _ features: Int, rng: inout SeededGenerator) -> [[[Double]]] {
        (0..<samples).map { _ in (0..<steps).map { _ in (0..<features).map { _ in rng.uniform(-1, 1) } } }
    }

    /// Targets that suit the loss: any reals for MSE, values in [0, 1] for binary cross-entropy,
    /// probability vectors (not only one-hot, so Σt ≠ 1 paths are not needed) for softmax.
    static func randomTargets(_ samples: Int, _ outputs: Int, loss: Loss, rng: inout SeededGenerator) -> [[Double]] {
        (0..<samples).map { _ in
            switch loss {
            case .meanSquaredError: return (0..<outputs).map { _ in rng.uniform(-1, 1) }
            case .binaryCrossEntropy: return (0..<outputs).map { _ in rng.uniform() }
            case .softmaxCrossEntropy:
                let raw = (0..<outputs).map { _ in rng.uniform() + 0.05 }
                let sum = raw.reduce(0, +)
                return raw.map { $0 / sum }
            }
        }
    }

    /// A named block of the flat parameter list, for messages.
    struct Block {
        let name: String
        let range: Range<Int>
    }

    /// The model's parameters in a fixed order, with the blocks they form.
    static func flatten(_ model: Model) -> (values: [Double], blocks: [Block]) {
        var values: [Double] = []
        var blocks: [Block] = []
        func add(_ name: String, _ v: [Double]) {
            blocks.append(Block(name: name, range: values.count..<(values.count + v.count)))
            values += v
        }
        for (l, layer) in model.recurrentLayers.enumerated() {
            add("layer \(l + 1) kernel", layer.kernel.storage)
            add("layer \(l + 1) recurrent kernel", layer.recurrentKernel.storage)
            add("layer \(l + 1) bias", layer.bias.storage)
        }
        add("dense kernel", model.dense.kernel.storage)
        add("dense bias", model.dense.bias)
        return (values, blocks)
    }

    /// The inverse of `flatten`.
    static func rebuild(_ model: Model, _ values: [Double]) -> Model {
        var m = model
        var k = 0
        func take(_ n: Int) -> [Double] {
            defer { k += n }
            return Array(values[k..<(k + n)])
        }
        for l in m.recurrentLayers.indices {
            m.recurrentLayers[l].kernel.storage = take(m.recurrentLayers[l].kernel.storage.count)
            m.recurrentLayers[l].recurrentKernel.storage = take(m.recurrentLayers[l].recurrentKernel.storage.count)
            m.recurrentLayers[l].bias.storage = take(m.recurrentLayers[l].bias.storage.count)
        }
        m.dense.kernel.storage = take(m.dense.kernel.storage.count)
        m.dense.bias = take(m.dense.bias.count)
        return m
    }

    /// The analytic parameter gradients in `flatten`'s order.
    static func flatten(_ g: Gradients) -> [Double] {
        var values: [Double] = []
        for layer in g.recurrentLayers {
            values += layer.kernel.storage + layer.recurrentKernel.storage + layer.bias.storage
        }
        return values + g.dense.kernel.storage + g.dense.bias
    }

    /// f′(x) by the fourth-order central difference
    /// (8[f(x+h) − f(x−h)] − [f(x+2h) − f(x−2h)]) / 12h, whose truncation error (h⁴) is far
    /// below the 1e-6 the check asks for even at h = 1e-3, where rounding stays near 1e-13.
    static func derivative(at x: Double, h: Double = 1e-3, _ f: (Double) -> Double) -> Double {
        (8 * (f(x + h) - f(x - h)) - (f(x + 2 * h) - f(x - 2 * h))) / (12 * h)
    }

    /// |a − b| / max(|a|, |b|, floor): relative where the values are not tiny; below `floor` it
    /// measures absolute error against the floor (a gradient of 1e-9 cannot be checked to 1e-6
    /// relative by finite differences, but it can be checked to 1e-10 absolute).
    static func relativeError(_ a: Double, _ b: Double, floor: Double) -> Double {
        abs(a - b) / max(abs(a), abs(b), floor)
    }

    /// The directory of this file, for fixtures.
    static func fixturesDirectory(_ file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }
}
