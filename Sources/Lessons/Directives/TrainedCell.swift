import Engine

/// `train: marked` for {gates} and {cell}: the cell is first trained, from `seed`, on
/// `MarkedValueTask`, and then reads `input` with `marks` beside it. A walked-through cell whose
/// gates have learnt to decide shows what each gate is for; an untrained one, every gate
/// between 0.4 and 0.7, shows nothing opening or closing.
enum TrainedCell {
    static let options: [OptionSpec] = [
        OptionSpec("train", .choice(["none", "marked"]), default: .text("none"),
                   doc: "`marked`: first train the cell, from `seed`, to remember the marked value (each step a value and a marker, given by `marks`; after the last step, the sign of the last marked value), so that its gates have learnt to open and close; `none`: Keras-style initial weights."),
        OptionSpec("marks", .numbers(0...1, maxCount: 40),
                   doc: "With `train: marked`: one marker per step of `input`, 1 where the value is marked and 0 elsewhere."),
    ]

    struct Trained {
        var layer: RecurrentLayer
        /// The whole trained model (the cell and the Dense layer that reads it) as `lstmbook-model/1` JSON.
        var model: String
        /// Each step's value and marker.
        var inputs: [[Double]]
        /// The share of held-out sequences the trained cell gets right.
        var accuracy: Double
    }

    /// The trained cell and its inputs, or nil when `train` is `none`.
    static func resolve(_ options: ResolvedOptions, kind: CellKind, units: Int) throws(DirectiveFailure) -> Trained? {
        guard options.text("train") == "marked" else {
            if options.has("marks") { throw DirectiveFailure("'marks' is read only with 'train: marked'", option: "marks") }
            return nil
        }
        if options.has("model") { throw DirectiveFailure("'train' cannot be combined with 'model': the model file fixes the weights", option: "train") }
        guard options.has("marks") else {
            throw DirectiveFailure("'train: marked' needs 'marks': one 0 or 1 per step of 'input', 1 where the value is marked", option: "train")
        }
        let input = options.numbers("input"), marks = options.numbers("marks")
        guard marks.count == input.count else {
            throw DirectiveFailure("'marks' has \(marks.count) values but 'input' has \(input.count) steps", option: "marks")
        }
        guard marks.allSatisfy({ $0 == 0 || $0 == 1 }) else { throw DirectiveFailure("'marks' must be 0 or 1 at each step", option: "marks") }
        do {
            let (model, accuracy) = try MarkedValueTask.trainedModel(kind, units: units, seed: options.integer("seed"))
            return Trained(layer: model.recurrentLayers[0], model: try model.jsonString(), inputs: zip(input, marks).map { [$0, $1] },
                           accuracy: accuracy)
        } catch {
            throw DirectiveFailure("training on the marked-value task: \(error)", option: "train")
        }
    }

    /// The trained model of a {gates} or {cell} output, linked from every figure it draws (not
    /// from tables); none for an untrained cell.
    static func download(_ output: GatesDirective.Output, shownIn blocks: [ResultBlock]) -> [ModelFile] {
        guard let model = output.model else { return [] }
        let figures = blocks.indices.filter { if case .table = blocks[$0] { false } else { true } }
        return figures.isEmpty ? [] : [ModelFile(name: output.trace.cell, json: model, blocks: figures)]
    }
}
