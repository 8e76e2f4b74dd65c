/// Loss gradients for one recurrent layer, shaped like its weights (Keras layout).
public struct RecurrentLayerGradients: Sendable, Hashable {
    public let kernel: Matrix
    public let recurrentKernel: Matrix
    public let bias: Matrix
}

/// Loss gradients for the Dense layer, shaped like its weights.
public struct DenseLayerGradients: Sendable, Hashable {
    public let kernel: Matrix
    public let bias: [Double]
}

/// The loss of one batch and its gradient w.r.t. every parameter and every input value. Public
/// because lessons plot gradients, and because the gradient check compares exactly this against
/// finite differences.
public struct Gradients: Sendable, Hashable {
    /// The batch-mean loss (as `Model.loss` computes it).
    public let loss: Double
    public let recurrentLayers: [RecurrentLayerGradients]
    public let dense: DenseLayerGradients
    /// ∂loss/∂x, shaped like the inputs: [samples][steps][features].
    public let inputs: [[[Double]]]
}

extension Model {
    /// The batch-mean loss of the model on `inputs` against `targets`.
    public func loss(inputs: [[[Double]]], targets: [[Double]], loss: Loss) throws -> Double {
        try evaluate(inputs: inputs, targets: targets, loss: loss, backward: false).loss
    }

    /// The batch-mean loss and its gradients, by backpropagation through time over the whole
    /// batch at once (the same code path training uses).
    public func gradients(inputs: [[[Double]]], targets: [[Double]], loss: Loss) throws -> Gradients {
        try evaluate(inputs: inputs, targets: targets, loss: loss, backward: true)
    }

    private func evaluate(inputs: [[[Double]]], targets: [[Double]], loss: Loss, backward: Bool) throws -> Gradients {
        try validate()
        try loss.check(dense.activation)
        let x = try FlatSequences(inputs, features: inputDim, label: "input")
        let t = try FlatTargets(targets, width: outputDim)
        guard x.count > 0 else { throw EngineError.shapeMismatch("a batch needs at least one sample") }
        guard t.count == x.count else {
            throw EngineError.shapeMismatch("\(x.count) input sequences but \(t.count) targets")
        }
        let shape = self.shape
        let θ = shape.pack(recurrentLayers, dense)
        let B = x.count, n = outputDim
        let ws = Workspace(shape: shape, capacity: B, steps: x.steps)
        var grad = [Double](repeating: 0, count: shape.parameterCount)
        let indices = Array(0..<B)
        let value = θ.withUnsafeBufferPointer { θp in
            x.gather(indices, B, into: ws.x)
            Network.forward(ws, θ: θp.baseAddress!, B: B)
            return t.values.withUnsafeBufferPointer { tp in
                loss.evaluate(y: ws.dense.y, p: ws.dense.p, t: tp.baseAddress!, B: B, n: n,
                              activation: dense.activation, dy: backward ? ws.dense.dy : nil)
            }
        }
        var layerGradients: [RecurrentLayerGradients] = []
        var denseGradients = DenseLayerGradients(kernel: Matrix(rows: 0, columns: 0), bias: [])
        var inputGradients: [[[Double]]] = []
        if backward {
            θ.withUnsafeBufferPointer { θp in
                grad.withUnsafeMutableBufferPointer { g in
                    Network.backward(ws, θ: θp.baseAddress!, grad: g.baseAddress!, B: B, inputGradient: true)
                }
            }
            var layers = recurrentLayers
            var denseLayer: DenseLayer? = dense
            shape.unpack(grad, into: &layers, &denseLayer)
            layerGradients = layers.map {
                RecurrentLayerGradients(kernel: $0.kernel, recurrentKernel: $0.recurrentKernel, bias: $0.bias)
            }
            denseGradients = DenseLayerGradients(kernel: denseLayer!.kernel, bias: denseLayer!.bias)
            let F = inputDim, T = x.steps, dx = ws.layers[0].dx
            inputGradients = (0..<B).map { b in
                (0..<T).map { t in Array(UnsafeBufferPointer(start: dx + (t * B + b) * F, count: F)) }
            }
        }
        return Gradients(loss: value, recurrentLayers: layerGradients, dense: denseGradients, inputs: inputGradients)
    }
}
