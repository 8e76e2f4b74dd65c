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
    static let summary = "Trains each cell to recall the first of T inputs for several lengths and seeds: a table and a plot of test accuracy against length; then traces a trained LSTM's forget gates and cell state."
    static let options: [OptionSpec] = [
        CellLine.cellsOption,
        CellLine.compareOption,
        OptionSpec("lengths", .integers(2...200, maxCount: 8), default: .integers([5, 10, 20, 50, 100]), doc: "Sequence lengths T: the first value must be recalled after T − 1 more steps."),
        OptionSpec("seeds", .integers(0...1_000_000, maxCount: 10), default: .integers([1, 2, 3, 4, 5]), doc: "Seeds for weights and data; one training run per cell, length and seed."),
        OptionSpec("threshold", .number(0.5...1), default: .number(0.9), doc: "Test accuracy a run must reach to count as a success."),
    ] + RecallTraining.options + [
        OptionSpec("trace", .choice(["lstm", CellLine.comparedKey]), default: .text("lstm"),
                   doc: "Which LSTM to trace: `lstm` (Keras's initial forget bias, or `forget_bias`) or `lstm_fb` (the one of `compare_forget_bias`)."),
        OptionSpec("trace_length", .integer(2...200), doc: "The length whose best run of that LSTM is traced (one of `lengths`; default: the longest one it succeeded at)."),
        OptionSpec("show", .choices(["table", "accuracy", "heatmap", "forget", "memory"]), default: .texts(["table", "accuracy", "heatmap", "forget", "memory"]),
                   doc: "`table`: accuracy per cell and length; `accuracy`: accuracy against length; `heatmap`: every forget gate of the traced LSTM over time; `forget`: how much of step 1's cell state its memory unit's forget gates keep (f₂·f₃·…·f_t), trained and untrained; `memory`: that unit's cell state."),
        OptionSpec("captions", .texts(maxCount: 5, maxLength: 600), doc: "Captions replacing the default ones, in order."),
    ]

    /// One training run.
    struct Run: Codable, Sendable, Equatable {
        /// A `CellLine` key: a word of `cells`, or `lstm_fb`.
        var cell: String
        var length: Int
        var seed: Int
        var accuracy: Double
    }

    struct Output: Codable, Sendable, Equatable {
        var runs: [Run]
        /// The traced LSTM; nil when `show` asks for no view of it.
        var probe: MemoryProbe?
    }

    static func run(_ options: ResolvedOptions, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let lines = try CellLine.lines(options)
        let lengths = options.integers("lengths"), seeds = options.integers("seeds")
        try Wording.requireDistinct(lengths, option: "lengths")
        try Wording.requireDistinct(seeds, option: "seeds")
        if options.has("trace_length"), !lengths.contains(options.integer("trace_length")) {
            throw DirectiveFailure("'trace_length' (\(options.integer("trace_length"))) must be one of 'lengths'", option: "trace_length")
        }
        let traced = options.texts("show").contains { $0 == "heatmap" || $0 == "forget" || $0 == "memory" } ? options.text("trace")! : nil
        if let traced, !lines.contains(where: { $0.key == traced }) {
            let missing = traced == "lstm" ? "'cells' has no lstm" : "there is no 'compare_forget_bias'"
            throw DirectiveFailure("'show' asks for the gates of '\(traced)', but \(missing)", option: "show")
        }
        let epochs = options.integer("epochs")
        let grid = lines.flatMap { line in lengths.flatMap { length in seeds.map { (line: line, length: length, seed: $0) } } }
        // Every run owns its generators (seeded from its seed and length), so spreading them over
        // threads gives exactly the serial results, in grid order. A run costs about its length
        // times its cell's gate count.
        let tally = EpochTally(runs: grid.count, total: grid.count * epochs, report: context.progress)
        let trained = LongestFirst.map(grid, workers: context.workers, cost: { $0.length * $0.line.cell.gateCount }) { index, job in
            Result { () throws(DirectiveFailure) in
                try job.line.training.run(job.line.cell, length: job.length, seed: job.seed) { tally.update(run: index, epochs: $0) }
            }
        }
        var runs: [Run] = []
        // The best run of the traced LSTM at each length, and its seed.
        var best: [Int: (run: RecallTraining.Run, seed: Int)] = [:]
        for (job, outcome) in zip(grid, trained) {
            let run = try outcome.get()
            runs.append(Run(cell: job.line.key, length: job.length, seed: job.seed, accuracy: run.accuracy))
            if job.line.key == traced, run.accuracy > best[job.length]?.run.accuracy ?? -1 {
                best[job.length] = (run, job.seed)
            }
        }
        var probe: MemoryProbe?
        if traced != nil {
            let threshold = options.number("threshold")
            let length = options.has("trace_length") ? options.integer("trace_length")
                : lengths.filter { best[$0]!.run.accuracy >= threshold }.max() ?? lengths.min()!
            probe = try MemoryProbe(best[length]!.run, length: length, seed: best[length]!.seed)
        }
        return Output(runs: runs, probe: probe)
    }

    static func present(_ output: Output, options: ResolvedOptions) -> DirectiveResult {
        let figures = MemoryFigures(output, options: options)
        var captions = options.texts("captions").makeIterator()
        var blocks: [ResultBlock] = []
        for view in options.texts("show") {
            switch view {
            case "table": blocks.append(.table(figures.table(caption: captions.next())))
            case "accuracy": blocks.append(figures.accuracyChart(caption: captions.next()))
            case "heatmap": if let block = figures.forgetHeatmap(caption: captions.next()) { blocks.append(block) }
            case "forget": if let block = figures.forgetChart(caption: captions.next()) { blocks.append(block) }
            default: if let block = figures.memoryChart(caption: captions.next()) { blocks.append(block) }
            }
        }
        return DirectiveResult(blocks: blocks, values: figures.values)
    }
}
