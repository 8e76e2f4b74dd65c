import Engine
import Foundation
import SVGPlot

/// `{cell}`: one unit of a real LSTM or GRU cell run over a short sequence, drawn as the cell
/// diagram with that step's numbers on it — one step as a figure, or every step behind a
/// stepper — so each gate's arithmetic can be read off the picture.
///
/// Named values are those of `{gates}`: `f3` is the forget gate at step 3, `f3_pre` its weighted
/// sum, `x3`, `c3`, `h3`, `g3` (the candidate); `parameters` counts W, U and b.
struct CellDirective: Directive {
    static let name = "cell"
    static let summary = "Draws one unit of a real LSTM or GRU cell as a diagram with the numbers of a step on it: one step, or all steps behind a stepper."
    static let options: [OptionSpec] = [
        OptionSpec("input", .numbers(-100...100, maxCount: 12), required: true, doc: "The sequence, one number per time step."),
        CellKind.option(default: .lstm, among: [.lstm, .gru(resetAfter: true), .gru(resetAfter: false)],
                        doc: "`lstm`, `gru` (Keras 3's reset-after form) or `gru_reset_before` (the classic form)."),
        OptionSpec("seed", .integer(0...1_000_000), default: .integer(1), doc: "Seed for Keras-style initial weights of the one-unit cell."),
        OptionSpec("model", .dataPath, doc: "A model JSON file whose first layer (one unit, one input) is drawn instead of seeded weights."),
        OptionSpec("show", .choices(["diagram", "stepper"]), default: .texts(["stepper"]),
                   doc: "`diagram`: the step chosen by `step`; `stepper`: every step, one at a time."),
        OptionSpec("step", .integer(1...12), doc: "The step the diagram (or the stepper, first) shows; default the last."),
        OptionSpec("highlight", .choice(CellDiagram.Highlight.allCases.map(\.rawValue)), default: .text("none"),
                   doc: "One path to emphasise, dimming the rest: `forget`, `input`, `output`, `cellState`, `update`, `reset` or `candidate`."),
        OptionSpec("decimals", .integer(1...4), default: .integer(2), doc: "Decimals of the numbers written on the diagram."),
        OptionSpec("language", .choice(["en", "zh"]), default: .text("en"), doc: "The language of the words on the diagram, its title and its description."),
        OptionSpec("captions", .texts(maxCount: 2, maxLength: 600), doc: "Captions replacing the default ones, in order."),
    ] + TrainedCell.options

    typealias Output = GatesDirective.Output

    static func run(_ options: ResolvedOptions, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let cell = try GatesDirective.cell(options, units: 1, in: context)
        guard cell.layer.units == 1, cell.layer.kind != .simpleRNN else {
            throw DirectiveFailure("the diagram draws an LSTM or GRU layer of one unit with one input; the model's first layer is a "
                                   + "\(cell.layer.kind.displayName) with \(cell.layer.units) units and \(cell.layer.inputDim) inputs",
                                   option: "model")
        }
        let input = options.numbers("input")
        if options.has("step"), options.integer("step") > input.count {
            throw DirectiveFailure("'step' is \(options.integer("step")) but 'input' has only \(input.count) steps", option: "step")
        }
        return try GatesDirective.traced(cell)
    }

    static func present(_ output: Output, options: ResolvedOptions) -> DirectiveResult {
        let trace = output.trace
        let chosen = options.has("step") ? options.integer("step") : trace.steps.count
        let highlight = CellDiagram.Highlight(rawValue: options.text("highlight")!) ?? .none
        let words: CellDiagram.Words = options.text("language") == "zh" ? .chinese : .english
        let decimals = options.integer("decimals")
        let name = output.trace.kind.displayName
        var captions = options.texts("captions").makeIterator()
        var blocks: [ResultBlock] = []
        for view in options.texts("show") {
            if view == "diagram" {
                let diagram = CellDiagram(trace: trace, t: chosen, title: words.isChinese ? "\(name) 单元在第 \(chosen) 步" : "One unit of an \(name) cell at step \(chosen)",
                                          description: "", highlight: highlight, decimals: decimals, words: words)
                blocks.append(.figure(diagram, caption: captions.next() ?? "The \(name) cell at step \(chosen), with the numbers it computed: its input x, the state it received, each gate's weighted sum and value, and the state it passes on."))
            } else {
                let stepper = CellStepper(trace: trace, title: words.isChinese ? "一个 \(name) 单元" : "One unit of an \(name) cell", highlight: highlight,
                                          decimals: decimals, initial: chosen, words: words)
                blocks.append(.stepper(stepper, caption: captions.next() ?? "The same \(name) unit at each of \(trace.steps.count) time steps: choose a step to see the numbers it computed."))
            }
        }
        return DirectiveResult(blocks: blocks, values: GatesDirective.values(output))
    }
}
