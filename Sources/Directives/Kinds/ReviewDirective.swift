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
    static let summary = "Trains an LSTM and a plain RNN on generated product reviews, then reads a review word by word: "
        + "gates, cell state, running verdict, edits of the review and input sensitivity."
    static let noteReview = "Amazing! This box of cereal gave me a perfectly balanced breakfast, as all things should be. "
        + "I only ate half of it but will definitely be buying again!"
    static let maxWords = 80

    static let results = [
        NamedResult("train_size", "training reviews", unit: "reviews"), NamedResult("test_size", "test reviews", unit: "reviews"),
        NamedResult("vocabulary", "words the models know", unit: "words"), NamedResult("words", "words in the review", unit: "words"),
        NamedResult("first_word", "the review's first sentiment word, as text"), NamedResult("seeds", "seeds run", unit: "seeds"),
        NamedResult("lstm_parameters", "the LSTM model's weights", unit: "parameters"),
        NamedResult("rnn_parameters", "the plain RNN model's weights", unit: "parameters"),
        NamedResult("memory_unit", "the LSTM unit whose cell state moves most at the first word, counted from 1"),
        NamedResult("memory_unit_{measure}", "that unit (first seed): `jump`, `c_first`, `c_final`, `c_final_without`, `final_mark`, `forget_path`"),
        NamedResult("{model}_{split}_accuracy",
                    "`lstm` or `rnn`, `train` or `test` accuracy (first seed; `_mean`, `_min`, `_max`, `_seed{N}` over seeds)", unit: "%"),
        NamedResult("{variant}", "P(positive) after the last word of the review or of an edit (`_rnn`: the plain RNN's); "
                    + "`_mean`, `_min`, `_max`, `_seed{N}` over seeds"),
    ]

    struct Options: DirectiveOptions, CostEstimating {
        enum View: String, OptionChoice { case samples, accuracy, gates, cell, prediction, ablation, sensitivity, seeds }

        var training = ReviewTraining()
        var seeds = [1, 2, 3]
        var show = View.allCases
        var captions: [String]?

        static let declarations: [DeclaredOption<Self>] = ReviewTraining.declarations.map { $0.lifted(to: \.training) } + [
            .init("seeds", \.seeds, .integers(0...1_000_000, maxCount: 10), .run,
                  doc: "One run per seed, each with its own generated reviews, initial weights and shuffling; the figures show the first."),
            .init("show", \.show, View.some, .presentation,
                  doc: "Blocks to show, in order: `samples` (training reviews), `accuracy`, `gates`, `cell`, `prediction` (verdict word by word), "
                      + "`ablation` (edits of the review), `sensitivity`, `seeds` (the key results of every seed)."),
            .init("captions", \.captions, .texts(maxCount: 8, maxLength: 600), .presentation,
                  doc: "Captions replacing the default ones, in the order the blocks appear."),
        ]

        func validate(_ written: WrittenOptions<Self>) throws(DirectiveFailure) {
            let words = ReviewTokenizer.tokens(training.review)
            guard words.count <= maxWords else {
                throw DirectiveFailure("'review' has \(words.count) words; the limit is \(maxWords)", option: \ReviewTraining.review)
            }
            guard ReviewLexicon.matching(training.review).firstSpan(of: words).upperBound < words.count else {
                throw DirectiveFailure("'review' needs words after its first one: the question is whether the first word lasts to the end",
                                       option: \ReviewTraining.review)
            }
        }
    }
}

/// The training options `{review}` and `{live-review}` share: equal options train the same LSTM.
struct ReviewTraining: OptionsStruct {
    var review = ReviewDirective.noteReview
    var units = 8
    var epochs = 30
    var trainSize = 400
    var testSize = 200
    var batchSize = 32
    var learningRate = 0.01
    var clipNorm = 1.0

    static let declarations: [DeclaredOption<Self>] = [
        .init("review", \.review, .text(maxLength: 600), .run,
              doc: "The review the trained models read; with CJK characters the models train on Chinese reviews, read character by character."),
        .init("units", \.units, .integer(1...16), .run, doc: "Units of the LSTM and of the plain RNN."),
        .init("epochs", \.epochs, .integer(1...200), .run, doc: "Training epochs, the same for both models."),
        .init("train_size", \.trainSize, .integer(20...4000), .run,
              doc: "Generated reviews to train on, two in five positive, two in five negative, one in five with no opinion."),
        .init("test_size", \.testSize, .integer(20...4000), .run, doc: "Generated reviews held out to measure accuracy."),
        .init("batch_size", \.batchSize, .integer(1...512), .run, doc: "Reviews per Adam step."),
        .init("learning_rate", \.learningRate, .number(0.0001...0.1), .run, doc: "Adam's learning rate."),
        .init("clip_norm", \.clipNorm, .number(0.01...1000), .run,
              doc: "Largest global norm of a gradient step (Keras's `global_clipnorm`), for both models."),
    ]
}
