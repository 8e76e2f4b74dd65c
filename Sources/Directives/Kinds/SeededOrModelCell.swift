import Engine

/// The one-input cell that `{gates}` and `{live}` run: the first layer of `model`, or a layer
/// seeded from `cell`, `units` and `seed`. Both directives declare those options alike, so both
/// read them here, with the same checks and messages.
enum SeededOrModelCell {
    static func resolve(_ options: ResolvedOptions, in context: DirectiveContext)
        throws(DirectiveFailure) -> (layer: RecurrentLayer, word: String) {
        guard options.has("model") else {
            let word = options.text("cell")!
            var rng = SeededGenerator(seed: UInt64(options.integer("seed")))
            return (RecurrentLayer.initialised(kind: CellChoice.kind(word), units: options.integer("units"), inputDim: 1, using: &rng), word)
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
        return (layer, CellChoice.words.first { CellChoice.kind($0) == layer.kind } ?? "lstm")
    }
}
