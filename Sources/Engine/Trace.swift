/// What one recurrent layer computed at every step: the raw material of the gate tables,
/// heatmaps and cell diagrams, which show these numbers and compute none of their own.
public struct Trace: Sendable, Hashable, Codable {
    public let kind: CellKind
    public let units: Int
    public let steps: [StepTrace]
}

/// One step of a trace: the input, the state it started from, every gate in kernel order, each
/// term of the state update and the new hidden state.
public struct StepTrace: Sendable, Hashable, Codable {
    public let x: [Double]
    /// h_{t−1}: zeros at the first step, as the layer starts from a zero state.
    public let hPrevious: [Double]
    /// In `kind.gateNames` order: LSTM i, f, g, o; GRU z, r, g; plain RNN h.
    public let gates: [GateTrace]
    /// The terms that make the new state.
    public let update: StateUpdate
    public let h: [Double]

    /// The LSTM cell state c_t; nil for the other cells.
    public var c: [Double]? {
        if case .lstm(let terms) = update { return terms.c }
        return nil
    }

    /// The gate with this name, if the cell has it.
    public func gate(_ name: String) -> GateTrace? {
        gates.first { $0.name == name }
    }
}

/// One gate at one step, per unit: its pre-activation (the weighted sum) and its activation
/// (after σ or tanh). For the GRU candidate the pre-activation includes the reset gate's effect.
public struct GateTrace: Sendable, Hashable, Codable {
    public let name: String
    public let preactivation: [Double]
    public let activation: [Double]
}

/// The terms of one step's state update, per unit, each as the cell computed it.
public enum StateUpdate: Sendable, Hashable, Codable {
    /// h = tanh(x·W + h_{t−1}·U + b): the one gate is the new state, nothing is added up.
    case simpleRNN
    case lstm(LSTMUpdate)
    case gru(GRUUpdate)
}

/// c = f⊙c_{t−1} + i⊙g,  h = o⊙tanh(c).
public struct LSTMUpdate: Sendable, Hashable, Codable {
    /// c_{t−1}: zeros at the first step.
    public let cPrevious: [Double]
    /// f⊙c_{t−1}: what the cell keeps.
    public let fc: [Double]
    /// i⊙g: what the cell writes.
    public let ig: [Double]
    /// c_t = fc + ig.
    public let c: [Double]
    /// tanh(c_t), from the engine's own tanh, which o scales into h_t.
    public let tanhC: [Double]
}

/// h = z⊙h_{t−1} + (1−z)⊙h̃, with the reset gate inside the candidate h̃ (the trace's gate g).
public struct GRUUpdate: Sendable, Hashable, Codable {
    /// 1 − z.
    public let oneMinusZ: [Double]
    /// z⊙h_{t−1}: what the cell keeps.
    public let zh: [Double]
    /// (1−z)⊙h̃: what the cell writes.
    public let zg: [Double]
    /// What r lets through to the candidate: r⊙(h_{t−1}·U_g + b_hg) in the reset-after form,
    /// which the candidate's pre-activation adds to x·W_g + b_xg; r⊙h_{t−1} in the
    /// reset-before form, which it multiplies by U_g.
    public let reset: [Double]
}

extension Trace {
    /// The steps from `start` (counted from 0) on, each without its input: what a reader of a
    /// padded sequence of one-hot words keeps, the cell's numbers rather than the words again.
    public func withoutInputs(from start: Int) -> Trace {
        let kept = steps.dropFirst(start).map { step in
            StepTrace(x: [], hPrevious: step.hPrevious, gates: step.gates, update: step.update, h: step.h)
        }
        return Trace(kind: kind, units: units, steps: kept)
    }

    /// Copies the first recurrent layer's buffers for batch slot 0 out of a workspace after a
    /// forward pass over `sequence`. The products of the update are the cells' own operations
    /// on the same operands (`LSTMCell`, `GRUCell`), so they hold the bits the cell added up;
    /// reading them here keeps the forward pass free of any cost when nobody traces.
    init(reading ws: Workspace, sequence: [[Double]]) {
        let shape = ws.shape.layers[0]
        let buf = ws.layers[0]
        let u = shape.units, K = shape.width
        func slice(_ p: UnsafeMutablePointer<Double>, _ start: Int) -> [Double] {
            Array(UnsafeBufferPointer(start: p + start, count: u))
        }
        let zero = [Double](repeating: 0, count: u)
        var steps: [StepTrace] = []
        for t in 0..<ws.steps {
            let gates = shape.kind.gateNames.enumerated().map { index, name in
                GateTrace(name: name, preactivation: slice(buf.z, t * K + index * u), activation: slice(buf.a, t * K + index * u))
            }
            let hPrevious = t > 0 ? slice(buf.h, (t - 1) * u) : zero
            let update: StateUpdate
            switch shape.kind {
            case .simpleRNN:
                update = .simpleRNN
            case .lstm:
                let (i, f, g) = (gates[0].activation, gates[1].activation, gates[2].activation)
                let cPrevious = t > 0 ? slice(buf.c, (t - 1) * u) : zero
                update = .lstm(LSTMUpdate(
                    cPrevious: cPrevious, fc: (0..<u).map { f[$0] * cPrevious[$0] }, ig: (0..<u).map { i[$0] * g[$0] },
                    c: slice(buf.c, t * u), tanhC: slice(buf.tanhC, t * u)))
            case .gru:
                let (z, r, g) = (gates[0].activation, gates[1].activation, gates[2].activation)
                let aux = slice(buf.aux, t * u)
                // Reset after: aux is m = h_{t−1}·U_g + b_hg, which r scales. Reset before: aux
                // is already r⊙h_{t−1}, the product the cell multiplied by U_g.
                let reset = shape.kind == .gru(resetAfter: true) ? (0..<u).map { r[$0] * aux[$0] } : aux
                update = .gru(GRUUpdate(
                    oneMinusZ: z.map { 1 - $0 }, zh: (0..<u).map { z[$0] * hPrevious[$0] },
                    zg: (0..<u).map { (1 - z[$0]) * g[$0] }, reset: reset))
            }
            steps.append(StepTrace(x: sequence[t], hPrevious: hPrevious, gates: gates, update: update, h: slice(buf.h, t * u)))
        }
        self.init(kind: shape.kind, units: u, steps: steps)
    }
}
