import Engine

/// The `cell` option shared by directives that run one recurrent cell, and how its words map
/// to the engine's cell kinds.
enum CellChoice {
    static let words = ["lstm", "gru", "gru_reset_before", "rnn"]

    static func option(default word: String, doc: String = "The recurrent cell: `lstm`, `gru` (Keras 3's reset-after form), `gru_reset_before` (the classic form) or `rnn` (plain tanh RNN).") -> OptionSpec {
        OptionSpec("cell", .choice(words), default: .text(word), doc: doc)
    }

    static func kind(_ word: String) -> CellKind {
        switch word {
        case "lstm": .lstm
        case "gru": .gru(resetAfter: true)
        case "gru_reset_before": .gru(resetAfter: false)
        default: .simpleRNN
        }
    }

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
