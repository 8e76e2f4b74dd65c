extension GradientFlowDirective.Options {
    /// Each cell and seed is trained (when `show` has `trained`) or only set up and measured.
    var cost: Cost {
        let trains = show.contains(.trained)
        return RecallCost.lines(self).reduce(Cost.zero) { total, cell in
            var run = RecallCost.run(cell, length: steps, training)
            if !trains {
                // Only the test set's forward pass and the measured samples' gradients.
                run.multiplyAdds = Cost.stepMultiplyAdds(cell, units: training.units, inputs: 2)
                    * Double(steps) * Double(training.testSize + 3 * steps * samples)
            }
            return total + seeds.count * run
        }
    }
}
