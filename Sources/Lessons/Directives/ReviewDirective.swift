import Engine

/// `{review}`: does an LSTM remember the first word of a review until the last one, and which gate
/// keeps it? An LSTM and a plain RNN, trained alike on generated product reviews (sentiment
/// phrases among neutral filler; many state their opinion only at the start), read the note's
/// cereal review word by word. Each seed trains both afresh on its own reviews; the figures show
/// the first seed.
///
/// "The first word" is the review's opening sentiment phrase when it has one ("amazing" in the
/// note's review, 太棒了 in Chinese), else its first token; the names below call it "amazing".
/// Edits replace words by `<unk>`, which in training stood for filler words in reviews of every
/// opinion.
///
/// Named values, of the first seed:
/// - `train_size`, `test_size`, `vocabulary` (words known, `<unk>` included), `words` (tokens in
///   the review), `first_word` (text), `seeds`, `lstm_parameters`, `rnn_parameters`.
/// - `lstm_train_accuracy`, `lstm_test_accuracy`, `rnn_train_accuracy`, `rnn_test_accuracy`: in %.
/// - P(positive) after the last word, LSTM: `final_positive` (the review as written),
///   `without_amazing` (first word blanked), `amazing_only` (every later sentiment phrase blanked),
///   `no_sentiment` (all of them blanked), and `amazing_effect` (`amazing_only` − `no_sentiment`);
///   the plain RNN's have the suffix `_rnn`.
/// - The memory unit, the LSTM unit whose cell state moves most at the first word: `memory_unit`
///   (counted from 1), `memory_unit_jump` (Δc at the first word), `memory_unit_c_first`,
///   `memory_unit_c_final`, `memory_unit_c_final_without` (its last c with the first word blanked),
///   `memory_unit_final_mark` (the difference of those two), `memory_unit_mark_ratio` (mark ÷
///   jump); over the words after the first: `memory_unit_forget_mean`, `memory_unit_forget_min`,
///   `memory_unit_forget_product` (∏ f), `memory_unit_forget_path` (jump · ∏ f: what the forget
///   gates alone would carry to the end), `memory_unit_input_mean`.
/// - ‖∂y/∂x_t‖, y the output's logit: `sensitivity_first_word_lstm`, `sensitivity_first_word_rnn`,
///   `sensitivity_last_word_lstm`, `sensitivity_last_word_rnn`.
///
/// Every number above but the sizes, `memory_unit` and its signed cell-state values (`_jump`,
/// `_c_…`, `_final_mark`, `_forget_path`: a unit's sign is arbitrary) also comes over all seeds,
/// with `_mean`, `_min` or `_max` appended: `amazing_only_rnn_min`, `sensitivity_first_word_rnn_max`.
struct ReviewDirective: Directive {
    static let name = "review"
    static let summary = "Trains an LSTM and a plain RNN on generated product reviews, then reads a review word by word: gates, cell state, running verdict, edits of the review and input sensitivity."
    static let noteReview = "Amazing! This box of cereal gave me a perfectly balanced breakfast, as all things should be. I only ate half of it but will definitely be buying again!"
    static let views = ["samples", "accuracy", "gates", "cell", "prediction", "ablation", "sensitivity", "seeds"]
    static let maxWords = 80

