import Engine
import Foundation

/// `{live-review}`: the LSTM of `{review}` (the same training options give the very same model:
/// its reviews and weights are drawn from the same seed in the same order) in the page, reading a
/// review the reader can edit — change "Amazing" to "Awful" and watch the memory unit's gates and
/// cell state, and the verdict, word by word. Words are read as `{review}` reads them: lower case,
/// punctuation dropped, unknown words as `<unk>`, zero steps in front up to the lexicon's length.
///
/// Named values: `final_positive` (P(positive) after the last word of the review as written),
/// `memory_unit` (counted from 1), `words`.
struct LiveReviewDirective: Directive {
    static let name = "live-review"
    static let summary = "The LSTM of {review}, trained alike, in the page: "
        + "the reader edits the review and watches the memory unit and the verdict word by word."
    static let trainingOptions = ["review", "units", "epochs", "train_size", "test_size", "batch_size", "learning_rate", "clip_norm"]
    static let options: [OptionSpec] = ReviewDirective.options.filter { trainingOptions.contains($0.name) } + [
        OptionSpec("seed", .integer(0...1_000_000), default: .integer(1),
                   doc: "The seed of the run to show; `{review}` shows its first seed (1 unless told)."),
        OptionSpec("caption", .text(maxLength: 600), doc: "The caption, replacing the default one; say what to try."),
    ]

    struct Output: Codable, Sendable {
        var weights: LiveWeights
        /// The Dense layer on top: P(positive) = σ(b + Σ h_k·K_k).
        var denseKernel: [Double]
        var denseBias: Double
        var vocabulary: [String]
        /// Steps the review is padded to (zero vectors in front).
        var length: Int
        var words: [String]
        /// The unit whose cell state moves most at the first word, counted from 0.
        var memoryUnit: Int
        /// The review as the lesson wrote it, for the reader to edit.
        var text: String
        /// The review as written, word steps only, and P(positive) after each word.
        var trace: TraceRecord
        var running: [Double]
        /// The trained LSTM and its Dense layer as `lstmbook-model/1` JSON, offered beside the figure.
        var model: String
    }

    static func run(_ options: ResolvedOptions, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let text = options.text("review")!
        let lexicon = ReviewLexicon.matching(text)
        let words = ReviewTokenizer.tokens(text)
        let first = lexicon.firstSpan(of: words)
        guard words.count <= ReviewDirective.maxWords, first.upperBound < words.count else {
            throw DirectiveFailure("'review' needs 2 to \(ReviewDirective.maxWords) words", option: "review")
        }
        let encoding = ReviewEncoding(vocabulary: lexicon.vocabulary, length: lexicon.maxLength)
        let settings = ClassifierSettings(units: options.integer("units"), epochs: options.integer("epochs"),
                                          batchSize: options.integer("batch_size"), learningRate: options.number("learning_rate"),
                                          clipNorm: options.number("clip_norm"))
        do {
            // As ReviewExperiment.run draws them: training reviews, test reviews, then the LSTM.
            var rng = SeededGenerator(seed: UInt64(options.integer("seed")))
            let train = ReviewGenerator.generate(count: options.integer("train_size"), lexicon: lexicon, using: &rng)
            _ = ReviewGenerator.generate(count: options.integer("test_size"), lexicon: lexicon, using: &rng)
            let (model, _) = try ReviewClassifier.train(cell: .lstm, on: train, encoding: encoding, settings: settings, using: &rng) {
                context.progress($0, settings.epochs)
            }
            let padding = encoding.padding(words)
            let trace = try model.trace(encoding.steps(words)).trace
            let blanked = ReviewVariant.withoutFirst.tokens(words, first: first, sentiment: lexicon.sentimentSpans(in: words))
            let withoutFirst = try model.trace(encoding.steps(blanked)).trace
            let memory = MemoryUnit(trace: trace, withoutFirst: withoutFirst, first: (first.lowerBound + padding)..<(first.upperBound + padding))
            var record = TraceRecord(trace, cell: "lstm")
            record.steps = record.steps.dropFirst(padding).map { step in
                var step = step
                step.x = []
                return step
            }
            let layer = model.recurrentLayers[0]
            return Output(weights: LiveWeights(layer, cell: "lstm"), denseKernel: model.dense.kernel.storage, denseBias: model.dense.bias[0],
                          vocabulary: lexicon.vocabulary.words, length: encoding.length, words: words, memoryUnit: memory.unit - 1, text: text,
                          trace: record, running: record.steps.map { ModelReading.probability(model.dense, $0.h) }, model: try model.jsonString())
        } catch let failure as DirectiveFailure {
            throw failure
        } catch {
            throw DirectiveFailure("\(error)")
        }
    }

    static func present(_ output: Output, options: ResolvedOptions) -> DirectiveResult {
        let caption = options.text("caption")
            ?? "The trained LSTM reading a review you can edit: the memory unit's gates and cell state, and the verdict after each word."
        return DirectiveResult(blocks: [.live(LiveReview(output: output, text: output.text), caption: caption)],
                               values: [NamedValue("final_positive", output.running.last ?? .nan, decimals: 3),
                                        NamedValue("memory_unit", integer: output.memoryUnit + 1),
                                        NamedValue("words", integer: output.words.count)],
                               models: [ModelFile(name: "lstm", json: output.model, blocks: [0])])
    }
}
