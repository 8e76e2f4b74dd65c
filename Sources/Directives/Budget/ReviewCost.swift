import Engine

extension ReviewDirective.Options {
    /// Per seed, an LSTM and a plain RNN trained on one-hot words of the review's lexicon.
    var cost: Cost {
        let lexicon = ReviewLexicon.matching(training.review)
        let model = { (cell: CellKind) in
            Cost.training(cell, units: training.units, inputs: lexicon.vocabulary.size, length: lexicon.maxLength, epochs: training.epochs,
                          trainSize: training.trainSize, testSize: training.testSize, batchSize: training.batchSize)
        }
        return seeds.count * (model(.lstm) + model(.simpleRNN))
    }
}
