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
        let accuracy: Double

        init(_ curve: GradientFlowDirective.Curve, name: String, distance: Int) {
            let s = curve.sensitivity
            self.curve = curve
            self.name = name
            ratio = s[distance] / s[0]
            first = s[s.count - 1] / s[0]
            belowOnePercent = s.firstIndex { $0 < 0.01 * s[0] }
            accuracy = Statistics.mean(curve.accuracies)
        }
    }

    let output: GradientFlowDirective.Output
    let options: ResolvedOptions
    /// The `CellLine` keys, in order: a line's position gives its colour and dash pattern.
    let keys: [String]
    let steps: Int
    let distance: Int
    let seeds: Int
    let samples: Int
    let epochs: Int
    let showsBoth: Bool
    let comparedBias: Double?

    init(_ output: GradientFlowDirective.Output, options: ResolvedOptions) {
        self.output = output
        self.options = options
        keys = CellLine.keys(options)
        steps = options.integer("steps")
        distance = options.integer("distance")
        seeds = options.integers("seeds").count
        samples = options.integer("samples")
        epochs = options.integer("epochs")
        showsBoth = options.texts("show").count == 2
        comparedBias = options.has("compare_forget_bias") ? options.number("compare_forget_bias") : nil
    }

    func readings(trained: Bool) -> [Reading] {
        output.curves.filter { $0.trained == trained }.map { Reading($0, name: CellLine.name($0.cell, options), distance: distance) }
    }

    var values: [NamedValue] {
        var values = [
            NamedValue("steps", integer: steps), NamedValue("distance", integer: distance), NamedValue("seeds", integer: seeds),
            NamedValue("sequences", integer: seeds * samples), NamedValue("epochs", integer: epochs),
        ]
        if let comparedBias { values.append(NamedValue("compare_forget_bias", comparedBias, decimals: 1)) }
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
                    NamedValue(prefix + "accuracy", reading.accuracy, decimals: 2),
                ]
            }
        }
        return values
    }

    /// Both figures share one y range, so a line that stays higher after training is higher on
    /// the page too.
    private var yDomain: ClosedRange<Double>? {
        let all = output.curves.flatMap(\.sensitivity).filter { $0 > 0 && $0.isFinite }
        guard let low = all.min(), let high = all.max(), low < high else { return nil }
        return low...high
    }

    private static let styles: [Series.Style] = [.line, .dashed, .dots, .lineAndDots]

    func figure(trained: Bool, caption: String?) -> ResultBlock {
        let readings = readings(trained: trained)
        let series = readings.map { reading in
            let index = keys.firstIndex(of: reading.curve.cell) ?? 0
            return Series(reading.name, values: reading.curve.sensitivity.map(Optional.some), style: Self.styles[index % Self.styles.count], colorIndex: index)
        }
        let when = trained ? "after training on the recall task" : "at initialisation"
        let chart = LineChart(
            title: "How much h_T depends on x_t, \(when)",
            description: "Line chart, log scale: ‖∂h_T/∂x_t‖ against the distance T − t from 0 to \(steps - 1), one line each for \(Wording.list(readings.map(\.name))), \(when). "
                + "At distance 0: " + readings.map { "\($0.name) \(Wording.scientific($0.curve.sensitivity[0]))" }.joined(separator: ", ")
                + "; at distance \(distance): " + readings.map { "\($0.name) \(Wording.scientific($0.curve.sensitivity[distance]))" }.joined(separator: ", ")
                + "; at distance \(steps - 1): " + readings.map { "\($0.name) \(Wording.scientific($0.curve.sensitivity[steps - 1]))" }.joined(separator: ", ") + ".",
            xAxis: Axis("distance T − t (steps back from the last input)", kind: .integer),
            yAxis: Axis("‖∂h_T/∂x_t‖ (log scale)", scale: .log10, domain: yDomain),
            series: series)
        return .figure(chart, caption: caption ?? self.caption(readings, trained: trained))
    }

    private func caption(_ readings: [Reading], trained: Bool) -> String {
        func each(_ text: (Reading) -> String) -> String {
            Wording.list(readings.map { "\(text($0)) for the \($0.name)" })
        }
        var text = "How strongly the last hidden state h_T depends on each input x_t, against how far back the input lies, "
        if trained {
            text += "after training each network for \(epochs) epochs to recall the first of the \(steps) inputs (mean test accuracy "
                + each { NumberText.fixed($0.accuracy, decimals: 2) } + "; chance is 0.5)"
        } else {
            text += "before training: Keras's initial weights" + (comparedBias == nil ? "" : ", except the forget-gate biases of the \(CellLine.name(CellLine.comparedKey, options))")
        }
        text += ". T = \(steps); geometric mean over \(seeds) seed\(seeds == 1 ? "" : "s") × \(samples) sequence\(samples == 1 ? "" : "s"); log scale"
            + (showsBoth && trained ? ", same axes as before training" : "") + ". "
        text += "Against distance 0, \(distance) steps back it is down to " + each { Percent.text($0.ratio) }
        text += " (on average × " + Wording.list(readings.map { NumberText.fixed(pow($0.ratio, 1 / Double(distance)), decimals: 2) }) + " per step back). "
        text += "It falls under 1 % of its value at distance 0 " + each { $0.belowOnePercent.map { "from distance \($0)" } ?? "nowhere within \(steps - 1) steps" } + ". "
        if trained {
            text += "Against the last input, the first (\(steps - 1) steps back) counts " + each { Percent.text($0.first) } + ". "
        }
        if readings.count > 1, let most = readings.max(by: { $0.ratio < $1.ratio }) {
            text += "At distance \(distance) the \(most.name) keeps the most."
        }
        return text
    }
}
