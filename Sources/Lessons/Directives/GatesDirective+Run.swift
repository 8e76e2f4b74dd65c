import Engine

extension GatesDirective {
    struct Output: Codable, Sendable {
        var trace: TraceRecord
        var parameterCount: Int
        /// With `train: marked`, the trained cell's accuracy on held-out sequences.
        var accuracy: Double?
    }

    static func run(_ options: Options, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let layer: RecurrentLayer
        let word: String
        var inputs = options.input.map { [$0] }
        var accuracy: Double?
        if let trained = try TrainedCell.resolve(options.trained, input: options.input, kind: options.cell.kind, units: options.units, seed: options.seed) {
            (layer, word, inputs, accuracy) = (trained.layer, options.cell.rawValue, trained.inputs, trained.accuracy)
        } else {
            (layer, word) = try SeededOrModelCell.resolve(cell: options.cell, units: options.units, seed: options.seed, model: options.model,
                                                          modelPath: \Options.model, in: context)
        }
        do {
            let trace = try layer.trace(inputs)
            return Output(trace: TraceRecord(trace, cell: word), parameterCount: layer.parameterCount, accuracy: accuracy)
        } catch {
            throw DirectiveFailure("\(error)", option: \Options.input)
        }
    }
}
