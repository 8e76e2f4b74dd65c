import Engine

/// The one-input cell that `{gates}`, `{cell}` and `{live}` run: the first layer of `model`, or a
/// layer seeded from `cell`, `units` and `seed`. The three directives declare those options
/// alike, so all read them here, with the same checks and messages. `{cell}`, which draws one
/// unit, has no `units` option and passes `units: 1`.
enum SeededOrModelCell {
    /// `cell`, `units` and `seed` set beside `model`: the model file fixes them.
    static func refuseBeside(model: String?, _ options: [(name: String, path: AnyKeyPath)], written: (AnyKeyPath) -> Bool) throws(DirectiveFailure) {
        guard model != nil, let option = options.first(where: { written($0.path) }) else { return }
        throw DirectiveFailure("'\(option.name)' cannot be combined with 'model': the model file fixes the cell and its weights", option: option.path)
    }

    static func resolve(cell: CellKind, units: Int, seed: Int, model: String?, modelPath: AnyKeyPath, in context: DirectiveContext)
        throws(DirectiveFailure) -> RecurrentLayer {
        guard let model else {
            var rng = SeededGenerator(seed: UInt64(seed))
            return RecurrentLayer.initialised(kind: cell, units: units, inputDim: 1, using: &rng)
        }
        let layer: RecurrentLayer
        let file = context.data(at: model)
        do {
            layer = try Model(json: file.bytes).recurrentLayers[0]
        } catch {
            throw DirectiveFailure("\(file.displayPath): \(error)", option: modelPath)
        }
        guard layer.inputDim == 1 else {
            throw DirectiveFailure("the model's first layer takes \(layer.inputDim) features per step, but 'input' gives one", option: modelPath)
        }
        return layer
    }
}
