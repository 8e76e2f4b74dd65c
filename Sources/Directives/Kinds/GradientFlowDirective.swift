import Engine
import Foundation
import SVGPlot

/// `{gradient-flow}`: how strongly a recurrent layer's last hidden state depends on each earlier
/// input — ‖∂h_T/∂x_t‖ against the distance T − t — for each cell, at initialisation and after
/// training on the recall task (see `RecallTask`), on a log scale.
///
/// Measured, not assumed: with Keras's initial weights the LSTM's curve falls about as fast as
/// the plain RNN's (its forget gates start near σ(1) ≈ 0.73), and the GRU's falls fastest (its
/// update gates start near σ(0) = 0.5). `compare_forget_bias` adds an LSTM whose forget gates
/// start near 1, whose curve stays nearly level. After training, the curves show what each
/// network learned to listen to as much as what it can carry (a network that has learned to shut
/// out the noise depends little on it), so `show` defaults to the initial weights only.
///
/// The sensitivities are exact, by backpropagation (`Model.hiddenStateSensitivity`), measured on
/// the first `samples` test sequences of each seed's run and averaged geometrically (the mean of
/// the logarithms): they span many orders of magnitude, and an arithmetic mean would show only
/// the largest few. The trained models are exactly those {memory} trains at length `steps` with
/// the same options and seeds.
///
/// Named values, with S(d) the averaged sensitivity at distance d and w a cell word of `cells`
/// (`rnn`, `lstm`, `gru`, `gru_reset_before`), at initialisation `w_…` and after training
/// `w_trained_…`:
/// - `w_ratio`: S(distance) / S(0), in percent (two significant digits);
/// - `w_decades`: log₁₀ of S(0) / S(distance): how many orders of magnitude it falls;
/// - `w_per_step`: (S(distance) / S(0))^(1/distance), the average factor per step back;
/// - `w_below_1pct`: the first distance where S falls below 1 % of S(0), or the text
///   "more than T − 1" when it never does;
/// - `w_first`: S(T − 1) / S(0), in percent: the first input's pull against the last one's;
/// - `w_lowest`, `w_lowest_at`: the smallest S(d) / S(0), in percent, and the distance d where it
///   is (a curve that rises again after it has no one factor per step);
/// - `w_accuracy`, `w_trained_accuracy`: mean test accuracy on the recall task (chance: 0.5).
/// The same names with w = `lstm_fb` describe the LSTM of `compare_forget_bias`, and
/// `compare_forget_bias` repeats its bias. And `steps`, `distance`, `seeds`, `sequences`
/// (seeds × samples), `epochs`.
struct GradientFlowDirective: Directive {
    static let name = "gradient-flow"
    static let summary = "Plots ‖∂h_T/∂x_t‖ (how much the last hidden state depends on each input) against the distance T − t for each "
        + "cell on a log scale: at initialisation, and on request after training on the recall task."
    static let results = [
        NamedResult("{w}_ratio", "S(distance) / S(0) of cell w at initialisation (`{w}_trained_ratio`: after training)", unit: "%"),
        NamedResult("{w}_decades", "log₁₀ of S(0) / S(distance): how many orders of magnitude it falls"),
        NamedResult("{w}_per_step", "(S(distance) / S(0))^(1/distance), the average factor per step back"),
        NamedResult("{w}_below_1pct", "the first distance where S falls below 1 % of S(0), or the text \"more than T − 1\"", unit: "steps"),
        NamedResult("{w}_first", "S(T − 1) / S(0): the first input's pull against the last one's", unit: "%"),
        NamedResult("{w}_lowest", "the smallest S(d) / S(0) (`{w}_lowest_at`: the distance where it is)", unit: "%"),
        NamedResult("{w}_accuracy", "mean test accuracy on the recall task (`{w}_trained_accuracy` after training)"),
        NamedResult("compare_forget_bias", "the option, when given"), NamedResult("steps", "the option `steps`", unit: "steps"),
        NamedResult("distance", "the option `distance`", unit: "steps"), NamedResult("seeds", "seeds per cell", unit: "seeds"),
        NamedResult("sequences", "seeds × samples", unit: "sequences"), NamedResult("epochs", "the option `epochs`"),
    ]

    struct Options: DirectiveOptions, CostEstimating, RecallLines {
        enum Phase: String, OptionChoice { case initial, trained }

        var cells: [CellKind] = [.simpleRNN, .lstm, .gru(resetAfter: true)]
        var steps = 50
        var seeds = [1, 2, 3]
        var samples = 8
        var distance = 20
        var compareForgetBias: Double?
        var show = [Phase.initial]
        var training = RecallTraining()
        var captions: [String]?

        static let declarations: [DeclaredOption<Self>] = [
            .init("cells", \.cells, CellKind.some, .run, doc: CellLine.cellsDoc),
            .init("steps", \.steps, .integer(2...200), .run, doc: "Sequence length T (and the recall length the trained models learn)."),
            .init("seeds", \.seeds, .integers(0...1_000_000, maxCount: 10), .run, doc: "Seeds for weights and data; one network per cell and seed."),
            .init("samples", \.samples, .integer(1...64), .run, doc: "Test sequences measured per network."),
            .init("distance", \.distance, .integer(1...199), .run,
                  doc: "The distance T − t the ratio values (`w_ratio`, `w_decades`, `w_per_step`) are read at; less than `steps`."),
            .init("compare_forget_bias", \.compareForgetBias, .number(-10...10), .run, doc: CellLine.compareDoc),
            // A run option: which phases are measured (and whether anything is trained) follows the views.
            .init("show", \.show, Phase.some, .run,
                  doc: "`initial`: Keras's initial weights; `trained`: after training on the recall task at length `steps`. "
                      + "One figure each, in order, on the same axes."),
        ] + RecallTraining.declarations.map { $0.lifted(to: \.training) } + [
            .init("captions", \.captions, .texts(maxCount: 2, maxLength: 600), .presentation, doc: "Captions replacing the default ones, in order."),
        ]

        func validate(_ written: WrittenOptions<Self>) throws(DirectiveFailure) {
            try Wording.requireDistinct(cells, "cells", option: \Self.cells)
            try Wording.requireDistinct(seeds, "seeds", option: \Self.seeds)
            try Wording.requireDistinct(show, "show", option: \Self.show)
            guard distance < steps else {
                throw DirectiveFailure("'distance' (\(distance)) must be less than 'steps' (\(steps))", option: \Self.distance)
            }
            guard samples <= training.testSize else {
                throw DirectiveFailure("'samples' (\(samples)) cannot exceed 'test_size' (\(training.testSize))", option: \Self.samples)
            }
        }
    }
}
