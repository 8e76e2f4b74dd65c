/// What one recurrent layer computed at every step: the raw material of the gate walk-throughs
/// and heatmaps.
public struct Trace: Sendable, Hashable {
    public let kind: CellKind
    public let units: Int
    public let steps: [StepTrace]
}

/// One step of a trace: the input, every gate in kernel order, the cell state (LSTM only) and
/// the hidden state.
public struct StepTrace: Sendable, Hashable {
    public let x: [Double]
    /// In `kind.gateNames` order: LSTM i, f, g, o; GRU z, r, g; plain RNN h.
    public let gates: [GateTrace]
    /// The LSTM cell state; nil for the other cells.
    public let c: [Double]?
    public let h: [Double]

    /// The gate with this name, if the cell has it.
    public func gate(_ name: String) -> GateTrace? {
        gates.first { $0.name == name }
    }
}

/// One gate at one step, per unit: its pre-activation (the weighted sum) and its activation
/// (after σ or tanh). For the GRU candidate the pre-activation includes the reset gate's effect.
public struct GateTrace: Sendable, Hashable {
    public let name: String
    public let preactivation: [Double]
    public let activation: [Double]
}

extension Trace {
    /// Copies the first recurrent layer's buffers for batch slot 0 out of a workspace after a
    /// forward pass over `sequence`.
    init(reading ws: Workspace, sequence: [[Double]]) {
        let shape = ws.shape.layers[0]
        let buf = ws.layers[0]
        let u = shape.units, K = shape.width
        func slice(_ p: UnsafeMutablePointer<Double>, _ start: Int) -> [Double] {
            Array(UnsafeBufferPointer(start: p + start, count: u))
        }
        var steps: [StepTrace] = []
        for t in 0..<ws.steps {
            let gates = shape.kind.gateNames.enumerated().map { index, name in
                GateTrace(name: name, preactivation: slice(buf.z, t * K + index * u), activation: slice(buf.a, t * K + index * u))
            }
            steps.append(StepTrace(x: sequence[t], gates: gates, c: shape.kind == .lstm ? slice(buf.c, t * u) : nil, h: slice(buf.h, t * u)))
        }
        self.init(kind: shape.kind, units: u, steps: steps)
    }
}
