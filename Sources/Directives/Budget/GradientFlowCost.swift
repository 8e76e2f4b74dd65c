extension GradientFlowDirective: CostEstimating {
    /// Each cell and seed is trained (when `show` has `trained`) or only set up and measured.
    static func cost(of options: ResolvedOptions) -> Cost {
        let seeds = options.integers("seeds").count
        let steps = options.integer("steps")
        let trains = options.texts("show").contains("trained")
        return RecallCost.lines(options).reduce(Cost.zero) { total, cell in
            var run = RecallCost.run(cell, length: steps, options)
            if !trains {
                // Only the test set's forward pass and the measured samples' gradients.
                run.multiplyAdds = Cost.stepMultiplyAdds(cell, units: options.integer("units"), inputs: 2)
                    * Double(steps) * Double(options.integer("test_size") + 3 * steps * options.integer("samples"))
            }
            return total + seeds * run
        }
    }
}
