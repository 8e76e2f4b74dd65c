import Engine
import Foundation
import SVGPlot

/// `{forgetting}`: how much of the first input is still in the hidden state t steps later.
///
/// The cell reads two sequences that differ only in their first input (+1 and −1) and agree
/// everywhere after it; the distance between the two hidden states, ‖h_t⁺ − h_t⁻‖, is what is
/// left of the first input's mark at step t, and ‖h_t⁺ − h_t⁻‖ / ‖h_1⁺ − h_1⁻‖ the share left.
/// Two lines: with nothing after the first input (zeros), and with random inputs after it
/// (Gaussian, standard deviation `noise`), as a real sequence has. Averaged geometrically over
/// seeds (weights drawn as Keras draws them) and sequences, since the shares span decades.
///
/// Named values, for w = `quiet` (zeros after) and `noisy` (random inputs after):
/// - `w_at`: the share left at step `at`, in percent; `w_last`: at step `steps`;
/// - `w_below_10pct`: the first step where under 10 % is left, or "more than `steps`".
/// And `steps`, `at`, `units`, `seeds`, `sequences` (seeds × samples) and `noise`.
struct ForgettingDirective: Directive {
    static let name = "forgetting"
    static let summary = "Runs a cell on two sequences that differ only in their first input and plots how far apart the hidden states stay: "
        + "how much of the first input survives in h, step by step, with zeros and with random inputs after it."
    static let options: [OptionSpec] = [
        CellChoice.option(default: "rnn"),
        OptionSpec("units", .integer(1...32), default: .integer(4), doc: "Units in the cell."),
        OptionSpec("steps", .integer(2...200), default: .integer(30), doc: "Sequence length T."),
        OptionSpec("at", .integer(1...200), default: .integer(10), doc: "The step the `w_at` values are read at; at most `steps`."),
        OptionSpec("seeds", .integers(0...1_000_000, maxCount: 10), default: .integers([1, 2, 3]),
                   doc: "Seeds for Keras-style initial weights and for the random inputs; one cell per seed."),
        OptionSpec("samples", .integer(1...64), default: .integer(8), doc: "Random sequences per seed."),
        OptionSpec("noise", .number(0...10), default: .number(1), doc: "Standard deviation of the random inputs after the first."),
        OptionSpec("captions", .texts(maxCount: 1, maxLength: 600), doc: "A caption replacing the default one."),
    ]

    struct Output: Codable, Sendable, Equatable {
        /// The share of the first input's mark left at steps 1…T: zeros after it, random inputs after it.
        var quiet: [Double]
        var noisy: [Double]
    }

    static func run(_ options: ResolvedOptions, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let steps = options.integer("steps"), samples = options.integer("samples"), noise = options.number("noise")
        guard options.integer("at") <= steps else {
            throw DirectiveFailure("'at' (\(options.integer("at"))) must be at most 'steps' (\(steps))", option: "at")
        }
        var quiet = [Double](repeating: 0, count: steps), noisy = quiet
        let seeds = options.integers("seeds")
        for (done, seed) in seeds.enumerated() {
            var rng = SeededGenerator(seed: UInt64(seed))
            let kind = CellChoice.kind(options.text("cell")!)
            let layer = RecurrentLayer.initialised(kind: kind, units: options.integer("units"), inputDim: 1, using: &rng)
            add(try logShares(layer, after: [Double](repeating: 0, count: steps - 1)), to: &quiet, weight: Double(seeds.count))
            for _ in 0..<samples {
                let later = (1..<steps).map { _ in noise * rng.normal() }
                add(try logShares(layer, after: later), to: &noisy, weight: Double(seeds.count * samples))
            }
            context.progress(done + 1, seeds.count)
        }
        return Output(quiet: quiet.map { pow(10, $0) }, noisy: noisy.map { pow(10, $0) })
    }

    private static func add(_ logs: [Double], to sums: inout [Double], weight: Double) {
        for t in sums.indices { sums[t] += logs[t] / weight }
    }

