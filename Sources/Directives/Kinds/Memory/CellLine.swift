import Engine

/// One line of a comparison: a cell of the `cells` option, or — with `compare_forget_bias` —
/// an LSTM whose forget gates start elsewhere, keyed `lstm_fb`. Lines keep their position, so
/// each keeps its colour and dash pattern in every figure.
struct CellLine {
    static let comparedKey = "lstm_fb"

    static let cellsOption = OptionSpec("cells", .choices(CellChoice.words), default: .texts(["rnn", "lstm", "gru"]),
                                        doc: "The cells to compare, in order: `rnn`, `lstm`, `gru`, `gru_reset_before`.")
    static let compareOption = OptionSpec(
        "compare_forget_bias", .number(-10...10),
        doc: "Adds an LSTM whose forget-gate bias starts at this value (5 puts f near σ(5) ≈ 0.993, close to the first LSTM of 1997, which had no forget gate: f = 1); its values are named `lstm_fb_…`.")

    let key: String
    let cell: CellKind
    let training: RecallTraining

    /// The lines the options ask for, in order.
    static func lines(_ options: ResolvedOptions) throws(DirectiveFailure) -> [CellLine] {
        let cells = options.texts("cells")
        try Wording.requireDistinct(cells, option: "cells")
        let training = RecallTraining(options)
        var lines = cells.map { CellLine(key: $0, cell: CellChoice.kind($0), training: training) }
        if options.has("compare_forget_bias") {
            var biased = training
            biased.forgetBias = options.number("compare_forget_bias")
            lines.append(CellLine(key: comparedKey, cell: .lstm, training: biased))
        }
        return lines
    }

    static func keys(_ options: ResolvedOptions) -> [String] {
        options.texts("cells") + (options.has("compare_forget_bias") ? [comparedKey] : [])
    }

    /// "SimpleRNN", "LSTM", "LSTM with forget bias 5": an LSTM is named by its bias unless it
    /// has Keras's.
    static func name(_ key: String, _ options: ResolvedOptions) -> String {
        let bias: Double
        switch key {
        case comparedKey: bias = options.number("compare_forget_bias")
        case "lstm" where options.number("forget_bias") != 1: bias = options.number("forget_bias")
        default: return CellChoice.kind(key).displayName
        }
        return "LSTM with forget bias \(NumberText.fixed(bias, decimals: bias == bias.rounded() ? 0 : 1))"
    }
}
