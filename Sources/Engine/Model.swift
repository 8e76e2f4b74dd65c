/// A sequence model: one or more stacked recurrent layers, then a Dense layer on the last
/// layer's final hidden state (Keras's `Sequential([LSTM(..., return_sequences=True), ...,
/// LSTM(...), Dense(...)])`: every layer but the last passes its whole output sequence up).
public struct Model: Sendable, Hashable {
    public var recurrentLayers: [RecurrentLayer]
    public var dense: DenseLayer

    /// A model from layers; throws unless each layer's input_dim is the previous layer's units.
    public init(recurrentLayers: [RecurrentLayer], dense: DenseLayer) throws {
        self.recurrentLayers = recurrentLayers
        self.dense = dense
        try validate()
    }

    private init(unchecked recurrentLayers: [RecurrentLayer], dense: DenseLayer) {
        self.recurrentLayers = recurrentLayers
        self.dense = dense
    }

    /// A freshly initialised single-layer model, e.g. the note's LSTM(4) → Dense(1):
    /// `Model.initialised(cell: .lstm, units: 4, inputDim: 1, outputs: 1, activation: .linear, using: &rng)`.
    public static func initialised(cell: CellKind, units: Int, inputDim: Int, outputs: Int,
                                   activation: Activation, using rng: inout SeededGenerator) -> Model {
        initialised(cell: cell, units: [units], inputDim: inputDim, outputs: outputs, activation: activation, using: &rng)
    }

    /// A freshly initialised stack, one recurrent layer per entry of `units` (bottom first).
    /// Draws each recurrent layer's weights in order, then the Dense kernel.
    public static func initialised(cell: CellKind, units: [Int], inputDim: Int, outputs: Int,
                                   activation: Activation, using rng: inout SeededGenerator) -> Model {
        precondition(!units.isEmpty, "a model needs at least one recurrent layer")
        var layers: [RecurrentLayer] = []
        var inputs = inputDim
        for n in units {
            layers.append(.initialised(kind: cell, units: n, inputDim: inputs, using: &rng))
            inputs = n
        }
        let dense = DenseLayer.initialised(units: outputs, inputDim: inputs, activation: activation, using: &rng)
        return Model(unchecked: layers, dense: dense)
    }

    /// Features per input step.
    public var inputDim: Int { recurrentLayers.first?.inputDim ?? 0 }
    /// Values per prediction.
    public var outputDim: Int { dense.units }
    /// How many numbers the model learns.
    public var parameterCount: Int { shape.parameterCount }

    var shape: NetworkShape { NetworkShape(layers: recurrentLayers, dense: dense) }

    /// Throws `shapeMismatch` or `nonFinite` for weights that cannot be computed with.
    func validate() throws {
        guard !recurrentLayers.isEmpty else {
            throw EngineError.shapeMismatch("a model needs at least one recurrent layer before its Dense layer")
        }
        var inputs = recurrentLayers[0].inputDim
        for (l, layer) in recurrentLayers.enumerated() {
            let name = "recurrent layer \(l + 1) (\(layer.kind.displayName))"
            guard layer.inputDim == inputs else {
                throw EngineError.shapeMismatch("\(name) takes input_dim \(layer.inputDim) but the layer below it has \(inputs) units")
            }
            try layer.validate(name: name)
            inputs = layer.units
        }
        guard dense.inputDim == inputs else {
            throw EngineError.shapeMismatch("the Dense layer takes input_dim \(dense.inputDim) but the last recurrent layer has \(inputs) units")
        }
        try dense.validate(name: "the Dense layer")
    }

    /// The model's output for each input sequence ([samples][steps][features] → [samples][outputs]).
    /// All sequences in one call must have the same number of steps.
    public func predict(_ inputs: [[[Double]]]) throws -> [[Double]] {
        try validate()
        let data = try FlatSequences(inputs, features: inputDim, label: "input")
        guard data.count > 0 else { return [] }
        let shape = self.shape
        let θ = shape.pack(recurrentLayers, dense)
        // Each sample's output is computed by the same operations whatever batch holds it, so the
        // batch size only sets the speed: 32 keeps a batch's buffers in the second-level cache,
        // where 256 sequences of 100 steps needed 18 MB, zero-filled, for {memory}'s every run.
        let capacity = min(data.count, 32)
        let ws = Workspace(shape: shape, capacity: capacity, steps: data.steps)
        let n = outputDim
        var outputs: [[Double]] = []
        outputs.reserveCapacity(data.count)
        var indices = [Int](repeating: 0, count: capacity)
        θ.withUnsafeBufferPointer { θp in
            var start = 0
            while start < data.count {
                let B = min(capacity, data.count - start)
                for b in 0..<B { indices[b] = start + b }
                data.gather(indices, B, into: ws.x)
                Network.forward(ws, θ: θp.baseAddress!, B: B)
                for b in 0..<B {
                    outputs.append(Array(UnsafeBufferPointer(start: ws.dense.p + b * n, count: n)))
                }
                start += B
            }
        }
        return outputs
    }

    /// The first recurrent layer's trace over one sequence (every gate at every step) and the
    /// model's output for it. The trace reads the buffers the forward pass fills anyway, so
    /// asking for it costs only the copies; `predict` and training never build one.
    public func trace(_ sequence: [[Double]]) throws -> (trace: Trace, output: [Double]) {
        try validate()
        let data = try FlatSequences([sequence], features: inputDim, label: "input")
        let shape = self.shape
        let θ = shape.pack(recurrentLayers, dense)
        let ws = Workspace(shape: shape, capacity: 1, steps: data.steps)
        θ.withUnsafeBufferPointer { θp in
            data.gather([0], 1, into: ws.x)
            Network.forward(ws, θ: θp.baseAddress!, B: 1)
        }
        let trace = Trace(reading: ws, sequence: sequence)
        let output = Array(UnsafeBufferPointer(start: ws.dense.p, count: outputDim))
        return (trace, output)
    }
}
