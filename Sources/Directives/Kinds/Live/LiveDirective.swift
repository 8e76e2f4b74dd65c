import Engine
import Foundation

/// `{live}`: a cell the reader can play with. The page carries the cell's real weights (seeded as
/// `{cell}`/`{gates}` seed them, or from a model file) and a small script that runs the engine's
/// forward pass in the browser: the reader edits the input, drags a slider on one step, switches
/// the forget-gate bias, and the diagram, the gate heatmap and the table update. Without
/// JavaScript the block shows the author's sequence, computed here by the engine.
///
/// Named values are those of `{gates}` for the author's sequence: `f3`, `c3`, `h3`, ….
struct LiveDirective: Directive {
    static let name = "live"
    static let summary = "A cell the reader can play with: edit the input, drag a slider, switch the forget-gate bias; "
        + "the diagram, gate heatmap and table follow, computed in the page by the engine's forward pass."
    static let options: [OptionSpec] = [
        OptionSpec("input", .numbers(-100...100, maxCount: 12), required: true,
                   doc: "The author's sequence, one number per time step; the reader starts from it."),
        CellChoice.option(default: "lstm"),
        OptionSpec("units", .integer(1...8), default: .integer(1), doc: "Units in the cell (the diagram is drawn for one unit only)."),
        OptionSpec("seed", .integer(0...1_000_000), default: .integer(1), doc: "Seed for Keras-style initial weights, as in `{cell}` and `{gates}`."),
        OptionSpec("model", .dataPath, doc: "A model JSON file (lstmbook-model/1) whose first layer (one input) is used instead of seeded weights."),
        OptionSpec("step", .integer(1...12), doc: "The step the cell diagram shows; default the last."),
        OptionSpec("slider", .integer(1...12), default: .integer(1), doc: "The step whose input the slider drives."),
        OptionSpec("forget_bias", .numbers(-20...20, maxCount: 4),
                   doc: "LSTM only: forget-gate biases the reader can switch to (every unit's b_f set to the value), besides the cell's own."),
        OptionSpec("show", .choices(["diagram", "gates", "table"]), default: .texts(["diagram", "gates", "table"]),
                   doc: "`diagram`: the cell at `step`; `gates`: heatmap of the gates; `table`: every value per step."),
        OptionSpec("language", .choice(["en", "zh"]), default: .text("en"), doc: "The language of the controls and the diagram's words."),
        OptionSpec("caption", .text(maxLength: 600), doc: "The caption, replacing the default one; say what to try."),
    ]

    struct Output: Codable, Sendable {
        /// The author's sequence as the engine ran it, for the page without JavaScript.
        var trace: TraceRecord
        var parameterCount: Int
        /// The weights the page carries, exactly as the engine holds them.
        var weights: LiveWeights
    }

    static func run(_ options: ResolvedOptions, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let (layer, word) = try SeededOrModelCell.resolve(options, in: context)
        let input = options.numbers("input")
        for name in ["step", "slider"] where options.has(name) && options.integer(name) > input.count {
            throw DirectiveFailure("'\(name)' is \(options.integer(name)) but 'input' has only \(input.count) steps", option: name)
        }
        if options.has("forget_bias"), layer.kind != .lstm {
            throw DirectiveFailure("'forget_bias' needs an LSTM; this cell is a \(layer.kind.displayName)", option: "forget_bias")
        }
        if options.texts("show").contains("diagram"), layer.units != 1 || layer.kind == .simpleRNN {
            throw DirectiveFailure("the diagram draws an LSTM or GRU of one unit; this cell is a \(layer.kind.displayName) "
                                   + "with \(layer.units) units (leave 'diagram' out of 'show')", option: "show")
        }
        do {
            let trace = try layer.trace(input.map { [$0] })
            return Output(trace: TraceRecord(trace, cell: word), parameterCount: layer.parameterCount, weights: LiveWeights(layer, cell: word))
        } catch {
            throw DirectiveFailure("\(error)", option: "input")
        }
    }

    static func present(_ output: Output, options: ResolvedOptions) -> DirectiveResult {
        let steps = output.trace.steps.count
        let cell = LiveCell(
            weights: output.weights, trace: output.trace, views: options.texts("show"),
            diagramStep: options.has("step") ? options.integer("step") : steps,
            sliderStep: options.integer("slider"), forgetBiases: options.has("forget_bias") ? options.numbers("forget_bias") : [],
            words: options.text("language") == "zh" ? .chinese : .english)
        let offers = cell.forgetBiases.isEmpty ? "" : ", switch the forget-gate bias"
        let caption = options.text("caption")
            ?? "A live \(output.trace.kind.displayName) cell: change the inputs, drag the slider\(offers), and every number recomputes in the page."
        return DirectiveResult(blocks: [.live(cell, caption: caption)],
                               values: GatesDirective.values(GatesDirective.Output(trace: output.trace, parameterCount: output.parameterCount)))
    }
}

/// The weights a live cell carries into the page: the first layer's W, U and b, row by row, as
/// the engine stores them (Keras's column blocks), with one input feature.
struct LiveWeights: Codable, Sendable, Equatable {
    var cell: String
    var units: Int
    /// [inputDim × K], [units × K], [biasRows × K] with K = gates × units.
    var W: [[Double]]
    var U: [[Double]]
    var b: [[Double]]

    init(_ layer: RecurrentLayer, cell: String) {
        self.cell = cell
        units = layer.units
        W = layer.kernel.nested
        U = layer.recurrentKernel.nested
        b = layer.bias.nested
    }
}
