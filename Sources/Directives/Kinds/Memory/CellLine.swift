import Engine

/// The options {memory} and {gradient-flow} both take to choose what they train: `cells`,
/// `compare_forget_bias` and the recall training.
protocol RecallLines {
    var cells: [CellKind] { get }
    var compareForgetBias: Double? { get }
    var training: RecallTraining { get }
}

/// One line of a comparison: a cell of the `cells` option, or — with `compare_forget_bias` —
/// an LSTM whose forget gates start elsewhere, keyed `lstm_fb`. Lines keep their position, so
/// each keeps its colour and dash pattern in every figure.
struct CellLine {
    static let comparedKey = "lstm_fb"

    static let cellsDoc = "The cells to compare, in order: `rnn`, `lstm`, `gru`, `gru_reset_before`."
    static let compareDoc = "Adds an LSTM whose forget-gate bias starts at this value (5 puts f near σ(5) ≈ 0.993, "
        + "close to the first LSTM of 1997, which had no forget gate: f = 1); its values are named `lstm_fb_…`."

    let key: String
    let cell: CellKind
    let training: RecallTraining

    /// The lines the options ask for, in order.
    static func lines(_ options: some RecallLines) -> [CellLine] {
        var lines = options.cells.map { CellLine(key: $0.word, cell: $0, training: options.training) }
        if let bias = options.compareForgetBias {
            var biased = options.training
            biased.forgetBias = bias
            lines.append(CellLine(key: comparedKey, cell: .lstm, training: biased))
        }
        return lines
    }

    /// "SimpleRNN", "LSTM", "LSTM with forget bias 5": an LSTM is named by its bias unless it
    /// has Keras's.
    static func name(_ key: String, _ options: some RecallLines) -> String {
        let bias: Double
        switch key {
        case comparedKey: bias = options.compareForgetBias ?? 1
        case "lstm" where options.training.forgetBias != 1: bias = options.training.forgetBias
        default: return CellKind(word: key)?.displayName ?? key
        }
        return "LSTM with forget bias \(NumberText.fixed(bias, decimals: bias == bias.rounded() ? 0 : 1))"
    }
}
