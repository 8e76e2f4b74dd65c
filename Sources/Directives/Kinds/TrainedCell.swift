import Engine

/// `train: marked` for {gates} and {cell}: the cell is first trained, from `seed`, on
/// `MarkedValueTask`, and then reads `input` with `marks` beside it. A walked-through cell whose
/// gates have learnt to decide shows what each gate is for; an untrained one, every gate
/// between 0.4 and 0.7, shows nothing opening or closing.
enum TrainedCell {
    struct Options: OptionsStruct {
        enum Training: String, OptionChoice { case none, marked }
        var train = Training.none
        var marks: [Double]?

        static let declarations: [DeclaredOption<Self>] = [
            .init("train", \.train, Training.one, .run,
                  doc: "`marked`: first train the cell, from `seed`, to remember the marked value (each step a value and a marker, given by `marks`; "
                      + "after the last step, the sign of the last marked value), so that its gates have learnt to open and close; `none`: "
                      + "Keras-style initial weights."),
            .init("marks", \.marks, .numbers(0...1, maxCount: 40), .run,
                  doc: "With `train: marked`: one marker per step of `input`, 1 where the value is marked and 0 elsewhere."),
        ]

        /// The checks across `train`, `marks`, `input` and `model`.
        func validate(input: [Double], model: String?) throws(DirectiveFailure) {
            guard train == .marked else {
                if marks != nil { throw DirectiveFailure("'marks' is read only with 'train: marked'", option: \Self.marks) }
                return
            }
            if model != nil {
                throw DirectiveFailure("'train' cannot be combined with 'model': the model file fixes the weights", option: \Self.train)
            }
            guard let marks else {
                throw DirectiveFailure("'train: marked' needs 'marks': one 0 or 1 per step of 'input', 1 where the value is marked",
                                       option: \Self.train)
            }
            guard marks.count == input.count else {
                throw DirectiveFailure("'marks' has \(marks.count) values but 'input' has \(input.count) steps", option: \Self.marks)
            }
            guard marks.allSatisfy({ $0 == 0 || $0 == 1 }) else { throw DirectiveFailure("'marks' must be 0 or 1 at each step", option: \Self.marks) }
        }
    }

    struct Trained {
        var layer: RecurrentLayer
        /// The whole trained model (the cell and the Dense layer that reads it) as `lstmbook-model/1` JSON.
        var model: String
        /// Each step's value and marker.
        var inputs: [[Double]]
        /// The share of held-out sequences the trained cell gets right.
        var accuracy: Double
    }

    /// The trained cell and its inputs, or nil when `train` is `none` (`validate` has passed).
    static func resolve(_ options: Options, input: [Double], kind: CellKind, units: Int, seed: Int) throws(DirectiveFailure) -> Trained? {
        guard options.train == .marked, let marks = options.marks else { return nil }
        do {
            let (model, accuracy) = try MarkedValueTask.trainedModel(kind, units: units, seed: seed)
            return Trained(layer: model.recurrentLayers[0], model: try model.jsonString(), inputs: zip(input, marks).map { [$0, $1] },
                           accuracy: accuracy)
        } catch {
            throw DirectiveFailure("training on the marked-value task: \(error)", option: \Options.train)
        }
    }

    /// The trained model of a {gates} or {cell} output, linked from every figure it draws (not
    /// from tables); none for an untrained cell.
    static func download(_ output: GatesDirective.Output, shownIn blocks: [ResultBlock]) -> [ModelFile] {
        guard let model = output.model else { return [] }
        let figures = blocks.indices.filter { if case .table = blocks[$0] { false } else { true } }
        return figures.isEmpty ? [] : [ModelFile(name: output.trace.kind.word, json: model, blocks: figures)]
    }
}