    static let options: [OptionSpec] = [
        OptionSpec("review", .text(maxLength: 600), default: .text(noteReview),
                   doc: "The review the trained models read; with CJK characters the models train on Chinese reviews, read character by character."),
        OptionSpec("units", .integer(1...16), default: .integer(8), doc: "Units of the LSTM and of the plain RNN."),
        OptionSpec("epochs", .integer(1...200), default: .integer(30), doc: "Training epochs, the same for both models."),
        OptionSpec("train_size", .integer(20...4000), default: .integer(400), doc: "Generated reviews to train on, two in five positive, two in five negative, one in five with no opinion."),
        OptionSpec("test_size", .integer(20...4000), default: .integer(200), doc: "Generated reviews held out to measure accuracy."),
        OptionSpec("batch_size", .integer(1...512), default: .integer(32), doc: "Reviews per Adam step."),
        OptionSpec("learning_rate", .number(0.0001...0.1), default: .number(0.01), doc: "Adam's learning rate."),
        OptionSpec("clip_norm", .number(0.01...1000), default: .number(1), doc: "Largest global norm of a gradient step (Keras's `global_clipnorm`), for both models."),
        OptionSpec("seeds", .integers(0...1_000_000, maxCount: 10), default: .integers([1, 2, 3]),
                   doc: "One run per seed, each with its own generated reviews, initial weights and shuffling; the figures show the first."),
        OptionSpec("show", .choices(views), default: .texts(views),
                   doc: "Blocks to show, in order: `samples` (training reviews), `accuracy`, `gates`, `cell`, `prediction` (verdict word by word), `ablation` (edits of the review), `sensitivity`, `seeds` (the key results of every seed)."),
        OptionSpec("captions", .texts(maxCount: 8, maxLength: 600), doc: "Captions replacing the default ones, in the order the blocks appear."),
    ]

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

    static func run(_ options: ResolvedOptions, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let text = options.text("review")!
        let lexicon = ReviewLexicon.matching(text)
        let words = ReviewTokenizer.tokens(text)
        let first = lexicon.firstSpan(of: words)
        guard words.count <= maxWords else {
            throw DirectiveFailure("'review' has \(words.count) words; the limit is \(maxWords)", option: "review")
        }
        guard first.upperBound < words.count else {
            throw DirectiveFailure("'review' needs words after its first one: the question is whether the first word lasts to the end", option: "review")
        }
        let settings = ClassifierSettings(units: options.integer("units"), epochs: options.integer("epochs"),
                                          batchSize: options.integer("batch_size"), learningRate: options.number("learning_rate"),
                                          clipNorm: options.number("clip_norm"))
        let sentiment = lexicon.sentimentSpans(in: words)
        let experiment = ReviewExperiment(
            lexicon: lexicon, encoding: ReviewEncoding(vocabulary: lexicon.vocabulary, length: lexicon.maxLength),
            words: words, first: first, variants: ReviewVariant.allCases.map { $0.tokens(words, first: first, sentiment: sentiment) },
            settings: settings, trainSize: options.integer("train_size"), testSize: options.integer("test_size"))
        let seeds = options.integers("seeds")
        let epochsPerSeed = 2 * settings.epochs
        var runs: [SeedRun] = []
        var samples: [LabelledReview] = []
        for (index, seed) in seeds.enumerated() {
            do {
                let (run, train) = try experiment.run(seed: seed) { context.progress(index * epochsPerSeed + $0, seeds.count * epochsPerSeed) }
                runs.append(run)
                if index == 0 { samples = Array(train.prefix(sampleCount)) }
            } catch {
                throw DirectiveFailure("seed \(seed): \(error)", option: "seeds")
            }
        }
        return Output(language: lexicon.language, words: words, first: first, sentiment: sentiment, variants: experiment.variants,
                      vocabularySize: lexicon.vocabulary.size, trainSize: experiment.trainSize, testSize: experiment.testSize,
                      samples: samples, runs: runs)
    }

    static func present(_ output: Output, options: ResolvedOptions) -> DirectiveResult {
        let figures = ReviewFigures(output)
        var captions = options.texts("captions").makeIterator()
        let views = options.texts("show")
        let blocks = views.map { view in
            figures.block(view, caption: captions.next())
        }
        // The figures read the first seed's models: the LSTM in all of them, the plain RNN beside it in two.
        func shown(_ kinds: Set<String>) -> [Int] { views.indices.filter { kinds.contains(views[$0]) } }
        let models = output.runs.first.map { run in
            [ModelFile(name: "lstm", json: run.lstm.model, blocks: shown(["gates", "cell", "prediction", "sensitivity"])),
             ModelFile(name: "rnn", json: run.rnn.model, blocks: shown(["prediction", "sensitivity"]))].filter { !$0.blocks.isEmpty }
        } ?? []
        return DirectiveResult(blocks: blocks, values: figures.values, models: models)
    }
}
