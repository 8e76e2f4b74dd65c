// The driver scripts/same-bits compiles together with Sources/Engine (one module, so no package
// build is needed): trains a few models through every cell, loss and the Dense activations,
// and prints a digest of each trained model's weights and predictions. Two builds of the engine
// that print the same lines computed the same bits.

/// FNV-1a over the bit patterns.
func digest(_ values: [Double]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for value in values {
        var bits = value.bitPattern
        for _ in 0..<8 {
            hash = (hash ^ (bits & 0xff)) &* 0x0000_0100_0000_01b3
            bits >>= 8
        }
    }
    return String(hash, radix: 16)
}

func weights(_ model: Model) -> [Double] {
    model.recurrentLayers.flatMap { $0.kernel.storage + $0.recurrentKernel.storage + $0.bias.storage }
        + model.dense.kernel.storage + model.dense.bias
}

func trainAndDigest(_ name: String, cell: CellKind, units: Int, inputs: Int, steps: Int, outputs: Int, activation: Activation,
                    loss: Loss, samples: Int, batch: Int, epochs: Int, threads: Int = 1) throws {
    var rng = SeededGenerator(seed: 11)
    var model = Model.initialised(cell: cell, units: units, inputDim: inputs, outputs: outputs, activation: activation, using: &rng)
    let x = (0..<samples).map { _ in (0..<steps).map { _ in (0..<inputs).map { _ in rng.normal() } } }
    let y: [[Double]] = (0..<samples).map { _ in
        switch loss {
        case .meanSquaredError: return (0..<outputs).map { _ in rng.uniform(-1, 1) }
        case .binaryCrossEntropy: return (0..<outputs).map { _ in rng.uniform() < 0.5 ? 0 : 1 }
        case .softmaxCrossEntropy:
            let k = rng.integer(below: outputs)
            return (0..<outputs).map { $0 == k ? 1 : 0 }
        }
    }
    let history = try train(&model, on: Dataset(inputs: x, targets: y),
                            config: TrainingConfig(epochs: epochs, batchSize: batch, loss: loss, optimizer: .adam(learningRate: 0.01),
                                                   threads: threads),
                            using: &rng)
    let predictions = try model.predict(x).flatMap { $0 }
    print(name, digest(weights(model)), digest(predictions), digest(history.epochLosses))
}

try trainAndDigest("rnn-mse", cell: .simpleRNN, units: 8, inputs: 3, steps: 12, outputs: 1, activation: .linear,
                   loss: .meanSquaredError, samples: 64, batch: 8, epochs: 5)
try trainAndDigest("lstm-bce", cell: .lstm, units: 8, inputs: 2, steps: 20, outputs: 1, activation: .sigmoid,
                   loss: .binaryCrossEntropy, samples: 64, batch: 8, epochs: 5)
try trainAndDigest("gru-cce", cell: .gru(resetAfter: true), units: 6, inputs: 3, steps: 10, outputs: 3, activation: .softmax,
                   loss: .softmaxCrossEntropy, samples: 64, batch: 8, epochs: 5)
try trainAndDigest("gru-before-mse", cell: .gru(resetAfter: false), units: 5, inputs: 2, steps: 9, outputs: 2, activation: .linear,
                   loss: .meanSquaredError, samples: 40, batch: 5, epochs: 5)
try trainAndDigest("lstm128-mse", cell: .lstm, units: 128, inputs: 32, steps: 50, outputs: 1, activation: .linear,
                   loss: .meanSquaredError, samples: 64, batch: 32, epochs: 1)
// The same model with its batch's products split over two threads: the same digests as above.
try trainAndDigest("lstm128-mse-2-threads", cell: .lstm, units: 128, inputs: 32, steps: 50, outputs: 1, activation: .linear,
                   loss: .meanSquaredError, samples: 64, batch: 32, epochs: 1, threads: 2)
