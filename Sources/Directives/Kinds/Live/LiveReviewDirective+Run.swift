import Engine
import Foundation

extension LiveReviewDirective {
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
        var trace: Trace
        var running: [Double]
        /// The trained LSTM and its Dense layer as `lstmbook-model/1` JSON, offered beside the figure.
        var model: String
    }

    static func run(_ options: Options, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let text = options.training.review
        let lexicon = ReviewLexicon.matching(text)
        let words = ReviewTokenizer.tokens(text)
        let first = lexicon.firstSpan(of: words)
        let encoding = ReviewEncoding(vocabulary: lexicon.vocabulary, length: lexicon.maxLength)
        let settings = options.training.settings
        do {
            // As ReviewExperiment.run draws them: training reviews, test reviews, then the LSTM.
            var rng = SeededGenerator(seed: UInt64(options.seed))
            let train = ReviewGenerator.generate(count: options.training.trainSize, lexicon: lexicon, using: &rng)
            _ = ReviewGenerator.generate(count: options.training.testSize, lexicon: lexicon, using: &rng)
            let (model, _) = try ReviewClassifier.train(cell: .lstm, on: train, encoding: encoding, settings: settings, using: &rng) {
                context.progress($0, settings.epochs)
            }
            let padding = encoding.padding(words)
            let trace = try model.trace(encoding.steps(words)).trace
            let blanked = ReviewVariant.withoutFirst.tokens(words, first: first, sentiment: lexicon.sentimentSpans(in: words))
            let withoutFirst = try model.trace(encoding.steps(blanked)).trace
            let memory = MemoryUnit(trace: trace, withoutFirst: withoutFirst, first: (first.lowerBound + padding)..<(first.upperBound + padding))
            let read = trace.withoutInputs(from: padding)
            let layer = model.recurrentLayers[0]
            return Output(weights: LiveWeights(layer), denseKernel: model.dense.kernel.storage, denseBias: model.dense.bias[0],
                          vocabulary: lexicon.vocabulary.words, length: encoding.length, words: words, memoryUnit: memory.unit - 1, text: text,
                          trace: read, running: read.steps.map { ModelReading.probability(model.dense, $0.h) },
                          model: try model.jsonString())
        } catch let failure as DirectiveFailure {
            throw failure
        } catch {
            throw DirectiveFailure("\(error)")
        }
    }
}
