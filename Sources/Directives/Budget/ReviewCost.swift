import Engine

extension ReviewDirective: CostEstimating {
    /// Per seed, an LSTM and a plain RNN trained on one-hot words of the review's lexicon.
    static func cost(of options: ResolvedOptions) -> Cost {
        let lexicon = ReviewLexicon.matching(options.text("review") ?? "")
        let seeds = options.integers("seeds").count
        let model = { (cell: CellKind) in
            Cost.training(cell, units: options.integer("units"), inputs: lexicon.vocabulary.size, length: lexicon.maxLength,
                          epochs: options.integer("epochs"), trainSize: options.integer("train_size"),
                          testSize: options.integer("test_size"), batchSize: options.integer("batch_size"))
        }
        return seeds * (model(.lstm) + model(.simpleRNN))
    }
}
