import Engine
import Foundation
import SVGPlot

/// `{gates}`: one LSTM or GRU cell run over a short sequence — with seeded Keras-style weights or
/// weights from a model file — and every gate's value at every step, as a table and heatmaps.
struct GatesDirective: Directive {
    static let name = "gates"
    static let summary = "Runs one recurrent cell over a short sequence and shows every gate, "
        + "the cell state and the hidden state at every step: a table and heatmaps."
    static let results = [
        NamedResult("parameters", "weights and biases of the cell (W, U and b)", unit: "parameters"),
        NamedResult("steps", "time steps run", unit: "steps"), NamedResult("units", "units in the cell", unit: "units"),
        NamedResult("trained_accuracy", "with `train: marked`, the share of held-out sequences the trained cell gets right"),
        NamedResult("x{t}", "the input at step t (`m{t}`: the marker, with `train: marked`)"),
        NamedResult("{gate}{t}", "a gate's value at step t after its activation: `i3`, `f3`, `o3`, `g3` (candidate), `z3`, `r3`; "
                    + "`_pre`: its weighted sum; `_u2`: unit 2"),
        NamedResult("c{t}", "the cell state at step t (LSTM)"), NamedResult("h{t}", "the hidden state at step t"),
        NamedResult("fc{t}", "LSTM: f·c of the previous step; `ig{t}`: i·g; `tanhc{t}`: tanh(c)"),
        NamedResult("zh{t}", "GRU: z·h of the previous step; `zg{t}`: (1 − z)·h̃; `one_minus_z{t}`: 1 − z"),
    ]

    struct Options: DirectiveOptions {
        enum View: String, OptionChoice { case table, gates, states }

        var input: [Double] = []
        var cell = CellKind.lstm
        var units = 2
        var seed = 1
        var model: String?
        var show: [View] = [.table, .gates, .states]
        var language = Language.en
        var trained = TrainedCell.Options()
        var captions: [String]?

        static let declarations: [DeclaredOption<Self>] = [
            .init("input", \.input, .numbers(-100...100, maxCount: 40), .run, required: true, doc: "The sequence, one number per time step."),
            .init("cell", \.cell, CellKind.one, .run, doc: CellKind.cellDoc),
            .init("units", \.units, .integer(1...8), .run, doc: "Units in the cell."),
            .init("seed", \.seed, .integer(0...1_000_000), .run, doc: "Seed for Keras-style initial weights."),
            .init("model", \.model, .dataPath, .run,
                  doc: "A model JSON file (lstmbook-model/1) whose first layer is used instead of seeded weights."),
            .init("show", \.show, View.some, .presentation,
                  doc: "`table`: every value per step; `gates`: heatmap of the gates; `states`: heatmap of candidate, cell and hidden state."),
            .init("language", \.language, Language.one, .presentation,
                  doc: "The language of the words in the heatmaps (legend, axis, title and description)."),
        ] + TrainedCell.Options.declarations.map { $0.lifted(to: \.trained) } + [
            .init("captions", \.captions, .texts(maxCount: 3, maxLength: 600), .presentation, doc: "Captions replacing the default ones, in order."),
        ]

        func validate(_ written: WrittenOptions<Self>) throws(DirectiveFailure) {
            try trained.validate(input: input, model: model)
            try SeededOrModelCell.refuseBeside(model: model, [("cell", \Self.cell), ("units", \Self.units), ("seed", \Self.seed)],
                                               written: written.contains)
        }
    }
}
