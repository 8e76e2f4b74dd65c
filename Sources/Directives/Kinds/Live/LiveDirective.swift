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
    static let results = GatesDirective.results

    struct Options: DirectiveOptions {
        enum View: String, OptionChoice { case diagram, gates, table }

        var input: [Double] = []
        var cell = CellKind.lstm
        var units = 1
        var seed = 1
        var model: String?
        var step: Int?
        var slider = 1
        var forgetBias: [Double]?
        var show = View.allCases
        var language = Language.en
        var caption: String?

        static let declarations: [DeclaredOption<Self>] = [
            .init("input", \.input, .numbers(-100...100, maxCount: 12), .run, required: true,
                  doc: "The author's sequence, one number per time step; the reader starts from it."),
            .init("cell", \.cell, CellKind.one, .run, doc: CellKind.cellDoc),
            .init("units", \.units, .integer(1...8), .run, doc: "Units in the cell (the diagram is drawn for one unit only)."),
            .init("seed", \.seed, .integer(0...1_000_000), .run, doc: "Seed for Keras-style initial weights, as in `{cell}` and `{gates}`."),
            .init("model", \.model, .dataPath, .run,
                  doc: "A model JSON file (lstmbook-model/1) whose first layer (one input) is used instead of seeded weights."),
            .init("step", \.step, .integer(1...12), .presentation, doc: "The step the cell diagram shows; default the last."),
            .init("slider", \.slider, .integer(1...12), .presentation, doc: "The step whose input the slider drives."),
            // Run options: a model file's cell is known only when it is read, and must suit them.
            .init("forget_bias", \.forgetBias, .numbers(-20...20, maxCount: 4), .run,
                  doc: "LSTM only: forget-gate biases the reader can switch to (every unit's b_f set to the value), besides the cell's own."),
            .init("show", \.show, View.some, .run,
                  doc: "`diagram`: the cell at `step`; `gates`: heatmap of the gates; `table`: every value per step."),
            .init("language", \.language, Language.one, .presentation, doc: "The language of the controls and the diagram's words."),
            .init("caption", \.caption, .text(maxLength: 600), .presentation, doc: "The caption, replacing the default one; say what to try."),
        ]

        func validate(_ written: WrittenOptions<Self>) throws(DirectiveFailure) {
            try SeededOrModelCell.refuseBeside(model: model, [("cell", \Self.cell), ("units", \Self.units), ("seed", \Self.seed)],
                                               written: written.contains)
            for (name, path, value) in [("step", \Self.step, step), ("slider", \Self.slider, Optional(slider))] {
                if let value, value > input.count {
                    throw DirectiveFailure("'\(name)' is \(value) but 'input' has only \(input.count) steps", option: path)
                }
            }
        }
    }
}

/// The weights a live cell carries into the page: the first layer's W, U and b, row by row, as
/// the engine stores them (Keras's column blocks), with one input feature.
struct LiveWeights: Codable, Sendable, Equatable {
    /// Written as its word (`lstm`, `gru`, `gru_reset_before`, `rnn`), which the script reads.
    var cell: CellKind
    var units: Int
    /// [inputDim × K], [units × K], [biasRows × K] with K = gates × units.
    var W: [[Double]]
    var U: [[Double]]
    var b: [[Double]]

    init(_ layer: RecurrentLayer) {
        cell = layer.kind
        units = layer.units
        W = layer.kernel.nested
        U = layer.recurrentKernel.nested
        b = layer.bias.nested
    }
}
