import Engine
import SVGPlot

/// `{forgetting}`: how much of the first input is still in the hidden state t steps later.
///
/// The cell reads two sequences that differ only in their first input (+1 and −1) and agree
/// everywhere after it; the distance between the two hidden states, ‖h_t⁺ − h_t⁻‖, is what is
/// left of the first input's mark at step t, and ‖h_t⁺ − h_t⁻‖ / ‖h_1⁺ − h_1⁻‖ the share left.
/// Two lines: with nothing after the first input (zeros), and with random inputs after it
/// (Gaussian, standard deviation `noise`), as a real sequence has. Averaged geometrically over
/// seeds (weights drawn as Keras draws them) and sequences, since the shares span decades.
struct ForgettingDirective: Directive {
    static let name = "forgetting"
    static let summary = "Runs a cell on two sequences that differ only in their first input and plots how far apart the hidden states stay: "
        + "how much of the first input survives in h, step by step, with zeros and with random inputs after it."
    static let results = [
        NamedResult("{w}_at", "with w = `quiet` (zeros after step 1) or `noisy` (random inputs after it): "
                    + "the share of the first input's mark left at step `at`", unit: "%"),
        NamedResult("{w}_last", "the share left at step `steps`", unit: "%"),
        NamedResult("{w}_below_10pct", "the first step where under 10 % is left, or \"more than `steps`\"", unit: "step"),
        NamedResult("steps", "the option `steps`", unit: "steps"), NamedResult("at", "the option `at`", unit: "step"),
        NamedResult("units", "the option `units`"), NamedResult("seeds", "seeds averaged over", unit: "seeds"),
        NamedResult("sequences", "seeds × samples", unit: "sequences"), NamedResult("noise", "the option `noise`"),
    ]

    struct Options: DirectiveOptions {
        var cell = CellKind.simpleRNN
        var units = 4
        var steps = 30
        var at = 10
        var seeds = [1, 2, 3]
        var samples = 8
        var noise = 1.0
        var captions: [String]?

        static let declarations: [DeclaredOption<Self>] = [
            .init("cell", \.cell, CellKind.one, .run, doc: CellKind.cellDoc),
            .init("units", \.units, .integer(1...32), .run, doc: "Units in the cell."),
            .init("steps", \.steps, .integer(2...200), .run, doc: "Sequence length T."),
            .init("at", \.at, .integer(1...200), .presentation, doc: "The step the `w_at` values are read at; at most `steps`."),
            .init("seeds", \.seeds, .integers(0...1_000_000, maxCount: 10), .run,
                  doc: "Seeds for Keras-style initial weights and for the random inputs; one cell per seed."),
            .init("samples", \.samples, .integer(1...64), .run, doc: "Random sequences per seed."),
            .init("noise", \.noise, .number(0...10), .run, doc: "Standard deviation of the random inputs after the first."),
            .init("captions", \.captions, .texts(maxCount: 1, maxLength: 600), .presentation, doc: "A caption replacing the default one."),
        ]

        func validate(_ written: WrittenOptions<Self>) throws(DirectiveFailure) {
            guard at <= steps else { throw DirectiveFailure("'at' (\(at)) must be at most 'steps' (\(steps))", option: \Self.at) }
        }
    }

    static func present(_ output: Output, options: Options) -> DirectiveResult {
        let steps = options.steps, at = options.at, noise = options.noise
        let seeds = options.seeds.count, samples = options.samples
        let kind = options.cell
        let name = kind == .simpleRNN ? "plain RNN" : kind.displayName
        let noiseText = NumberText.fixed(noise, decimals: noise == noise.rounded() ? 0 : 1)
        func belowTenPercent(_ shares: [Double]) -> Int? { shares.firstIndex { $0 < 0.1 }.map { $0 + 1 } }
        var values = [
            NamedValue("steps", integer: steps), NamedValue("at", integer: at), NamedValue("units", integer: options.units),
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
        let what = "How much of the first input a \(name) of \(options.units) units still holds: "
            + "the distance between its hidden states on two sequences that differ only in the first input (+1 or −1), "
            + "as a share of that distance at step 1. "
        let seen = "With zeros after the first input, \(Percent.text(output.quiet[steps - 1])) is left at step \(steps); "
            + "with random inputs after it, as a real sequence has, \(Percent.text(output.noisy[at - 1])) at step \(at), \(below). "
        let sequences = samples > 1 ? " × \(samples) random sequences" : ""
        let how = "Keras's initial weights; geometric mean over \(seeds) seed\(seeds == 1 ? "" : "s")\(sequences)."
        let caption = options.captions?.first ?? what + seen + how
        return DirectiveResult(blocks: [.figure(chart, caption: caption)], values: values)
    }
}