    /// log₁₀ of ‖h_t⁺ − h_t⁻‖ / ‖h_1⁺ − h_1⁻‖ for t = 1…T, where the two sequences start with +1
    /// and −1 and continue with `after`.
    private static func logShares(_ layer: RecurrentLayer, after: [Double]) throws(DirectiveFailure) -> [Double] {
        do {
            let plus = try layer.trace(([1] + after).map { [$0] }).steps.map(\.h)
            let minus = try layer.trace(([-1] + after).map { [$0] }).steps.map(\.h)
            let distances = zip(plus, minus).map { a, b in sqrt(zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }) }
            // An exact zero would need every unit to agree to the last bit; it stays finite for the log.
            return distances.map { log10(max($0 / distances[0], .leastNormalMagnitude)) }
        } catch {
            throw DirectiveFailure("could not run the cell: \(error)")
        }
    }

    // MARK: Presenting

    static func present(_ output: Output, options: ResolvedOptions) -> DirectiveResult {
        let steps = options.integer("steps"), at = options.integer("at"), noise = options.number("noise")
        let seeds = options.integers("seeds").count, samples = options.integer("samples")
        let kind = CellChoice.kind(options.text("cell")!)
        let name = kind == .simpleRNN ? "plain RNN" : kind.displayName
        let noiseText = NumberText.fixed(noise, decimals: noise == noise.rounded() ? 0 : 1)
        func belowTenPercent(_ shares: [Double]) -> Int? { shares.firstIndex { $0 < 0.1 }.map { $0 + 1 } }
        var values = [
            NamedValue("steps", integer: steps), NamedValue("at", integer: at), NamedValue("units", integer: options.integer("units")),
            NamedValue("seeds", integer: seeds), NamedValue("sequences", integer: seeds * samples), NamedValue("noise", text: noiseText),
        ]
        for (word, shares) in [("quiet", output.quiet), ("noisy", output.noisy)] {
            values += [
                Percent.value(word + "_at", shares[at - 1]), Percent.value(word + "_last", shares[steps - 1]),
                belowTenPercent(shares).map { NamedValue(word + "_below_10pct", integer: $0) }
                    ?? NamedValue(word + "_below_10pct", text: "more than \(steps)"),
            ]
        }
        let quietName = "zeros after step 1", noisyName = "random inputs after step 1 (σ = \(noiseText))"
        let percent = { (shares: [Double]) in shares.map { Optional($0 * 100) } }
        let chart = LineChart(
            title: "How much of the first input is left in the hidden state of a \(name)",
            description: "Line chart: the distance between the hidden states of two sequences that differ only in their first input, "
                + "as a percentage of that distance at step 1, at each step from 1 to \(steps); one line with \(quietName), one with \(noisyName). "
                + "At step \(at): \(Percent.text(output.quiet[at - 1])) and \(Percent.text(output.noisy[at - 1])); "
                + "at step \(steps): \(Percent.text(output.quiet[steps - 1])) and \(Percent.text(output.noisy[steps - 1])).",
            xAxis: Axis("time step t", kind: .integer),
            yAxis: Axis("first input's mark left in h (% of step 1)", domain: 0...max(100, (output.quiet + output.noisy).max()! * 100)),
            series: [Series(quietName, values: percent(output.quiet), xStart: 1, style: .dashed, colorIndex: 1),
                     Series(noisyName, values: percent(output.noisy), xStart: 1, style: .line, colorIndex: 0)])
        let below = belowTenPercent(output.noisy).map { "under 10 % from step \($0)" } ?? "still over 10 % at step \(steps)"
        let what = "How much of the first input a \(name) of \(options.integer("units")) units still holds: "
            + "the distance between its hidden states on two sequences that differ only in the first input (+1 or −1), "
            + "as a share of that distance at step 1. "
        let seen = "With zeros after the first input, \(Percent.text(output.quiet[steps - 1])) is left at step \(steps); "
            + "with random inputs after it, as a real sequence has, \(Percent.text(output.noisy[at - 1])) at step \(at), \(below). "
        let sequences = samples > 1 ? " × \(samples) random sequences" : ""
        let how = "Keras's initial weights; geometric mean over \(seeds) seed\(seeds == 1 ? "" : "s")\(sequences)."
        let caption = options.texts("captions").first ?? what + seen + how
        return DirectiveResult(blocks: [.figure(chart, caption: caption)], values: values)
    }
}
