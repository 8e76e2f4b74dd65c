import Foundation
import SVGPlot

extension ActivationDirective {
    static func present(_ output: Output, options: Options) -> DirectiveResult {
        let w = options.weight, steps = options.steps
        var captions = (options.captions ?? []).makeIterator()
        var blocks: [ResultBlock] = []
        for view in options.show {
            switch view {
            case .curves:
                blocks.append(curves(output, caption: captions.next()))
                blocks.append(.table(sampleTable(output)))
            case .repeat:
                blocks.append(repetition(output, w: w, steps: steps, caption: captions.next()))
            case .gate:
                blocks.append(.table(gateTable(output, signal: options.signal, caption: captions.next())))
            }
        }
        let values = [
            NamedValue("tanh_of_2", output.samplesTanh[5], decimals: 3),
            NamedValue("tanh_of_0", output.samplesTanh[3], decimals: 0),
            NamedValue("sigmoid_of_0", output.samplesSigmoid[3], decimals: 2),
            NamedValue("linear_final", output.linear.last!, decimals: 0),
            NamedValue("tanh_final", output.squashed.last!, decimals: 3),
            NamedValue("tanh_max", output.squashed.map(abs).max()!, decimals: 3),
            NamedValue("steps", integer: steps),
            NamedValue("weight", w, decimals: w == w.rounded() ? 0 : 2),
            NamedValue("signal", options.signal, decimals: options.signal == options.signal.rounded() ? 0 : 2),
            NamedValue("gate_closed_input", output.gateInputs.first!, decimals: 0),
            NamedValue("gate_open_input", output.gateInputs.last!, decimals: 0),
            NamedValue("gate_closed", output.gates.first!, decimals: 4),
            NamedValue("gate_open", output.gates.last!, decimals: 4),
            NamedValue("passed_closed", output.passed.first!, decimals: 3),
            NamedValue("passed_open", output.passed.last!, decimals: 3),
        ]
        return DirectiveResult(blocks: blocks, values: values)
    }

    private static func curves(_ output: Output, caption: String?) -> ResultBlock {
        let points = { (ys: [Double]) in zip(output.xs, ys).map { (x: $0, y: Optional($1)) } }
        let chart = LineChart(
            title: "tanh, sigmoid and ReLU",
            description: "Three curves over x from \(NumberText.fixed(output.xs.first!, decimals: 0)) to "
                + "\(NumberText.fixed(output.xs.last!, decimals: 0)). tanh rises from −1 to 1 through 0; sigmoid rises from 0 to 1 through 0.5; "
                + "ReLU is 0 for negative x and grows without bound for positive x.",
            xAxis: Axis("x"), yAxis: Axis("f(x)", domain: -1.5...2),
            series: [
                Series("tanh", points: points(output.tanh)),
                Series("sigmoid", points: points(output.sigmoid)),
                Series("ReLU (for contrast)", points: points(output.relu), style: .dashed),
            ])
        return .figure(chart, caption: caption ?? "tanh squeezes any input into (−1, 1) and is centred on zero; "
            + "sigmoid squeezes it into (0, 1), with σ(0) = 0.5. Far from zero both flatten out: big inputs all map to nearly the same value. "
            + "ReLU, drawn for contrast, is not bounded above.")
    }

    private static func sampleTable(_ output: Output) -> ResultTable {
        ResultTable(
            caption: "The same inputs through each function: however large the input, tanh stays within (−1, 1) and sigmoid within (0, 1).",
            header: ["x", "tanh(x)", "σ(x)"],
            rows: output.samples.indices.map { index in
                [NumberText.fixed(output.samples[index], decimals: output.samples[index] == output.samples[index].rounded() ? 0 : 1),
                 NumberText.fixed(output.samplesTanh[index], decimals: 4),
                 NumberText.fixed(output.samplesSigmoid[index], decimals: 4)]
            })
    }

    private static func repetition(_ output: Output, w: Double, steps: Int, caption: String?) -> ResultBlock {
        let weight = NumberText.fixed(w, decimals: w == w.rounded() ? 0 : 2)
        let magnitude = { (values: [Double]) in values.enumerated().map { (x: Double($0.offset), y: Optional(abs($0.element))) } }
        let chart = LineChart(
            title: "Repeated transformation with and without tanh",
            description: "Magnitude of a value after each of \(steps) applications of x → \(weight)·x on a log scale. "
                + "Without tanh it grows by a factor of \(weight) each step, to \(NumberText.fixed(abs(output.linear.last!), decimals: 0)); "
                + "with tanh it stays at or below 1, ending at \(NumberText.fixed(abs(output.squashed.last!), decimals: 3)).",
            xAxis: Axis("application", kind: .integer), yAxis: Axis("|x| (log scale)", scale: .log10),
            series: [
                Series("x → \(weight)·x", points: magnitude(output.linear), style: .lineAndDots),
                Series("x → tanh(\(weight)·x)", points: magnitude(output.squashed), style: .lineAndDots),
            ])
        return .figure(chart, caption: caption ?? "Multiplying by \(weight) again and again makes the value explode: "
            + "after \(steps) steps it is \(NumberText.fixed(output.linear.last!, decimals: 0)). "
            + "With tanh after each multiplication it can never leave (−1, 1): "
            + "it settles at \(NumberText.fixed(output.squashed.last!, decimals: 3)). "
            + "The y axis is logarithmic, so steady growth is a straight line.")
    }

    private static func gateTable(_ output: Output, signal: Double, caption: String?) -> ResultTable {
        ResultTable(
            caption: caption ?? "Sigmoid as a gate: the signal \(NumberText.fixed(signal, decimals: 2)) multiplied by σ of the gate's input. "
                + "A very negative input closes the gate (almost nothing passes); a very positive one opens it (almost everything passes).",
            header: ["gate input a", "σ(a)", "signal × σ(a)", "the gate"],
            alignments: [.right, .right, .right, .left],
            rows: output.gateInputs.indices.map { index in
                let gate = output.gates[index]
                let word = gate < 0.05 ? "blocks" : gate > 0.95 ? "passes" : "lets part through"
                return [NumberText.fixed(output.gateInputs[index], decimals: 0), NumberText.fixed(gate, decimals: 4),
                        NumberText.fixed(output.passed[index], decimals: 4), word]
            })
    }
}
