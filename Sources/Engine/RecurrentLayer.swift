/// One recurrent layer (plain RNN, LSTM or GRU) with its weights in Keras's layout.
///
/// With k = `kind.gateCount`: `kernel` W is [inputDim × k·units], `recurrentKernel` U is
/// [units × k·units] and `bias` b is [1 × k·units], or [2 × 3·units] for a reset-after GRU
/// (row 0 added to x·W, row 1 to h·U). Column blocks follow `kind.gateNames`. Keeping Keras's
/// layout means weights move between Keras and lstmbook without any reshuffling.
///
/// The weights are `var` so lessons can set them by hand; every operation checks the shapes
/// first and throws `EngineError.shapeMismatch` rather than computing with a broken layer.
public struct RecurrentLayer: Sendable, Hashable {
    public let kind: CellKind
    public let units: Int
    public let inputDim: Int
    /// W: [inputDim × k·units].
    public var kernel: Matrix
    /// U: [units × k·units].
    public var recurrentKernel: Matrix
    /// b: [1 × k·units], or [2 × 3·units] for a reset-after GRU.
    public var bias: Matrix

    /// A layer from given weights; throws if any shape disagrees with `kind`, `units`, `inputDim`
    /// or if a weight is not finite.
    public init(kind: CellKind, units: Int, inputDim: Int, kernel: Matrix, recurrentKernel: Matrix, bias: Matrix) throws {
        self.init(unchecked: kind, units: units, inputDim: inputDim, kernel: kernel, recurrentKernel: recurrentKernel, bias: bias)
        try validate(name: "the \(kind.displayName) layer")
    }

    /// A freshly initialised layer as Keras initialises it: glorot-uniform W, orthogonal U, zero
    /// b, and for the LSTM a forget-gate bias of 1 (Keras's `unit_forget_bias`, so the cell
    /// remembers by default at the start of training). Draws W first, then U.
    public static func initialised(kind: CellKind, units: Int, inputDim: Int, using rng: inout SeededGenerator) -> RecurrentLayer {
        precondition(units > 0 && inputDim > 0, "a recurrent layer needs at least one unit and one input")
        let width = kind.gateCount * units
        let W = Initializers.glorotUniform(rows: inputDim, columns: width, using: &rng)
        let U = Initializers.orthogonal(rows: units, columns: width, using: &rng)
        var b = Matrix(rows: kind.biasRows, columns: width)
        if kind == .lstm {
            for u in 0..<units { b[0, units + u] = 1 }
        }
        return RecurrentLayer(unchecked: kind, units: units, inputDim: inputDim, kernel: W, recurrentKernel: U, bias: b)
    }

    private init(unchecked kind: CellKind, units: Int, inputDim: Int, kernel: Matrix, recurrentKernel: Matrix, bias: Matrix) {
        self.kind = kind
        self.units = units
        self.inputDim = inputDim
        self.kernel = kernel
        self.recurrentKernel = recurrentKernel
        self.bias = bias
    }

    /// How many numbers the layer learns: W, U and b together.
    public var parameterCount: Int { (inputDim + units + kind.biasRows) * width }

    /// k·units, the width of every weight matrix.
    var width: Int { kind.gateCount * units }

    /// Throws `shapeMismatch` or `nonFinite` naming the layer (`name`) if the weights are unusable.
    func validate(name: String) throws {
        guard units > 0, inputDim > 0 else {
            throw EngineError.shapeMismatch("\(name) needs at least one unit and one input, not \(units) units and input_dim \(inputDim)")
        }
        let expected: [(String, Matrix, Int, Int)] = [
            ("kernel", kernel, inputDim, width),
            ("recurrent kernel", recurrentKernel, units, width),
            ("bias", bias, kind.biasRows, width),
        ]
        for (label, matrix, rows, columns) in expected {
            try matrix.checkStorage("\(name)'s \(label)")
            guard matrix.rows == rows, matrix.columns == columns else {
                throw EngineError.shapeMismatch("\(name)'s \(label) is \(matrix.sizeDescription) but \(units) units and input_dim \(inputDim) "
                    + "need \(rows)×\(columns)")
            }
            if let k = matrix.storage.firstIndex(where: { !$0.isFinite }) {
                throw EngineError.nonFinite("\(name)'s \(label) has \(matrix.storage[k]) at row \(k / columns + 1), column \(k % columns + 1)")
            }
        }
    }
}
