import Engine

extension CellDirective {
    typealias Output = GatesDirective.Output

    static func run(_ options: Options, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let layer: RecurrentLayer
        let word: String
        var inputs = options.input.map { [$0] }
        var accuracy: Double?
        if let trained = try TrainedCell.resolve(options.trained, input: options.input, kind: options.cell.kind, units: 1, seed: options.seed) {
            (layer, word, inputs, accuracy) = (trained.layer, options.cell.rawValue, trained.inputs, trained.accuracy)
        } else if let model = options.model {
            let file = context.data(at: model)
            do {
                layer = try Model(json: file.bytes).recurrentLayers[0]
            } catch {
                throw DirectiveFailure("\(file.displayPath): \(error)", option: \Options.model)
            }
            guard layer.units == 1, layer.inputDim == 1, layer.kind != .simpleRNN else {
                throw DirectiveFailure("the diagram draws an LSTM or GRU layer of one unit with one input; the model's first layer is a \(layer.kind.displayName) with \(layer.units) units and \(layer.inputDim) inputs", option: \Options.model)
            }
            word = CellChoice(layer.kind).rawValue
        } else {
            word = options.cell.rawValue
            var rng = SeededGenerator(seed: UInt64(options.seed))
            layer = RecurrentLayer.initialised(kind: options.cell.kind, units: 1, inputDim: 1, using: &rng)
        }
        do {
            let trace = try layer.trace(inputs)
            return Output(trace: TraceRecord(trace, cell: word), parameterCount: layer.parameterCount, accuracy: accuracy)
        } catch {
            throw DirectiveFailure("\(error)", option: \Options.input)
        }
    }
}
