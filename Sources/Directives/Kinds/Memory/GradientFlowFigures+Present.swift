import Foundation
import SVGPlot

/// What {gradient-flow}'s curves say, as named values, figures and captions.
struct GradientFlowFigures {
    /// One curve read at the distances the prose quotes.
    struct Reading {
        let curve: GradientFlowDirective.Curve
        let name: String
        /// S(distance) / S(0).
        let ratio: Double
        /// S(T − 1) / S(0).
        let first: Double
        /// The first distance where S < 1 % of S(0).
        let belowOnePercent: Int?
        /// The smallest S(d) / S(0) and the distance d where it is: a curve that rises again
        /// after it is not described by one factor per step.
        let lowest: Double
        let lowestAt: Int
        let accuracy: Double

        init(_ curve: GradientFlowDirective.Curve, name: String, distance: Int) {
            let s = curve.sensitivity
            self.curve = curve
            self.name = name
            ratio = s[distance] / s[0]
            first = s[s.count - 1] / s[0]
            belowOnePercent = s.firstIndex { $0 < 0.01 * s[0] }
            lowestAt = s.indices.min { s[$0] < s[$1] } ?? 0
            lowest = s[lowestAt] / s[0]
            accuracy = Statistics.mean(curve.accuracies)
        }
    }

    let output: GradientFlowDirective.Output
    let options: GradientFlowDirective.Options
    /// The `CellLine` keys, in order: a line's position gives its colour and dash pattern.
    let keys: [String]
    let steps: Int
    let distance: Int
    let seeds: Int
    let samples: Int
    let epochs: Int
    let showsBoth: Bool
    let comparedBias: Double?

    init(_ output: GradientFlowDirective.Output, options: GradientFlowDirective.Options) {
        self.output = output
        self.options = options
        keys = CellLine.lines(options).map(\.key)
        steps = options.steps
        distance = options.distance
        seeds = options.seeds.count
        samples = options.samples
        epochs = options.training.epochs
        showsBoth = options.show.count == 2
        comparedBias = options.compareForgetBias
    }

    func readings(trained: Bool) -> [Reading] {
        output.curves.filter { $0.trained == trained }.map { Reading($0, name: CellLine.name($0.cell, options), distance: distance) }
    }

    var values: [NamedValue] {
        var values = [
            NamedValue("steps", integer: steps), NamedValue("distance", integer: distance), NamedValue("seeds", integer: seeds),
            NamedValue("sequences", integer: seeds * samples), NamedValue("epochs", integer: epochs),
        ]
        if let comparedBias {
            values.append(NamedValue("compare_forget_bias", comparedBias, decimals: comparedBias == comparedBias.rounded() ? 0 : 1))
        }
        for trained in [false, true] {
            for reading in readings(trained: trained) {
                let prefix = reading.curve.cell + (trained ? "_trained_" : "_")
                values += [
                    Percent.value(prefix + "ratio", reading.ratio),
                    NamedValue(prefix + "decades", -log10(reading.ratio), decimals: 1),
                    NamedValue(prefix + "per_step", pow(reading.ratio, 1 / Double(distance)), decimals: 2),
                    reading.belowOnePercent.map { NamedValue(prefix + "below_1pct", integer: $0) }
                        ?? NamedValue(prefix + "below_1pct", text: "more than \(steps - 1)"),
                    Percent.value(prefix + "first", reading.first),
                    Percent.value(prefix + "lowest", reading.lowest),
                    NamedValue(prefix + "lowest_at", integer: reading.lowestAt),
                    NamedValue(prefix + "accuracy", reading.accuracy, decimals: 2),
                ]
            }
        }
        return values
    }

    /// S(d) / S(0): each curve drawn relative to its newest input, as the prose reads it.
    private static func relative(_ curve: GradientFlowDirective.Curve) -> [Double] {
        curve.sensitivity.map { $0 / curve.sensitivity[0] }
    }

