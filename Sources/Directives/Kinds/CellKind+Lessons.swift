import Engine

/// The engine's `CellKind` as the lessons write and show it: the `cell` option, whose words are
/// `CellKind.word`, and the names and symbols of its gates on the pages.
extension CellKind: OptionChoice {
    public init?(rawValue: String) { self.init(word: rawValue) }
    public var rawValue: String { word }
    /// In the order the reference lists them.
    public static var allCases: [CellKind] { all }

    static let cellDoc = "The recurrent cell: `lstm`, `gru` (Keras 3's reset-after form), `gru_reset_before` (the classic form) "
        + "or `rnn` (plain tanh RNN)."

    /// How the pages name a gate, by its letter in the engine's traces.
    func gateTitle(_ letter: String) -> String {
        switch (letter, self) {
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
    func symbol(_ letter: String) -> String {
        if letter == "g", case .gru = self { return "h̃" }
        return letter
    }
}
