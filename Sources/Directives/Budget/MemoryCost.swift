import Engine

extension MemoryDirective: CostEstimating {
    /// One training run per cell, length and seed: the grid is what multiplies.
    static func cost(of options: ResolvedOptions) -> Cost {
        let seeds = options.integers("seeds").count
        return RecallCost.lines(options).reduce(Cost.zero) { total, cell in
            options.integers("lengths").reduce(total) { total, length in
                total + seeds * RecallCost.run(cell, length: length, options)
            }
        }
    }
}

/// The recall task's training, shared by {memory} and {gradient-flow} (`RecallTraining`).
enum RecallCost {
    /// The cell of each line `CellLine.lines` would train: one per word of `cells`, and a
    /// second LSTM when `compare_forget_bias` is given.
    static func lines(_ options: ResolvedOptions) -> [CellKind] {
        options.texts("cells").map(CellChoice.kind) + (options.has("compare_forget_bias") ? [.lstm] : [])
    }

    static func run(_ cell: CellKind, length: Int, _ options: ResolvedOptions) -> Cost {
        Cost.training(cell, units: options.integer("units"), inputs: RecallTask.features, length: length,
                      epochs: options.integer("epochs"), trainSize: options.integer("train_size"),
                      testSize: options.integer("test_size"), batchSize: options.integer("batch_size"))
    }
}
