import Engine

/// The `cell` option shared by directives that run one recurrent cell, and how its words map
/// to the engine's cell kinds.
enum CellChoice: String, OptionChoice {
    case lstm, gru, gruResetBefore = "gru_reset_before", rnn

    static let doc = "The recurrent cell: `lstm`, `gru` (Keras 3's reset-after form), `gru_reset_before` (the classic form) "
        + "or `rnn` (plain tanh RNN)."

    var kind: CellKind {
        switch self {
        case .lstm: .lstm
        case .gru: .gru(resetAfter: true)
        case .gruResetBefore: .gru(resetAfter: false)
        case .rnn: .simpleRNN
        }
    }

    /// The word for an engine kind (a model file's layer).
    init(_ kind: CellKind) {
        self = Self.allCases.first { $0.kind == kind } ?? .lstm
    }

    /// The kind a recorded word names (traces keep the word).
    static func kind(_ word: String) -> CellKind { (CellChoice(rawValue: word) ?? .rnn).kind }

    /// How the pages name a gate, by its letter in the engine's traces.
    static func gateTitle(_ letter: String, cell: CellKind) -> String {
        switch (letter, cell) {
        case ("i", _): "input gate i"
        case ("f", _): "forget gate f"
        case ("o", _): "output gate o"
        case ("z", _): "update gate z"
        case ("r", _): "reset gate r"
        case ("g", .lstm): "candidate g"
        case ("g", _): "candidate h̃"
        case ("h", _): "hidden state h"
        default: letter
        }
    }

    /// The symbol used in tables and heatmap rows: the GRU's candidate is h̃, as in most texts.
    static func symbol(_ letter: String, cell: CellKind) -> String {
        if letter == "g", case .gru = cell { return "h̃" }
        return letter
    }
}