    /// Both figures share one y range, so a line that stays higher after training is higher on
    /// the page too.
    private var yDomain: ClosedRange<Double>? {
        let all = output.curves.flatMap(Self.relative).filter { $0 > 0 && $0.isFinite }
        guard let low = all.min(), let high = all.max(), low < high else { return nil }
        return low...high
    }

    private static let styles: [Series.Style] = [.line, .dashed, .dots, .lineAndDots]

    func figure(trained: Bool, caption: String?) -> ResultBlock {
        let readings = readings(trained: trained)
        let series = readings.map { reading in
            let index = keys.firstIndex(of: reading.curve.cell) ?? 0
            return Series(reading.name, values: Self.relative(reading.curve).map(Optional.some),
                          style: Self.styles[index % Self.styles.count], colorIndex: index)
        }
        let when = trained ? "after training on the recall task" : "at initialisation"
        let chart = LineChart(
            title: "How much the last hidden state depends on each input, \(when)",
            description: "Line chart, log scale: the size of the gradient of the last hidden state with respect to the input t steps back, "
                + "as a share of its size for the newest input, against the distance T − t from 0 to \(steps - 1), "
                + "one line each for \(Wording.list(readings.map(\.name))), \(when). "
                + "At distance \(distance): " + readings.map { "\($0.name) \(Percent.text($0.ratio))" }.joined(separator: ", ")
                + "; at distance \(steps - 1): " + readings.map { "\($0.name) \(Percent.text($0.first))" }.joined(separator: ", ") + ".",
            xAxis: Axis("distance T − t (steps back from the last input)", kind: .integer),
            yAxis: Axis("dependence, relative to the newest input (log scale)", scale: .log10, domain: yDomain),
            series: series)
        return .figure(chart, caption: caption ?? self.caption(readings, trained: trained))
    }

    private func caption(_ readings: [Reading], trained: Bool) -> String {
        func each(_ text: (Reading) -> String) -> String {
            Wording.list(readings.map { "\(text($0)) for the \($0.name)" })
        }
        var text = "How strongly the last hidden state depends on each input (the size of its gradient with respect to that input), "
            + "relative to the newest input, against how far back the input lies, "
        if trained {
            text += "after training each network for \(epochs) epochs to recall the first of the \(steps) inputs (mean test accuracy "
                + each { NumberText.fixed($0.accuracy, decimals: 2) } + "; chance is 0.5)"
        } else {
            text += "before training: Keras's initial weights" + (comparedBias == nil ? "" : ", except the forget-gate biases of the "
                + "\(CellLine.name(CellLine.comparedKey, options))")
        }
        text += ". T = \(steps); geometric mean over \(seeds) seed\(seeds == 1 ? "" : "s") × \(samples) "
            + "sequence\(samples == 1 ? "" : "s"); log scale"
            + (showsBoth && trained ? ", same axes as before training" : "") + ". "
        text += "\(distance) steps back it is down to " + each { Percent.text($0.ratio) } + ". "
        text += "It falls under 1 % " + each { $0.belowOnePercent.map { "from distance \($0)" } ?? "nowhere within \(steps - 1) steps" } + ". "
        // A curve that turns up again is not "shrinking by a factor per step"; say where it turns.
        let rising = readings.filter { $0.first > 2 * $0.lowest && $0.lowestAt < steps - 1 }
        if !rising.isEmpty {
            let turns = Wording.list(rising.map { "the \($0.name)'s curve is lowest at distance \($0.lowestAt) (\(Percent.text($0.lowest))) and "
                + "rises again, to \(Percent.text($0.first)) at distance \(steps - 1)" })
            text += turns.prefix(1).uppercased() + turns.dropFirst() + ". "
        }
        if trained {
            text += "Against the last input, the first (\(steps - 1) steps back) counts " + each { Percent.text($0.first) } + ". "
        }
        if readings.count > 1, let most = readings.max(by: { $0.ratio < $1.ratio }) {
            text += "At distance \(distance) the \(most.name) keeps the most."
        }
        return text
    }
}
