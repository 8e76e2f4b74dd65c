/// The three recurrent cells, named as in Keras.
///
/// The gate order is Keras's column-block order in the kernels, so a block index here is a
/// block index in the JSON weights: LSTM i, f, g (Keras calls the candidate block "c"), o;
/// GRU z, r, g (Keras's "h" block, the candidate). A plain RNN has no gates; its single block is
/// the new hidden state itself, so its one "gate" is named h.
public enum CellKind: Sendable, Hashable {
    case simpleRNN
    case lstm
    /// `resetAfter: true` is Keras 3's default (reset gate applied after the recurrent matrix
    /// product, two bias rows); `false` is the classic form of Cho et al. (2014).
    case gru(resetAfter: Bool)

    /// How many column blocks of `units` the kernels have.
    public var gateCount: Int {
        switch self {
        case .simpleRNN: return 1
        case .lstm: return 4
        case .gru: return 3
        }
    }

    /// The blocks' names in kernel order; the candidate is g in both gated cells.
    public var gateNames: [String] {
        switch self {
        case .simpleRNN: return ["h"]
        case .lstm: return ["i", "f", "g", "o"]
        case .gru: return ["z", "r", "g"]
        }
    }

    /// Every cell, in the order the lessons' `cell` options list them.
    public static let all: [CellKind] = [.lstm, .gru(resetAfter: true), .gru(resetAfter: false), .simpleRNN]

    /// The word a lesson writes for the cell (`cell: gru_reset_before`), and the cell of a word.
    public var word: String {
        switch self {
        case .simpleRNN: return "rnn"
        case .lstm: return "lstm"
        case .gru(let resetAfter): return resetAfter ? "gru" : "gru_reset_before"
        }
    }

    public init?(word: String) {
        guard let kind = CellKind.all.first(where: { $0.word == word }) else { return nil }
        self = kind
    }

    /// The layer type as written in model JSON ("simple_rnn", "lstm", "gru").
    public var typeName: String {
        switch self {
        case .simpleRNN: return "simple_rnn"
        case .lstm: return "lstm"
        case .gru: return "gru"
        }
    }

    /// A human name for tables and messages.
    public var displayName: String {
        switch self {
        case .simpleRNN: return "SimpleRNN"
        case .lstm: return "LSTM"
        case .gru(let resetAfter): return resetAfter ? "GRU" : "GRU (reset before)"
        }
    }

    /// The bias shape Keras uses: one row, or two rows (input and recurrent) for a reset-after GRU.
    var biasRows: Int {
        if case .gru(resetAfter: true) = self { return 2 }
        return 1
    }
}

/// Recorded (in a directive's cached output, for one) as its word.
extension CellKind: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let word = try container.decode(String.self)
        guard let kind = CellKind(word: word) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(word)' is not a cell")
        }
        self = kind
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(word)
    }
}
