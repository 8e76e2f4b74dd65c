import Engine

extension ReviewDirective {
    struct Output: Codable, Sendable {
        /// "en" or "zh": the language of the generated reviews.
        var language: String
        var words: [String]
        var first: Range<Int>
        /// The sentiment phrases of the review as written.
        var sentiment: [Range<Int>]
        /// The review and its edits, in `ReviewVariant.allCases` order.
        var variants: [[String]]
        var vocabularySize: Int
        var trainSize: Int
        var testSize: Int
        /// The first training reviews, shown so readers see what the models learned from.
        var samples: [LabelledReview]
        /// One per seed; the first is the one the figures show.
        var runs: [SeedRun]
    }

    static let sampleCount = 6

    static func run(_ options: Options, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let training = options.training
        let lexicon = ReviewLexicon.matching(training.review)
        let words = ReviewTokenizer.tokens(training.review)
        let first = lexicon.firstSpan(of: words)
        let settings = training.settings
        let sentiment = lexicon.sentimentSpans(in: words)
        let experiment = ReviewExperiment(
            lexicon: lexicon, encoding: ReviewEncoding(vocabulary: lexicon.vocabulary, length: lexicon.maxLength),
            words: words, first: first, variants: ReviewVariant.allCases.map { $0.tokens(words, first: first, sentiment: sentiment) },
            settings: settings, trainSize: training.trainSize, testSize: training.testSize)
        let seeds = options.seeds
        let epochsPerSeed = 2 * settings.epochs
        // Each seed owns its generator, so spreading the seeds over threads gives the serial
        // results, in seed order.
        let tally = EpochTally(runs: seeds.count, total: seeds.count * epochsPerSeed, report: context.progress)
        let outcomes = WorkerPool.map(seeds, workers: context.workers) { index, seed in
            Result { () throws(DirectiveFailure) in
                do {
                    return try experiment.run(seed: seed) { tally.update(run: index, epochs: $0) }
                } catch {
                    throw DirectiveFailure("seed \(seed): \(error)", option: \Options.seeds)
                }
            }
        }
        var runs: [SeedRun] = []
        var samples: [LabelledReview] = []
        for (index, outcome) in outcomes.enumerated() {
            let (run, train) = try outcome.get()
            runs.append(run)
            if index == 0 { samples = Array(train.prefix(sampleCount)) }
        }
        return Output(language: lexicon.language, words: words, first: first, sentiment: sentiment, variants: experiment.variants,
                      vocabularySize: lexicon.vocabulary.size, trainSize: experiment.trainSize, testSize: experiment.testSize,
                      samples: samples, runs: runs)
    }
}

extension ReviewTraining {
    var settings: ClassifierSettings {
        ClassifierSettings(units: units, epochs: epochs, batchSize: batchSize, learningRate: learningRate, clipNorm: clipNorm)
    }
}
