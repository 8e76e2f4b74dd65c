import Engine
import Foundation
import SVGPlot

/// `{memory}`: the long-term dependency experiment. Each cell is trained to recall the first of
/// T inputs (see `RecallTask`) for every length and seed, and scored on fresh test sequences; a
/// trained LSTM is then traced to show how it keeps the value: its forget gates, input gate and
/// cell state, after and before training. Measured with the defaults, Keras's LSTM (forget
/// gates starting near 0.73) keeps the sign at T = 50 with forget gates around 0.8, rewriting
/// it into the cell state as it goes; with `compare_forget_bias: 5` an LSTM whose forget gates
/// start near 1 keeps them there and solves T = 100.
///
/// A run succeeds when its test accuracy reaches `threshold`; a cell *solves* a length when more
/// than half of its seeds succeed there.
///
/// Named values, with w a cell word of `cells` (`rnn`, `lstm`, `gru`, `gru_reset_before`) or
/// `lstm_fb` (the LSTM of `compare_forget_bias`), and L a length of `lengths`:
/// - `w_L_accuracy`: mean test accuracy over seeds; `w_L_solved`: how many seeds succeeded;
/// - `w_fails_at`: the shortest length the cell does not solve, or the text "none up to M"
///   (M the longest length);
/// - `w_solved_up_to`: the longest length up to which it solves every length, or "none";
/// - `seeds`, `majority` (seeds needed to solve a length), `threshold`, `epochs`, `train_size`,
///   `units`, `noise`, `longest`, and `compare_forget_bias` when it is given.
/// From the traced LSTM (`trace`; when `show` has `heatmap`, `forget` or `memory`), on two test
/// sequences, one starting +1 and one −1; the *memory unit* is the unit whose final cell state
/// best tells the two signs apart over the test sequences:
/// - `trace_length`, `trace_seed`, `trace_accuracy`: which network is traced, and how it scored;
/// - `memory_unit`: its number (1-based); `units`: how many there are;
/// - `memory_forget_mean`, `memory_forget_min`: its forget gate over steps 2…T;
/// - `other_forget_mean`: the other units' forget gates over steps 2…T;
/// - `untrained_forget_mean`: the same unit's forget gate before training, same sequences;
/// - `memory_retention`, `untrained_retention`: the product of its forget gates over steps 2…T
///   (the share of step 1's cell state the forget gates alone let through), in percent;
/// - `memory_input_first`, `memory_input_later`: its input gate at step 1 and (mean) after;
/// - `c_end_plus`, `c_end_minus`: its final cell state for the +1 and the −1 sequence.
struct MemoryDirective: Directive {
    static let name = "memory"
    static let summary = "Trains each cell to recall the first of T inputs for several lengths and seeds: "
        + "a table and a plot of test accuracy against length; then traces a trained LSTM's forget gates and cell state."
    static let results = [
        NamedResult("{w}_{L}_accuracy", "mean test accuracy over seeds of cell w (a word of `cells`, or `lstm_fb`) at length L"),
        NamedResult("{w}_{L}_solved", "seeds of cell w that reached `threshold` at length L", unit: "seeds"),
        NamedResult("{w}_fails_at", "the shortest length cell w does not solve, or the text \"none up to M\"", unit: "steps"),
        NamedResult("{w}_solved_up_to", "the longest length up to which cell w solves every length, or \"none\"", unit: "steps"),
        NamedResult("seeds", "seeds per cell and length", unit: "seeds"), NamedResult("majority", "seeds needed to solve a length", unit: "seeds"),
        NamedResult("threshold", "the option `threshold`"), NamedResult("epochs", "the option `epochs`"),
        NamedResult("train_size", "the option `train_size`", unit: "sequences"), NamedResult("units", "the option `units`"),
        NamedResult("noise", "the option `noise`"), NamedResult("longest", "the longest length", unit: "steps"),
        NamedResult("compare_forget_bias", "the option, when given"),
        NamedResult("trace_length", "the length of the traced LSTM", unit: "steps"), NamedResult("trace_seed", "its seed"),
        NamedResult("trace_accuracy", "its test accuracy"), NamedResult("memory_unit", "the unit whose final c best separates the signs"),
        NamedResult("memory_forget_mean", "that unit's mean forget gate over steps 2…T (`_min`: lowest)"),
        NamedResult("other_forget_mean", "the other units' mean forget gate over steps 2…T"),
        NamedResult("untrained_forget_mean", "that unit's mean forget gate before training"),
        NamedResult("memory_retention", "the product of its forget gates over steps 2…T (`untrained_retention`: before training)", unit: "%"),
        NamedResult("memory_input_first", "its input gate at step 1 (`memory_input_later`: mean after)"),
        NamedResult("c_end_plus", "its final cell state for the +1 sequence (`c_end_minus`: the −1 one)"),
    ]

