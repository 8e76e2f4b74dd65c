/// One step of one unit of an LSTM or GRU cell, every number already computed by the engine.
///
/// The caller copies these out of an engine trace (one unit, one input feature); the diagram
/// only draws them and works out the few products the picture needs (f·c_{t−1}, i·g, …).
/// Gates are named as in the engine's traces: LSTM `i`, `f`, `g` (candidate), `o`; GRU `z`,
/// `r`, `g` (candidate h̃). The GRU follows Keras: h_t = z·h_{t−1} + (1 − z)·h̃.
public struct CellStep: Sendable, Codable, Equatable {
    public enum Cell: String, Sendable, Codable {
        case lstm, gru
    }

    /// One gate at this step: the weighted sum that goes in and the value that comes out
    /// (after σ, or tanh for the candidate).
    public struct Gate: Sendable, Codable, Equatable {
        public var name: String
        public var preactivation: Double
        public var activation: Double

        public init(name: String, preactivation: Double, activation: Double) {
            self.name = name
            self.preactivation = preactivation
            self.activation = activation
        }
    }

    public var cell: Cell
    /// The time step, counted from 1; the step's inputs carry index t − 1.
    public var t: Int
    /// The input at this step (one feature).
    public var x: Double
    /// The marker beside the input, for a cell trained to remember the marked value; nil when
    /// the cell reads one input.
    public var marker: Double?
    /// h_{t−1}, the hidden state coming in.
    public var hPrevious: Double
    /// c_{t−1}, the cell state coming in (LSTM only).
    public var cPrevious: Double?
    /// In the engine's order: LSTM i, f, g, o; GRU z, r, g.
    public var gates: [Gate]
    /// c_t, the new cell state (LSTM only).
    public var c: Double?
    /// h_t, the new hidden state.
    public var h: Double

    public init(cell: Cell, t: Int, x: Double, marker: Double? = nil, hPrevious: Double, cPrevious: Double? = nil, gates: [Gate],
                c: Double? = nil, h: Double) {
        self.cell = cell
        self.t = t
        self.x = x
        self.marker = marker
        self.hPrevious = hPrevious
        self.cPrevious = cPrevious
        self.gates = gates
        self.c = c
        self.h = h
    }

    /// The gate with this name, if the step has it.
    public func gate(_ name: String) -> Gate? {
        gates.first { $0.name == name }
    }
}
