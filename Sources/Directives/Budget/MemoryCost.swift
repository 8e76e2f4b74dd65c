import Engine

extension MemoryDirective.Options {
    /// One training run per cell, length and seed: the grid is what multiplies.
    var cost: Cost {
        RecallCost.lines(self).reduce(Cost.zero) { total, cell in
            lengths.reduce(total) { total, length in total + seeds.count * RecallCost.run(cell, length: length, training) }
        }
    }
}

/// The recall task's training, shared by {memory} and {gradient-flow} (`RecallTraining`).
enum RecallCost {
    /// The cell of each line `CellLine.lines` would train.
    static func lines(_ options: some RecallLines) -> [CellKind] {
        CellLine.lines(options).map(\.cell)
    }

    static func run(_ cell: CellKind, length: Int, _ training: RecallTraining) -> Cost {
        Cost.training(cell, units: training.units, inputs: RecallTask.features, length: length, epochs: training.epochs,
                      trainSize: training.trainSize, testSize: training.testSize, batchSize: training.batchSize)
    }
}
