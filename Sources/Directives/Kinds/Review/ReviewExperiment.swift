import Engine

/// One seed's run of the experiment: both models trained on that seed's reviews, and what each
/// makes of the review.
struct SeedRun: Codable, Sendable {
    var seed: Int
    var lstm: ModelReading
    var rnn: ModelReading
    var memory: MemoryUnit
}

/// What every seed shares: the review, its edits, how words become inputs, how models train.
struct ReviewExperiment: Sendable {
    let lexicon: ReviewLexicon
    let encoding: ReviewEncoding
    let words: [String]
    let first: Range<Int>
    /// The review and its edits, in `ReviewVariant.allCases` order.
    let variants: [[String]]
    let settings: ClassifierSettings
    let trainSize: Int
    let testSize: Int

    /// Generates this seed's reviews, then trains and reads the LSTM and then the plain RNN, all
    /// drawing from one generator. Also returns the training reviews, for showing some.
    /// `progress` counts epochs over both models.
    func run(seed: Int, progress: @escaping (Int) -> Void) throws -> (run: SeedRun, train: [LabelledReview]) {
        var rng = SeededGenerator(seed: UInt64(seed))
        let train = ReviewGenerator.generate(count: trainSize, lexicon: lexicon, using: &rng)
        let test = ReviewGenerator.generate(count: testSize, lexicon: lexicon, using: &rng)
        let padding = encoding.padding(words)

        func read(_ cell: CellKind, stage: Int) throws -> (ModelReading, [Trace]) {
            let (model, losses) = try ReviewClassifier.train(cell: cell, on: train, encoding: encoding, settings: settings, using: &rng) {
                progress(stage * settings.epochs + $0)
            }
            let accuracy = (train: try ReviewClassifier.accuracy(model, on: train, encoding: encoding),
                            test: try ReviewClassifier.accuracy(model, on: test, encoding: encoding))
            let traces = try variants.map { try model.trace(encoding.steps($0)).trace }
            let reading = try ModelReading(model: model, traces: traces, review: encoding.steps(words), padding: padding,
                                           accuracy: accuracy, epochLosses: losses)
            return (reading, traces)
        }
        let (lstm, traces) = try read(.lstm, stage: 0)
        let (rnn, _) = try read(.simpleRNN, stage: 1)
        let memory = MemoryUnit(trace: traces[0], withoutFirst: traces[1], first: (first.lowerBound + padding)..<(first.upperBound + padding))
        return (SeedRun(seed: seed, lstm: lstm, rnn: rnn, memory: memory), train)
    }
}