    struct Options: DirectiveOptions, CostEstimating, RecallLines {
        enum View: String, OptionChoice { case table, accuracy, heatmap, forget, memory }

        var cells: [CellKind] = [.simpleRNN, .lstm, .gru(resetAfter: true)]
        var compareForgetBias: Double?
        var lengths = [5, 10, 20, 50, 100]
        var seeds = [1, 2, 3, 4, 5]
        var threshold = 0.9
        var training = RecallTraining()
        var trace = "lstm"
        var traceLength: Int?
        var show = View.allCases
        var captions: [String]?

        static let declarations: [DeclaredOption<Self>] = [
            .init("cells", \.cells, CellKind.some, .run, doc: CellLine.cellsDoc),
            .init("compare_forget_bias", \.compareForgetBias, .number(-10...10), .run, doc: CellLine.compareDoc),
            .init("lengths", \.lengths, .integers(2...200, maxCount: 8), .run,
                  doc: "Sequence lengths T: the first value must be recalled after T − 1 more steps."),
            .init("seeds", \.seeds, .integers(0...1_000_000, maxCount: 10), .run,
                  doc: "Seeds for weights and data; one training run per cell, length and seed."),
            .init("threshold", \.threshold, .number(0.5...1), .run, doc: "Test accuracy a run must reach to count as a success."),
        ] + RecallTraining.declarations.map { $0.lifted(to: \.training) } + [
            .init("trace", \.trace, .choice(["lstm", CellLine.comparedKey]), .run,
                  doc: "Which LSTM to trace: `lstm` (Keras's initial forget bias, "
                      + "or `forget_bias`) or `lstm_fb` (the one of `compare_forget_bias`)."),
            .init("trace_length", \.traceLength, .integer(2...200), .run,
                  doc: "The length whose best run of that LSTM is traced (one of `lengths`; default: the longest one it succeeded at)."),
            // A run option: whether the LSTM is traced at all depends on the views asked for.
            .init("show", \.show, View.some, .run,
                  doc: "`table`: accuracy per cell and length; `accuracy`: accuracy against length; `heatmap`: "
                      + "every forget gate of the traced LSTM over time; `forget`: how much of step 1's cell state its memory unit's forget gates "
                      + "keep (f₂·f₃·…·f_t), trained and untrained; `memory`: that unit's cell state."),
            .init("captions", \.captions, .texts(maxCount: 5, maxLength: 600), .presentation, doc: "Captions replacing the default ones, in order."),
        ]

        /// The LSTM to trace, when a view shows it.
        var traced: String? { show.contains { $0 == .heatmap || $0 == .forget || $0 == .memory } ? trace : nil }

        func validate(_ written: WrittenOptions<Self>) throws(DirectiveFailure) {
            try Wording.requireDistinct(cells, "cells", option: \Self.cells)
            try Wording.requireDistinct(lengths, "lengths", option: \Self.lengths)
            try Wording.requireDistinct(seeds, "seeds", option: \Self.seeds)
            if let traceLength, !lengths.contains(traceLength) {
                throw DirectiveFailure("'trace_length' (\(traceLength)) must be one of 'lengths'", option: \Self.traceLength)
            }
            if let traced, !CellLine.lines(self).map(\.key).contains(traced) {
                let missing = traced == "lstm" ? "'cells' has no lstm" : "there is no 'compare_forget_bias'"
                throw DirectiveFailure("'show' asks for the gates of '\(traced)', but \(missing)", option: \Self.show)
            }
        }
    }
}
