import Engine

extension CellDirective {
    typealias Output = GatesDirective.Output

    static func run(_ options: Options, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let layer: RecurrentLayer
        var inputs = options.input.map { [$0] }
        var accuracy: Double?, model: String?
        if let trained = try TrainedCell.resolve(options.trained, input: options.input, kind: options.cell, units: 1, seed: options.seed) {
            (layer, inputs, accuracy, model) = (trained.layer, trained.inputs, trained.accuracy, trained.model)
        } else {
            layer = try SeededOrModelCell.resolve(cell: options.cell, units: 1, seed: options.seed, model: options.model,
                                                  modelPath: \Options.model, in: context)
            guard layer.units == 1, layer.kind != .simpleRNN else {
                throw DirectiveFailure("the diagram draws an LSTM or GRU layer of one unit with one input; the model's first layer is a "
                                       + "\(layer.kind.displayName) with \(layer.units) units and \(layer.inputDim) inputs",
                                       option: \Options.model)
            }
        }
        do {
            return Output(trace: try layer.trace(inputs), parameterCount: layer.parameterCount, accuracy: accuracy, model: model)
        } catch {
            throw DirectiveFailure("\(error)", option: \Options.input)
        }
    }
}
