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
    static let summary = "Plots ‖∂h_T/∂x_t‖ (how much the last hidden state depends on each input) against the distance T − t for each cell on a log scale: at initialisation, and on request after training on the recall task."
    static let options: [OptionSpec] = [
        CellLine.cellsOption,
        OptionSpec("steps", .integer(2...200), default: .integer(50), doc: "Sequence length T (and the recall length the trained models learn)."),
        OptionSpec("seeds", .integers(0...1_000_000, maxCount: 10), default: .integers([1, 2, 3]), doc: "Seeds for weights and data; one network per cell and seed."),
        OptionSpec("samples", .integer(1...64), default: .integer(8), doc: "Test sequences measured per network."),
        OptionSpec("distance", .integer(1...199), default: .integer(20), doc: "The distance T − t the ratio values (`w_ratio`, `w_decades`, `w_per_step`) are read at; less than `steps`."),
        CellLine.compareOption,
        OptionSpec("show", .choices(["initial", "trained"]), default: .texts(["initial"]),
                   doc: "`initial`: Keras's initial weights; `trained`: after training on the recall task at length `steps`. One figure each, in order, on the same axes."),
    ] + RecallTraining.options + [
        OptionSpec("captions", .texts(maxCount: 2, maxLength: 600), doc: "Captions replacing the default ones, in order."),
    ]

    struct Curve: Codable, Sendable, Equatable {
        /// A `CellLine` key: a word of `cells`, or `lstm_fb`.
        var cell: String
        var trained: Bool
        /// Geometric mean of ‖∂h_T/∂x_t‖ over seeds and sequences, indexed by distance T − t.
        var sensitivity: [Double]
        /// Test accuracy on the recall task, one per seed.
        var accuracies: [Double]
    }

    struct Output: Codable, Sendable, Equatable {
        var curves: [Curve]
    }

    static func run(_ options: ResolvedOptions, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let seeds = options.integers("seeds"), phases = options.texts("show")
        let steps = options.integer("steps"), samples = options.integer("samples")
        let lines = try CellLine.lines(options)
        try Wording.requireDistinct(seeds, option: "seeds")
        try Wording.requireDistinct(phases, option: "show")
        guard options.integer("distance") < steps else {
            throw DirectiveFailure("'distance' (\(options.integer("distance"))) must be less than 'steps' (\(steps))", option: "distance")
        }
        guard samples <= options.integer("test_size") else {
            throw DirectiveFailure("'samples' (\(samples)) cannot exceed 'test_size' (\(options.integer("test_size")))", option: "samples")
        }
        let trains = phases.contains("trained")
        let unitsOfWork = trains ? options.integer("epochs") : 1
        let total = lines.count * seeds.count * unitsOfWork
        var done = 0
        var curves: [Curve] = []
        for line in lines {
            var initial = Measurement(steps: steps), trained = Measurement(steps: steps)
            for seed in seeds {
                if trains {
                    let before = done
                    let run = try line.training.run(line.cell, length: steps, seed: seed) { context.progress(before + $0, total) }
                    if phases.contains("initial") { try initial.add(run.initial, test: run.test, samples: samples) }
                    try trained.add(run.trained, test: run.test, samples: samples)
                } else {
                    let start = line.training.start(line.cell, length: steps, seed: seed)
                    try initial.add(start.model, test: start.test, samples: samples)
                }
                done += unitsOfWork
                context.progress(done, total)
            }
            for phase in phases {
                let measured = phase == "trained" ? trained : initial
                curves.append(Curve(cell: line.key, trained: phase == "trained", sensitivity: measured.geometricMeans, accuracies: measured.accuracies))
            }
        }
        return Output(curves: curves)
    }

    /// Sums of log₁₀ sensitivities by distance, over every network and probe of one cell and phase.
    struct Measurement {
        var logSums: [Double]
        var count = 0
        var accuracies: [Double] = []

        init(steps: Int) { logSums = [Double](repeating: 0, count: steps) }

        /// Measures `model` on the first `samples` test sequences, and scores it on all of them.
        mutating func add(_ model: Model, test: Dataset, samples: Int) throws(DirectiveFailure) {
            do {
                for probe in test.inputs.prefix(samples) {
                    let s = try model.hiddenStateSensitivity(probe)
                    let T = s.count
                    // s[t] is step t + 1; its distance from the last step is T − 1 − t. An exact
                    // zero (which would need every path to vanish) is kept finite for the log.
                    for t in 0..<T { logSums[T - 1 - t] += log10(max(s[t], .leastNormalMagnitude)) }
                    count += 1
                }
                accuracies.append(try RecallTraining.accuracy(model, on: test))
            } catch {
                throw DirectiveFailure("could not measure the sensitivities: \(error)")
            }
        }

        var geometricMeans: [Double] { logSums.map { pow(10, $0 / Double(count)) } }
    }

    // MARK: Presenting

    static func present(_ output: Output, options: ResolvedOptions) -> DirectiveResult {
        let figures = GradientFlowFigures(output, options: options)
        var captions = options.texts("captions").makeIterator()
        let blocks = options.texts("show").map { phase in
            figures.figure(trained: phase == "trained", caption: captions.next())
        }
        return DirectiveResult(blocks: blocks, values: figures.values)
    }
}
