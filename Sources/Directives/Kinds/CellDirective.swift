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
    static let summary = "Draws one unit of a real LSTM or GRU cell as a diagram with the numbers of a step on it: "
        + "one step, or all steps behind a stepper."
    static let results = GatesDirective.results

    struct Options: DirectiveOptions {
        enum View: String, OptionChoice { case diagram, stepper }

        var input: [Double] = []
        var cell = CellKind.lstm
        var seed = 1
        var model: String?
        var show: [View] = [.stepper]
        var step: Int?
        var highlight = CellDiagram.Highlight.none
        var decimals = 2
        var language = Language.en
        var captions: [String]?
        var trained = TrainedCell.Options()

        static let declarations: [DeclaredOption<Self>] = [
            .init("input", \.input, .numbers(-100...100, maxCount: 12), .run, required: true, doc: "The sequence, one number per time step."),
            .init("cell", \.cell, .choice([CellKind.lstm, .gru(resetAfter: true), .gru(resetAfter: false)].map(\.word)), .run,
                  doc: "`lstm`, `gru` (Keras 3's reset-after form) or `gru_reset_before` (the classic form)."),
            .init("seed", \.seed, .integer(0...1_000_000), .run, doc: "Seed for Keras-style initial weights of the one-unit cell."),
            .init("model", \.model, .dataPath, .run,
                  doc: "A model JSON file whose first layer (one unit, one input) is drawn instead of seeded weights."),
            .init("show", \.show, View.some, .presentation, doc: "`diagram`: the step chosen by `step`; `stepper`: every step, one at a time."),
            .init("step", \.step, .integer(1...12), .presentation, doc: "The step the diagram (or the stepper, first) shows; default the last."),
            .init("highlight", \.highlight, CellDiagram.Highlight.one, .presentation,
                  doc: "One path to emphasise, dimming the rest: `forget`, `input`, `output`, `cellState`, `update`, `reset` or `candidate`."),
            .init("decimals", \.decimals, .integer(1...4), .presentation, doc: "Decimals of the numbers written on the diagram."),
            .init("language", \.language, Language.one, .presentation,
                  doc: "The language of the words on the diagram, its title and its description."),
            .init("captions", \.captions, .texts(maxCount: 2, maxLength: 600), .presentation, doc: "Captions replacing the default ones, in order."),
        ] + TrainedCell.Options.declarations.map { $0.lifted(to: \.trained) }

        func validate(_ written: WrittenOptions<Self>) throws(DirectiveFailure) {
            try trained.validate(input: input, model: model)
            try SeededOrModelCell.refuseBeside(model: model, [("cell", \Self.cell), ("seed", \Self.seed)], written: written.contains)
            if let step, step > input.count {
                throw DirectiveFailure("'step' is \(step) but 'input' has only \(input.count) steps", option: \Self.step)
            }
        }
    }
}
extension CellDiagram.Highlight: OptionChoice {}
