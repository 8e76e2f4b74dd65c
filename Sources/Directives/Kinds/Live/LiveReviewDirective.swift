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
    static let results = [
        NamedResult("final_positive", "P(positive) after the last word of the review as written"),
        NamedResult("memory_unit", "the unit whose cell state moves most at the first word, counted from 1"),
        NamedResult("words", "words in the review", unit: "words"),
    ]

    struct Options: DirectiveOptions {
        var training = ReviewTraining()
        var seed = 1
        var caption: String?

        static let declarations: [DeclaredOption<Self>] = ReviewTraining.declarations.map { $0.lifted(to: \.training) } + [
            .init("seed", \.seed, .integer(0...1_000_000), .run,
                  doc: "The seed of the run to show; `{review}` shows its first seed (1 unless told)."),
            .init("caption", \.caption, .text(maxLength: 600), .presentation, doc: "The caption, replacing the default one; say what to try."),
        ]

        func validate(_ written: WrittenOptions<Self>) throws(DirectiveFailure) {
            let words = ReviewTokenizer.tokens(training.review)
            let first = ReviewLexicon.matching(training.review).firstSpan(of: words)
            guard words.count <= ReviewDirective.maxWords, first.upperBound < words.count else {
                throw DirectiveFailure("'review' needs 2 to \(ReviewDirective.maxWords) words", option: \ReviewTraining.review)
            }
        }
    }
}
