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
        OptionSpec("cell", .choice(["lstm", "gru", "gru_reset_before"]), default: .text("lstm"),
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
        let layer: RecurrentLayer
        let word: String
        var inputs = options.numbers("input").map { [$0] }
        var accuracy: Double?, model: String?
        if let trained = try TrainedCell.resolve(options, kind: CellChoice.kind(options.text("cell")!), units: 1) {
            (layer, word, inputs, accuracy, model) = (trained.layer, options.text("cell")!, trained.inputs, trained.accuracy, trained.model)
        } else if options.has("model") {
            for name in ["cell", "seed"] where options.isWritten(name) {
                throw DirectiveFailure("'\(name)' cannot be combined with 'model': the model file fixes the cell and its weights", option: name)
            }
            do {
                layer = try Model(json: context.data("model").bytes).recurrentLayers[0]
            } catch {
                throw DirectiveFailure("\(context.data("model").displayPath): \(error)", option: "model")
            }
            guard layer.units == 1, layer.inputDim == 1, layer.kind != .simpleRNN else {
                throw DirectiveFailure("the diagram draws an LSTM or GRU layer of one unit with one input; the model's first layer is a \(layer.kind.displayName) with \(layer.units) units and \(layer.inputDim) inputs", option: "model")
            }
            word = CellChoice.words.first { CellChoice.kind($0) == layer.kind } ?? "lstm"
        } else {
            word = options.text("cell")!
            var rng = SeededGenerator(seed: UInt64(options.integer("seed")))
            layer = RecurrentLayer.initialised(kind: CellChoice.kind(word), units: 1, inputDim: 1, using: &rng)
        }
        let input = options.numbers("input")
        if options.has("step"), options.integer("step") > input.count {
            throw DirectiveFailure("'step' is \(options.integer("step")) but 'input' has only \(input.count) steps", option: "step")
        }
        do {
            let trace = try layer.trace(inputs)
            return Output(trace: TraceRecord(trace, cell: word), parameterCount: layer.parameterCount, accuracy: accuracy, model: model)
        } catch {
            throw DirectiveFailure("\(error)", option: "input")
        }
    }

    /// The engine's trace, one unit, as the diagram's steps: each with the state it started from.
    static func steps(_ trace: TraceRecord) -> [CellStep] {
        let cell: CellStep.Cell = trace.kind == .lstm ? .lstm : .gru
        return trace.steps.enumerated().map { index, step in
            let before = index > 0 ? trace.steps[index - 1] : nil
            return CellStep(
                cell: cell, t: index + 1, x: step.x[0], marker: step.x.count > 1 ? step.x[1] : nil, hPrevious: before?.h[0] ?? 0,
                cPrevious: cell == .lstm ? (before?.c?[0] ?? 0) : nil,
                gates: step.gates.map { CellStep.Gate(name: $0.name, preactivation: $0.preactivation[0], activation: $0.activation[0]) },
                c: step.c?[0], h: step.h[0])
        }
    }

    static func present(_ output: Output, options: ResolvedOptions) -> DirectiveResult {
        let steps = steps(output.trace)
        let chosen = options.has("step") ? options.integer("step") : steps.count
        let highlight = CellDiagram.Highlight(rawValue: options.text("highlight")!) ?? .none
        let words: CellDiagram.Words = options.text("language") == "zh" ? .chinese : .english
        let decimals = options.integer("decimals")
        let name = output.trace.kind.displayName
        var captions = options.texts("captions").makeIterator()
        var blocks: [ResultBlock] = []
        for view in options.texts("show") {
            if view == "diagram" {
                let step = steps[chosen - 1]
                let diagram = CellDiagram(step: step, title: words.isChinese ? "\(name) 单元在第 \(chosen) 步" : "One unit of an \(name) cell at step \(chosen)",
                                          description: "", highlight: highlight, decimals: decimals, words: words)
                blocks.append(.figure(diagram, caption: captions.next() ?? "The \(name) cell at step \(chosen), with the numbers it computed: its input x, the state it received, each gate's weighted sum and value, and the state it passes on."))
            } else {
                let stepper = CellStepper(steps: steps, title: words.isChinese ? "一个 \(name) 单元" : "One unit of an \(name) cell", highlight: highlight,
                                          decimals: decimals, initial: chosen, words: words)
                blocks.append(.stepper(stepper, caption: captions.next() ?? "The same \(name) unit at each of \(steps.count) time steps: choose a step to see the numbers it computed."))
            }
        }
        return DirectiveResult(blocks: blocks, values: GatesDirective.values(output), models: TrainedCell.download(output, shownIn: blocks))
    }
}
