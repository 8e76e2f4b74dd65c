import Engine
import Foundation
import SVGPlot

extension GatesDirective {
    /// The words a heatmap carries, in the lesson's language: a page in Chinese is Chinese in
    /// its figures too, down to what a screen reader says.
    struct Words: Sendable {
        let gateValue, value, timeStep, printed: String
        /// How a gate is named in the description: "forget gate f", or its symbol.
        let gateName: @Sendable (String, CellKind) -> String
        let gatesTitle: @Sendable (String) -> String
        let statesTitle: @Sendable (String) -> String
        let gatesDescription: @Sendable (_ gates: String, _ steps: Int) -> String
        let statesDescription: @Sendable (_ steps: Int) -> String

        static let english = Words(
            gateValue: "gate value", value: "value", timeStep: "time step", printed: "The value is printed in each cell.",
            gateName: { $1.gateTitle($0) },
            gatesTitle: { "\($0) gates over time" }, statesTitle: { "\($0) states over time" },
            gatesDescription: { "Heatmap of the gates \($0) (rows) at each of \($1) time steps (columns), each between 0 (closed) and 1 (open)." },
            statesDescription: { "Heatmap of the candidate, cell state and hidden state (rows, "
                + "where the cell has them) at each of \($0) time steps, from −1 to 1." })

        static let chinese = Words(
            gateValue: "门的值", value: "数值", timeStep: "时间步", printed: "每个格子里写着它的数值。",
            gateName: { $1.symbol($0) },
            gatesTitle: { "\($0) 各门随时间的变化" }, statesTitle: { "\($0) 各状态随时间的变化" },
            gatesDescription: { "热图：各个门（行：\($0)）在 \($1) "
                + "个时间步（列）的值，在 0（关闭）与 1（打开）之间。" },
            statesDescription: { "热图：候选值、细胞状态和隐藏状态（行）在 \($0) 个时间步的值，从 −1 到 1。" })
    }

    static func present(_ output: Output, options: Options) -> DirectiveResult {
        let trace = output.trace
        let words = options.language == .zh ? Words.chinese : Words.english
        var captions = (options.captions ?? []).makeIterator()
        var blocks: [ResultBlock] = []
        for view in options.show {
            switch view {
            case .table: blocks.append(.table(table(trace, caption: captions.next())))
            case .gates: blocks.append(gatesHeatmap(trace, words: words, caption: captions.next()))
            case .states: blocks.append(statesHeatmap(trace, words: words, caption: captions.next()))
            }
        }
        return DirectiveResult(blocks: blocks, values: values(output), models: TrainedCell.download(output, shownIn: blocks))
    }

    /// `f3` is the forget gate at step 3 (unit 1), `f3_u2` unit 2, `f3_pre` its pre-activation;
    /// likewise `x3`, `c3`, `h3`. The terms of each update too: LSTM `fc3` = f·c₂, `ig3` = i·g,
    /// `tanhc3` = tanh(c₃); GRU `zh3` = z·h₂, `zg3` = (1 − z)·h̃, `one_minus_z3`.
    static func values(_ output: Output) -> [NamedValue] {
        var values = [NamedValue("parameters", integer: output.parameterCount), NamedValue("steps", integer: output.trace.steps.count),
                      NamedValue("units", integer: output.trace.units)]
        if let accuracy = output.accuracy { values.append(NamedValue("trained_accuracy", accuracy, decimals: 2)) }
        for (index, step) in output.trace.steps.enumerated() {
            let t = index + 1
            func add(_ name: String, _ vector: [Double], decimals: (Double) -> Int = { _ in 3 }) {
                for (unit, value) in vector.enumerated() {
                    values.append(NamedValue(unit == 0 ? "\(name)" : "\(name)_u\(unit + 1)", value, decimals: decimals(value)))
                }
            }
            // Inputs are shown as the author wrote them (0.5, not 0.500).
            let written = { (value: Double) in (0...3).first { (value * pow(10, Double($0))).rounded() == value * pow(10, Double($0)) } ?? 3 }
            add("x\(t)", [step.x[0]], decimals: written)
            // A trained cell's second input is the marker of the marked-value task.
            if step.x.count > 1 { add("m\(t)", [step.x[1]], decimals: written) }
            for gate in step.gates {
                // A plain RNN's one gate is h itself, named once below.
                if gate.name != "h" { add("\(gate.name)\(t)", gate.activation) }
                add("\(gate.name)\(t)_pre", gate.preactivation)
            }
            if let c = step.c { add("c\(t)", c) }
            add("h\(t)", step.h)
            // The terms of the state update, for prose that walks through one step's arithmetic.
            switch step.update {
            case .lstm(let terms):
                add("fc\(t)", terms.fc)
                add("ig\(t)", terms.ig)
                add("tanhc\(t)", terms.tanhC)
            case .gru(let terms):
                add("zh\(t)", terms.zh)
                add("zg\(t)", terms.zg)
                add("one_minus_z\(t)", terms.oneMinusZ)
            case .simpleRNN:
                break
            }
        }
        return values
    }

