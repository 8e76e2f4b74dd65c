/// What a recurrent layer computes over one sequence: its output at every step (h_t, which the
/// next layer of a stack reads) and its final state.
public struct RecurrentOutput: Sendable, Hashable {
    /// h_1 … h_T, one array of `units` values per step.
    public let outputs: [[Double]]
    /// The final hidden state h_T.
    public let h: [Double]
    /// The final LSTM cell state c_T; nil for the other cells.
    public let c: [Double]?
}

extension RecurrentLayer {
    /// Runs the layer over one sequence ([steps][inputDim]) from zero initial states.
    public func run(_ sequence: [[Double]]) throws -> RecurrentOutput {
        let ws = try forwardAlone(sequence)
        let u = units, T = ws.steps
        let buf = ws.layers[0]
        let outputs = (0..<T).map { Array(UnsafeBufferPointer(start: buf.h + $0 * u, count: u)) }
        let c = kind == .lstm ? Array(UnsafeBufferPointer(start: buf.c + (T - 1) * u, count: u)) : nil
        return RecurrentOutput(outputs: outputs, h: outputs[T - 1], c: c)
    }

    /// Every gate's pre-activation and activation, the cell state and the hidden state at every
    /// step of one sequence.
    public func trace(_ sequence: [[Double]]) throws -> Trace {
        Trace(reading: try forwardAlone(sequence), sequence: sequence)
    }

    /// The forward pass of this layer alone, batch of one, left in a workspace.
    private func forwardAlone(_ sequence: [[Double]]) throws -> Workspace {
        try validate(name: "the \(kind.displayName) layer")
        let data = try FlatSequences([sequence], features: inputDim, label: "input")
        let shape = NetworkShape(layers: [self], dense: nil)
        let θ = shape.pack([self], nil)
        let ws = Workspace(shape: shape, capacity: 1, steps: data.steps)
        θ.withUnsafeBufferPointer { θp in
            data.gather([0], 1, into: ws.x)
            Network.forward(ws, θ: θp.baseAddress!, B: 1)
        }
        return ws
    }
}
