import Engine

/// The one-input cell that `{gates}`, `{cell}` and `{live}` run: the first layer of `model`, or a
/// layer seeded from `cell`, `units` and `seed`. The three directives declare those options
/// alike, so all read them here, with the same checks and messages. `{cell}`, which draws one
/// unit, has no `units` option and passes `units: 1`.
enum SeededOrModelCell {
    static func resolve(_ options: ResolvedOptions, units fixedUnits: Int? = nil, in context: DirectiveContext)
        throws(DirectiveFailure) -> RecurrentLayer {
        guard options.has("model") else {
            var rng = SeededGenerator(seed: UInt64(options.integer("seed")))
            return RecurrentLayer.initialised(kind: CellKind(option: options.text("cell")!), units: fixedUnits ?? options.integer("units"),
                                              inputDim: 1, using: &rng)
        }
        for name in ["cell", "units", "seed"] where options.isWritten(name) {
            throw DirectiveFailure("'\(name)' cannot be combined with 'model': the model file fixes the cell and its weights", option: name)
        }
        let layer: RecurrentLayer
        do {
            layer = try Model(json: context.data("model").bytes).recurrentLayers[0]
        } catch {
            throw DirectiveFailure("\(context.data("model").displayPath): \(error)", option: "model")
        }
        guard layer.inputDim == 1 else {
            throw DirectiveFailure("the model's first layer takes \(layer.inputDim) features per step, but 'input' gives one", option: "model")
        }
        return layer
    }
}
