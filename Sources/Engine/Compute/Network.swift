/// Runs a whole network (stacked recurrent layers, then Dense if present) forward or backward
/// over the batch gathered in a workspace. Layer l reads layer l−1's hidden states as its input
/// sequence, so stacking needs no copies; in the backward pass layer l receives layer l+1's input
/// gradient at every step.
enum Network {
    static func forward(_ ws: Workspace, θ: UnsafePointer<Double>, B: Int) {
        let T = ws.steps
        var x = UnsafePointer(ws.x)
        for (l, shape) in ws.shape.layers.enumerated() {
            let pass = LayerPass(shape: shape, buffers: ws.layers[l], θ: θ, B: B, T: T, x: x, parallelism: ws.parallelism)
            switch shape.kind {
            case .simpleRNN: SimpleRNNCell.forward(pass)
            case .lstm: LSTMCell.forward(pass)
            case .gru: GRUCell.forward(pass)
            }
            x = UnsafePointer(ws.layers[l].h)
        }
        if let dense = ws.shape.dense {
            DenseCompute.forward(dense, θ: θ, h: lastHidden(ws, B: B), B: B, ws.dense)
        }
    }

    /// Accumulates ∂L/∂θ into `grad` (the caller zeroes it). Starts from `ws.dense.dy` when the
    /// network has a Dense layer, otherwise from `ws.dhTop` (∂L/∂h_T of the last layer).
    /// With `inputGradient`, the first layer's `dx` ends up holding ∂L/∂x for every step.
    static func backward(_ ws: Workspace, θ: UnsafePointer<Double>, grad: UnsafeMutablePointer<Double>, B: Int, inputGradient: Bool) {
        let T = ws.steps
        if let dense = ws.shape.dense {
            DenseCompute.backward(dense, θ: θ, grad: grad, h: lastHidden(ws, B: B), B: B, ws.dense, dh: ws.dhTop)
        }
        var dhAbove = HiddenGradient(pointer: ws.dhTop, everyStep: false)
        for l in stride(from: ws.shape.layers.count - 1, through: 0, by: -1) {
            let shape = ws.shape.layers[l]
            let x = l == 0 ? UnsafePointer(ws.x) : UnsafePointer(ws.layers[l - 1].h)
            let pass = LayerPass(shape: shape, buffers: ws.layers[l], θ: θ, B: B, T: T, x: x, parallelism: ws.parallelism)
            let computeDx = l > 0 || inputGradient
            switch shape.kind {
            case .simpleRNN: SimpleRNNCell.backward(pass, dhAbove: dhAbove, grad: grad, computeDx: computeDx)
            case .lstm: LSTMCell.backward(pass, dhAbove: dhAbove, grad: grad, computeDx: computeDx)
            case .gru: GRUCell.backward(pass, dhAbove: dhAbove, grad: grad, computeDx: computeDx)
            }
            dhAbove = HiddenGradient(pointer: ws.layers[l].dx, everyStep: true)
        }
    }

    /// [B × u] the last layer's hidden states at the final step.
    static func lastHidden(_ ws: Workspace, B: Int) -> UnsafePointer<Double> {
        let u = ws.shape.lastUnits
        return UnsafePointer(ws.layers[ws.layers.count - 1].h + (ws.steps - 1) * B * u)
    }
}
