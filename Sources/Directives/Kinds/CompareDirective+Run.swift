import Engine

extension CompareDirective {
    struct Output: Codable, Sendable {
        /// The two cells' traces over the same input, in the order of `cells`.
        var traces: [Trace]
        var parameterCounts: [Int]
    }

    /// Each cell is seeded from the same seed, so the comparison is of two cells, not of two draws.
    static func run(_ options: Options, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        var traces: [Trace] = [], parameterCounts: [Int] = []
        for cell in options.cells {
            var rng = SeededGenerator(seed: UInt64(options.seed))
            let layer = RecurrentLayer.initialised(kind: cell, units: options.units, inputDim: 1, using: &rng)
            do {
                traces.append(try layer.trace(options.input.map { [$0] }))
            } catch {
                throw DirectiveFailure("\(error)", option: \Options.input)
            }
            parameterCounts.append(layer.parameterCount)
        }
        return Output(traces: traces, parameterCounts: parameterCounts)
    }
}
