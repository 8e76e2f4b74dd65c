/// The fully connected output layer: y = activation(h·K + b).
///
/// Keras's layout again: `kernel` K is [inputDim × units], `bias` b has `units` entries.
public struct DenseLayer: Sendable, Hashable {
    public let units: Int
    public let inputDim: Int
    /// K: [inputDim × units].
    public var kernel: Matrix
    /// b: one entry per unit.
    public var bias: [Double]
    public var activation: Activation

    /// A layer from given weights; throws if a shape disagrees or a weight is not finite.
    public init(units: Int, inputDim: Int, kernel: Matrix, bias: [Double], activation: Activation) throws {
        self.init(unchecked: units, inputDim: inputDim, kernel: kernel, bias: bias, activation: activation)
        try validate(name: "the Dense layer")
    }

    /// Keras's defaults: glorot-uniform kernel, zero bias.
    public static func initialised(units: Int, inputDim: Int, activation: Activation, using rng: inout SeededGenerator) -> DenseLayer {
        precondition(units > 0 && inputDim > 0, "a Dense layer needs at least one unit and one input")
        let K = Initializers.glorotUniform(rows: inputDim, columns: units, using: &rng)
        return DenseLayer(unchecked: units, inputDim: inputDim, kernel: K, bias: Array(repeating: 0, count: units), activation: activation)
    }

    private init(unchecked units: Int, inputDim: Int, kernel: Matrix, bias: [Double], activation: Activation) {
        self.units = units
        self.inputDim = inputDim
        self.kernel = kernel
        self.bias = bias
        self.activation = activation
    }

    func validate(name: String) throws {
        guard units > 0, inputDim > 0 else {
            throw EngineError.shapeMismatch("\(name) needs at least one unit and one input, not \(units) units and input_dim \(inputDim)")
        }
        try kernel.checkStorage("\(name)'s kernel")
        guard kernel.rows == inputDim, kernel.columns == units else {
            throw EngineError.shapeMismatch("\(name)'s kernel is \(kernel.sizeDescription) but \(units) units and input_dim \(inputDim) "
                + "need \(inputDim)×\(units)")
        }
        guard bias.count == units else {
            throw EngineError.shapeMismatch("\(name)'s bias has \(bias.count) values but it has \(units) units")
        }
        if let k = kernel.storage.firstIndex(where: { !$0.isFinite }) {
            throw EngineError.nonFinite("\(name)'s kernel has \(kernel.storage[k]) at row \(k / units + 1), column \(k % units + 1)")
        }
        if let k = bias.firstIndex(where: { !$0.isFinite }) {
            throw EngineError.nonFinite("\(name)'s bias has \(bias[k]) at position \(k + 1)")
        }
    }
}
