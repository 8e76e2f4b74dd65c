/// How strongly the final hidden state depends on each input step: the quantity behind the
/// vanishing-gradient lesson, computed exactly by backpropagation.
extension Model {
    /// ‖∂h_T/∂x_t‖ (Frobenius norm of the Jacobian of the last recurrent layer's final hidden
    /// state w.r.t. input step t) for t = 1…T; see `RecurrentLayer.hiddenStateSensitivity`.
    public func hiddenStateSensitivity(_ sequence: [[Double]]) throws -> [Double] {
        try validate()
        return try Sensitivity.compute(layers: recurrentLayers, sequence: sequence)
    }
}

extension RecurrentLayer {
    /// ‖∂h_T/∂x_t‖ (Frobenius norm) for t = 1…T: how much the final hidden state still depends on
    /// each input step. A plain RNN's values fall off geometrically with the distance T − t (the
    /// vanishing gradient); an LSTM's can stay level, because its cell state carries gradients
    /// through the forget gate's multiplications alone.
    public func hiddenStateSensitivity(_ sequence: [[Double]]) throws -> [Double] {
        try validate(name: "the \(kind.displayName) layer")
        return try Sensitivity.compute(layers: [self], sequence: sequence)
    }
}

/// The Jacobian rows by backpropagation: one backward pass per unit k of h_T, seeded with the
/// unit vector e_k. Run as one batch of `units` copies of the sequence, sample k seeded with e_k,
/// so every row of the Jacobian comes out of a single batched backward pass.
enum Sensitivity {
    static func compute(layers: [RecurrentLayer], sequence: [[Double]]) throws -> [Double] {
        let shape = NetworkShape(layers: layers, dense: nil)
        let x = try FlatSequences([sequence], features: shape.inputDim, label: "input")
        let u = shape.lastUnits, T = x.steps, F = x.features
        let ws = Workspace(shape: shape, capacity: u, steps: T)
        let θ = shape.pack(layers, nil)
        var grad = [Double](repeating: 0, count: shape.parameterCount)
        θ.withUnsafeBufferPointer { θp in
            grad.withUnsafeMutableBufferPointer { g in
                x.gather([Int](repeating: 0, count: u), u, into: ws.x)
                Network.forward(ws, θ: θp.baseAddress!, B: u)
                ws.dhTop.update(repeating: 0, count: u * u)
                for k in 0..<u { ws.dhTop[k * u + k] = 1 }
                Network.backward(ws, θ: θp.baseAddress!, grad: g.baseAddress!, B: u, inputGradient: true)
            }
        }
        let dx = ws.layers[0].dx
        return (0..<T).map { t in
            var sum = 0.0
            for k in 0..<(u * F) {
                let v = dx[t * u * F + k]
                sum += v * v
            }
            return sum.squareRoot()
        }
    }
}
