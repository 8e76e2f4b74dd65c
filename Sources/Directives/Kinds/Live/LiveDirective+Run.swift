import Engine

extension LiveDirective {
    struct Output: Codable, Sendable {
        /// The author's sequence as the engine ran it, for the page without JavaScript.
        var trace: Trace
        var parameterCount: Int
        /// The weights the page carries, exactly as the engine holds them.
        var weights: LiveWeights
    }

    static func run(_ options: Options, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let layer = try SeededOrModelCell.resolve(cell: options.cell, units: options.units, seed: options.seed, model: options.model,
                                                  modelPath: \Options.model, in: context)
        let input = options.input
        if options.forgetBias != nil, layer.kind != .lstm {
            throw DirectiveFailure("'forget_bias' needs an LSTM; this cell is a \(layer.kind.displayName)", option: \Options.forgetBias)
        }
        if options.show.contains(.diagram), layer.units != 1 || layer.kind == .simpleRNN {
            throw DirectiveFailure("the diagram draws an LSTM or GRU of one unit; this cell is a \(layer.kind.displayName) "
                                   + "with \(layer.units) units (leave 'diagram' out of 'show')", option: \Options.show)
        }
        do {
            let trace = try layer.trace(input.map { [$0] })
            return Output(trace: trace, parameterCount: layer.parameterCount, weights: LiveWeights(layer))
        } catch {
            throw DirectiveFailure("\(error)", option: \Options.input)
        }
    }
}
