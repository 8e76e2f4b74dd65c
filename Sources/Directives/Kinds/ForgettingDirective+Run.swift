import Engine

extension ForgettingDirective {
    struct Output: Codable, Sendable, Equatable {
        /// The share of the first input's mark left at steps 1…T: zeros after it, random inputs after it.
        var quiet: [Double]
        var noisy: [Double]
    }

    static func run(_ options: Options, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let steps = options.steps
        var quiet = [Double](repeating: 0, count: steps), noisy = quiet
        for (done, seed) in options.seeds.enumerated() {
            var rng = SeededGenerator(seed: UInt64(seed))
            let layer = RecurrentLayer.initialised(kind: options.cell, units: options.units, inputDim: 1, using: &rng)
            add(try logShares(layer, after: [Double](repeating: 0, count: steps - 1)), to: &quiet, weight: Double(options.seeds.count))
            for _ in 0..<options.samples {
                let later = (1..<steps).map { _ in options.noise * rng.normal() }
                add(try logShares(layer, after: later), to: &noisy, weight: Double(options.seeds.count * options.samples))
            }
            context.progress(done + 1, options.seeds.count)
        }
        // The geometric mean, with the engine's own exp and log so the bits are the same everywhere.
        return Output(quiet: quiet.map(Elementary.exp), noisy: noisy.map(Elementary.exp))
    }

    private static func add(_ logs: [Double], to sums: inout [Double], weight: Double) {
        for t in sums.indices { sums[t] += logs[t] / weight }
    }

    /// ln of ‖h_t⁺ − h_t⁻‖ / ‖h_1⁺ − h_1⁻‖ for t = 1…T, where the two sequences start with +1 and
    /// −1 and continue with `after`.
    private static func logShares(_ layer: RecurrentLayer, after: [Double]) throws(DirectiveFailure) -> [Double] {
        do {
            let plus = try layer.trace(([1] + after).map { [$0] }).steps.map(\.h)
            let minus = try layer.trace(([-1] + after).map { [$0] }).steps.map(\.h)
            let distances = zip(plus, minus).map { a, b in zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot() }
            // An exact zero would need every unit to agree to the last bit; it stays finite for the log.
            return distances.map { Elementary.log(max($0 / distances[0], .leastNormalMagnitude)) }
        } catch {
            throw DirectiveFailure("could not run the cell: \(error)")
        }
    }
}