    private static func vector(_ values: [Double]) -> String {
        values.count == 1
            ? NumberText.fixed(values[0], decimals: 3)
            : "(" + values.map { NumberText.fixed($0, decimals: 2) }.joined(separator: ", ") + ")"
    }

    private static func table(_ trace: Trace, caption: String?) -> ResultTable {
        let kind = trace.kind
        let marked = (trace.steps.first?.x.count ?? 1) > 1
        // A plain RNN's one gate is h itself: its column is the h column at the end.
        let gates = kind.gateNames.filter { $0 != "h" }
        var header = ["t", marked ? "(x, m)" : "x"] + gates.map { kind.symbol($0) }
        if kind == .lstm { header.append("c") }
        header.append("h")
        let rows = trace.steps.enumerated().map { index, step in
            var row = [String(index + 1), vector(step.x)] + gates.map { vector(step.gate($0)!.activation) }
            if let c = step.c { row.append(vector(c)) }
            row.append(vector(step.h))
            return row
        }
        let units = trace.units == 1 ? "one unit" : "\(trace.units) units, values in brackets unit by unit"
        return ResultTable(caption: caption ?? "Every gate of the \(kind.displayName) cell (\(units)) at each time step t, after its activation.",
                           header: header, rows: rows)
    }

    private static func rowLabel(_ name: String, unit: Int, units: Int, kind: CellKind) -> String {
        let symbol = kind.symbol(name)
        return units == 1 ? symbol : "\(symbol) \(unit + 1)"
    }

    private static func gatesHeatmap(_ trace: Trace, words: Words, caption: String?) -> ResultBlock {
        let kind = trace.kind
        let names = kind.gateNames.filter { $0 != "g" && $0 != "h" }
        var labels: [String] = [], rows: [[Double]] = []
        for name in names {
            for unit in 0..<trace.units {
                labels.append(rowLabel(name, unit: unit, units: trace.units, kind: kind))
                rows.append(trace.steps.map { $0.gate(name)!.activation[unit] })
            }
        }
        let chart = Heatmap(
            title: words.gatesTitle(kind.displayName),
            description: words.gatesDescription(names.map { words.gateName($0, kind) }.joined(separator: ", "), trace.steps.count),
            rowLabels: labels, columnLabels: trace.steps.indices.map { String($0 + 1) }, values: rows,
            colorScale: .unit, showValues: true, legendLabel: words.gateValue, columnTitle: words.timeStep, printedNote: words.printed)
        return .figure(chart, caption: caption ?? "The gates at each step: strongly coloured cells are open (near 1, information passes), "
            + "faint ones closed (near 0, it is blocked).")
    }

    private static func statesHeatmap(_ trace: Trace, words: Words, caption: String?) -> ResultBlock {
        let kind = trace.kind
        var labels: [String] = [], rows: [[Double]] = []
        func add(_ name: String, _ column: (StepTrace) -> [Double]) {
            for unit in 0..<trace.units {
                labels.append(rowLabel(name, unit: unit, units: trace.units, kind: kind))
                rows.append(trace.steps.map { column($0)[unit] })
            }
        }
        if kind.gateNames.contains("g") { add("g") { $0.gate("g")!.activation } }
        if kind == .lstm { add("c") { $0.c! } }
        add("h") { $0.h }
        let chart = Heatmap(
            title: words.statesTitle(kind.displayName),
            description: words.statesDescription(trace.steps.count),
            rowLabels: labels, columnLabels: trace.steps.indices.map { String($0 + 1) }, values: rows,
            colorScale: .symmetric, showValues: true, legendLabel: words.value, columnTitle: words.timeStep, printedNote: words.printed)
        return .figure(chart, caption: caption ?? "The values that flow: the candidate proposed at each step, the cell state that carries memory, "
            + "and the hidden state the cell outputs. The two ends of the colour scale are −1 and 1; the middle is 0.")
    }
}
