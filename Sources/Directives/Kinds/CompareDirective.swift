import Engine
import SVGPlot

/// `{compare}`: two cells read the same sequence, and their hidden states are shown side by side,
/// step by step — a table and a line chart — so a lesson can say where an LSTM and a GRU (or a
/// plain RNN) seeded alike part ways. The declaration and the drawing are here; the run is in
/// `CompareDirective+Run.swift`, the only file of this kind in the cache key's fingerprint.
struct CompareDirective: Directive {
    static let name = "compare"
    static let summary = "Runs two cells over the same sequence and shows their hidden states side by side: a table and a line chart."
    static let results = [
        NamedResult("{cell}_h{t}", "the hidden state of `cell` (a word of `cells`) at step t (`_u2`: unit 2)"),
        NamedResult("{cell}_parameters", "the cell's weights and biases (W, U and b)", unit: "parameters"),
        NamedResult("largest_gap", "the largest |h of the first cell − h of the second| over steps and units"),
        NamedResult("largest_gap_step", "the step where that gap is", unit: "step"),
    ]

    struct Options: DirectiveOptions {
        enum View: String, OptionChoice { case table, chart }

        var input: [Double] = []
        var cells: [CellKind] = [.lstm, .gru(resetAfter: true)]
        var units = 1
        var seed = 1
        var show = View.allCases
        var captions: [String]?

        static let declarations: [DeclaredOption<Self>] = [
            .init("input", \.input, .numbers(-100...100, maxCount: 40), .run, required: true,
                  doc: "The sequence both cells read, one number per step."),
            .init("cells", \.cells, CellKind.some, .run, doc: "The two cells to compare, in order (each seeded from `seed`)."),
            .init("units", \.units, .integer(1...8), .run, doc: "Units in each cell."),
            .init("seed", \.seed, .integer(0...1_000_000), .run, doc: "Seed for each cell's Keras-style initial weights."),
            .init("show", \.show, View.some, .presentation, doc: "`table`: both hidden states at each step; `chart`: the same as lines."),
            .init("captions", \.captions, .texts(maxCount: 2, maxLength: 600), .presentation, doc: "Captions replacing the default ones, in order."),
        ]

        func validate(_ written: WrittenOptions<Self>) throws(DirectiveFailure) {
            guard cells.count == 2, cells[0] != cells[1] else {
                throw DirectiveFailure("'cells' names the two different cells to compare, e.g. [lstm, gru]", option: \Self.cells)
            }
        }
    }

    static func present(_ output: Output, options: Options) -> DirectiveResult {
        let (a, b) = (output.traces[0], output.traces[1])
        let names = [a.kind.displayName, b.kind.displayName]
        let label = { (name: String, unit: Int) in a.units == 1 ? "h of the \(name)" : "h\(unit + 1) of the \(name)" }
        var captions = (options.captions ?? []).makeIterator()
        var blocks: [ResultBlock] = []
        for view in options.show {
            switch view {
            case .table:
                let header = ["t", "x"] + (0..<a.units).flatMap { unit in names.map { label($0, unit) } }
                let rows = a.steps.indices.map { t in
                    [String(t + 1), NumberText.fixed(a.steps[t].x[0], decimals: 2)]
                        + (0..<a.units).flatMap { unit in [a, b].map { NumberText.fixed($0.steps[t].h[unit], decimals: 3) } }
                }
                let caption = captions.next() ?? "The hidden state of the \(names[0]) and of the \(names[1]) after each step of the same input."
                blocks.append(.table(ResultTable(caption: caption, header: header, rows: rows)))
            case .chart:
                let series = (0..<a.units).flatMap { unit in
                    [a, b].enumerated().map { index, trace in
                        Series(label(names[index], unit), values: trace.steps.map { $0.h[unit] }, xStart: 1, style: .lineAndDots)
                    }
                }
                let chart = LineChart(
                    title: "\(names[0]) and \(names[1]) reading the same sequence",
                    description: "The hidden state of each cell after each of \(a.steps.count) steps of the same input, one line per cell and unit.",
                    xAxis: Axis("time step", kind: .integer), yAxis: Axis("hidden state h"), series: series)
                let caption = captions.next() ?? "The \(names[0]) and the \(names[1]), seeded alike, reading the same numbers."
                blocks.append(.figure(chart, caption: caption))
            }
        }
        return DirectiveResult(blocks: blocks, values: values(output))
    }

    static func values(_ output: Output) -> [NamedValue] {
        var values: [NamedValue] = []
        for (trace, parameters) in zip(output.traces, output.parameterCounts) {
            values.append(NamedValue("\(trace.kind.word)_parameters", integer: parameters))
            for (index, step) in trace.steps.enumerated() {
                for (unit, h) in step.h.enumerated() {
                    values.append(NamedValue("\(trace.kind.word)_h\(index + 1)" + (unit == 0 ? "" : "_u\(unit + 1)"), h, decimals: 3))
                }
            }
        }
        let (a, b) = (output.traces[0], output.traces[1])
        let gaps = a.steps.indices.map { t in zip(a.steps[t].h, b.steps[t].h).map { abs($0 - $1) }.max() ?? 0 }
        if let largest = gaps.indices.max(by: { gaps[$0] < gaps[$1] }) {
            values.append(NamedValue("largest_gap", gaps[largest], decimals: 3))
            values.append(NamedValue("largest_gap_step", integer: largest + 1))
        }
        return values
    }
}
