import Engine
import Foundation
import SVGPlot

/// `{gates}`: one LSTM or GRU cell run over a short sequence — with seeded Keras-style weights or
/// weights from a model file — and every gate's value at every step, as a table and heatmaps.
struct GatesDirective: Directive {
    static let name = "gates"
    static let summary = "Runs one recurrent cell over a short sequence and shows every gate, the cell state and the hidden state at every step: a table and heatmaps."
    static let options: [OptionSpec] = [
        OptionSpec("input", .numbers(-100...100, maxCount: 40), required: true, doc: "The sequence, one number per time step."),
        CellChoice.option(default: "lstm"),
        OptionSpec("units", .integer(1...8), default: .integer(2), doc: "Units in the cell."),
        OptionSpec("seed", .integer(0...1_000_000), default: .integer(1), doc: "Seed for Keras-style initial weights."),
        OptionSpec("model", .dataPath, doc: "A model JSON file (lstmbook-model/1) whose first layer is used instead of seeded weights."),
        OptionSpec("show", .choices(["table", "gates", "states"]), default: .texts(["table", "gates", "states"]),
                   doc: "`table`: every value per step; `gates`: heatmap of the gates; `states`: heatmap of candidate, cell and hidden state."),
        OptionSpec("language", .choice(["en", "zh"]), default: .text("en"),
                   doc: "The language of the words in the heatmaps (legend, axis, title and description)."),
    ] + TrainedCell.options + [
        OptionSpec("captions", .texts(maxCount: 3, maxLength: 600), doc: "Captions replacing the default ones, in order."),
    ]

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
            gateValue: "gate value", value: "value", timeStep: "time step", printed: "The value is printed in each cell.", gateName: { CellChoice.gateTitle($0, cell: $1) },
            gatesTitle: { "\($0) gates over time" }, statesTitle: { "\($0) states over time" },
            gatesDescription: { "Heatmap of the gates \($0) (rows) at each of \($1) time steps (columns), each between 0 (closed) and 1 (open)." },
            statesDescription: { "Heatmap of the candidate, cell state and hidden state (rows, where the cell has them) at each of \($0) time steps, from −1 to 1." })

        static let chinese = Words(
            gateValue: "门的值", value: "数值", timeStep: "时间步", printed: "每个格子里写着它的数值。", gateName: { CellChoice.symbol($0, cell: $1) },
            gatesTitle: { "\($0) 各门随时间的变化" }, statesTitle: { "\($0) 各状态随时间的变化" },
            gatesDescription: { "热图：各个门（行：\($0)）在 \($1) 个时间步（列）的值，在 0（关闭）与 1（打开）之间。" },
            statesDescription: { "热图：候选值、细胞状态和隐藏状态（行）在 \($0) 个时间步的值，从 −1 到 1。" })
    }

    struct Output: Codable, Sendable {
        var trace: TraceRecord
        var parameterCount: Int
        /// With `train: marked`, the trained cell's accuracy on held-out sequences.
        var accuracy: Double?
        /// With `train: marked`, the trained model as `lstmbook-model/1` JSON, offered beside its figures.
        var model: String?
    }

    static func run(_ options: ResolvedOptions, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let layer: RecurrentLayer
        let word: String
        var inputs = options.numbers("input").map { [$0] }
        var accuracy: Double?, model: String?
        if let trained = try TrainedCell.resolve(options, kind: CellChoice.kind(options.text("cell")!), units: options.integer("units")) {
            (layer, word, inputs, accuracy, model) = (trained.layer, options.text("cell")!, trained.inputs, trained.accuracy, trained.model)
        } else {
            (layer, word) = try SeededOrModelCell.resolve(options, in: context)
        }
        do {
            let trace = try layer.trace(inputs)
            return Output(trace: TraceRecord(trace, cell: word), parameterCount: layer.parameterCount, accuracy: accuracy, model: model)
        } catch {
            throw DirectiveFailure("\(error)", option: "input")
        }
    }

    static func present(_ output: Output, options: ResolvedOptions) -> DirectiveResult {
        let trace = output.trace
        let words = options.text("language") == "zh" ? Words.chinese : Words.english
        var captions = options.texts("captions").makeIterator()
        var blocks: [ResultBlock] = []
        for view in options.texts("show") {
            switch view {
            case "table": blocks.append(.table(table(trace, caption: captions.next())))
            case "gates": blocks.append(gatesHeatmap(trace, words: words, caption: captions.next()))
            default: blocks.append(statesHeatmap(trace, words: words, caption: captions.next()))
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
                add("\(gate.name)\(t)", gate.activation)
                add("\(gate.name)\(t)_pre", gate.preactivation)
            }
            if let c = step.c { add("c\(t)", c) }
            add("h\(t)", step.h)
            // The terms of the state update, for prose that walks through one step's arithmetic.
            let before = index > 0 ? output.trace.steps[index - 1] : nil
            let activation = { (name: String) in step.gates.first { $0.name == name }?.activation ?? [] }
            let units = step.h.indices
            if let c = step.c {
                let cPrevious = before?.c ?? [Double](repeating: 0, count: c.count)
                add("fc\(t)", units.map { activation("f")[$0] * cPrevious[$0] })
                add("ig\(t)", units.map { activation("i")[$0] * activation("g")[$0] })
                add("tanhc\(t)", c.map(Foundation.tanh))
            } else if !activation("z").isEmpty {
                let hPrevious = before?.h ?? [Double](repeating: 0, count: step.h.count)
                add("zh\(t)", units.map { activation("z")[$0] * hPrevious[$0] })
                add("zg\(t)", units.map { (1 - activation("z")[$0]) * activation("g")[$0] })
                add("one_minus_z\(t)", units.map { 1 - activation("z")[$0] })
            }
        }
        return values
    }

    private static func vector(_ values: [Double]) -> String {
        values.count == 1 ? NumberText.fixed(values[0], decimals: 3) : "(" + values.map { NumberText.fixed($0, decimals: 2) }.joined(separator: ", ") + ")"
    }

    private static func table(_ trace: TraceRecord, caption: String?) -> ResultTable {
        let kind = trace.kind
        let marked = (trace.steps.first?.x.count ?? 1) > 1
        var header = ["t", marked ? "(x, m)" : "x"] + trace.gateNames.map { CellChoice.symbol($0, cell: kind) }
        if trace.steps.first?.c != nil { header.append("c") }
        header.append("h")
        let rows = trace.steps.enumerated().map { index, step in
            var row = [String(index + 1), vector(step.x)] + step.gates.map { vector($0.activation) }
            if let c = step.c { row.append(vector(c)) }
            row.append(vector(step.h))
            return row
        }
        let units = trace.units == 1 ? "one unit" : "\(trace.units) units, values in brackets unit by unit"
        return ResultTable(caption: caption ?? "Every gate of the \(kind.displayName) cell (\(units)) at each time step t, after its activation.",
                           header: header, rows: rows)
    }

    private static func rowLabel(_ name: String, unit: Int, units: Int, kind: CellKind) -> String {
        let symbol = CellChoice.symbol(name, cell: kind)
        return units == 1 ? symbol : "\(symbol) \(unit + 1)"
    }

    private static func gatesHeatmap(_ trace: TraceRecord, words: Words, caption: String?) -> ResultBlock {
        let kind = trace.kind
        let names = trace.gateNames.filter { $0 != "g" && $0 != "h" }
        var labels: [String] = [], rows: [[Double]] = []
        for name in names {
            let gate = trace.gateNames.firstIndex(of: name)!
            for unit in 0..<trace.units {
                labels.append(rowLabel(name, unit: unit, units: trace.units, kind: kind))
                rows.append(trace.steps.map { $0.gates[gate].activation[unit] })
            }
        }
        let chart = Heatmap(
            title: words.gatesTitle(kind.displayName),
            description: words.gatesDescription(names.map { words.gateName($0, kind) }.joined(separator: ", "), trace.steps.count),
            rowLabels: labels, columnLabels: trace.steps.indices.map { String($0 + 1) }, values: rows,
            colorScale: .unit, showValues: true, legendLabel: words.gateValue, columnTitle: words.timeStep, printedNote: words.printed)
        return .figure(chart, caption: caption ?? "The gates at each step: strongly coloured cells are open (near 1, information passes), faint ones closed (near 0, it is blocked).")
    }

    private static func statesHeatmap(_ trace: TraceRecord, words: Words, caption: String?) -> ResultBlock {
        let kind = trace.kind
        var labels: [String] = [], rows: [[Double]] = []
        func add(_ name: String, _ column: (TraceRecord.Step) -> [Double]) {
            for unit in 0..<trace.units {
                labels.append(rowLabel(name, unit: unit, units: trace.units, kind: kind))
                rows.append(trace.steps.map { column($0)[unit] })
            }
        }
        if let candidate = trace.gateNames.firstIndex(of: "g") { add("g") { $0.gates[candidate].activation } }
        if trace.steps.first?.c != nil { add("c") { $0.c! } }
        add("h") { $0.h }
        let chart = Heatmap(
            title: words.statesTitle(kind.displayName),
            description: words.statesDescription(trace.steps.count),
            rowLabels: labels, columnLabels: trace.steps.indices.map { String($0 + 1) }, values: rows,
            colorScale: .symmetric, showValues: true, legendLabel: words.value, columnTitle: words.timeStep, printedNote: words.printed)
        return .figure(chart, caption: caption ?? "The values that flow: the candidate proposed at each step, the cell state that carries memory, and the hidden state the cell outputs. The two ends of the colour scale are −1 and 1; the middle is 0.")
    }
}
