import Engine

extension GatesDirective {
    struct Output: Codable, Sendable {
        var trace: Trace
        var parameterCount: Int
        /// With `train: marked`, the trained cell's accuracy on held-out sequences.
        var accuracy: Double?
        /// With `train: marked`, the trained model as `lstmbook-model/1` JSON, offered beside its figures.
        var model: String?
    }

    static func run(_ options: Options, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let layer: RecurrentLayer
        var inputs = options.input.map { [$0] }
        var accuracy: Double?, model: String?
        if let trained = try TrainedCell.resolve(options.trained, input: options.input, kind: options.cell, units: options.units,
                                                 seed: options.seed) {
            (layer, inputs, accuracy, model) = (trained.layer, trained.inputs, trained.accuracy, trained.model)
        } else {
            layer = try SeededOrModelCell.resolve(cell: options.cell, units: options.units, seed: options.seed, model: options.model,
                                                  modelPath: \Options.model, in: context)
        }
        do {
            return Output(trace: try layer.trace(inputs), parameterCount: layer.parameterCount, accuracy: accuracy, model: model)
        } catch {
            throw DirectiveFailure("\(error)", option: \Options.input)
        }
    }
}
