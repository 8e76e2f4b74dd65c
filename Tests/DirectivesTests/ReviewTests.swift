import DirectiveTestSupport
@testable import Directives
import Engine
import Foundation
import SVGPlot
import Testing

@Suite("{review}")
struct ReviewTests: DirectiveSuite {
    typealias Kind = ReviewDirective
    let file = "lessons/r.md"
    let fenceLine = 1

    /// A run small enough for a unit test; the models still have something to learn.
    static let small = "units: 4\nepochs: 8\ntrain_size: 160\ntest_size: 80\nbatch_size: 16\nseeds: 3"

    // MARK: Tokens and vocabulary

    @Test func tokensAreLowercaseWordsWithoutPunctuation() {
        #expect(ReviewTokenizer.tokens("Amazing! This box, as all things should be.")
            == ["amazing", "this", "box", "as", "all", "things", "should", "be"])
        #expect(ReviewTokenizer.tokens("Don't STOP…now") == ["dont", "stop", "now"])
        #expect(ReviewTokenizer.tokens("  ?! ") == [])
    }

    @Test func cjkTextIsReadCharacterByCharacter() {
        #expect(ReviewTokenizer.tokens("太棒了！LSTM很好") == ["太", "棒", "了", "lstm", "很", "好"])
        #expect(ReviewLexicon.matching("太棒了").language == "zh")
        #expect(ReviewLexicon.matching(ReviewDirective.noteReview).language == "en")
    }

    @Test func unknownWordsShareTheUnknownSlot() {
        let vocabulary = Vocabulary(["milk", "box", "box"])
        #expect(vocabulary.words == ["<unk>", "box", "milk"])
        #expect(vocabulary.slot("zebra") == 0)
        #expect(vocabulary.oneHot(["milk", "zebra"]) == [[0, 0, 1], [1, 0, 0]])
    }

    @Test func everyWordOfTheReviewsIsKnownAndTheOutOfVocabularyFillersAreNot() {
        let english = ReviewLexicon.english.vocabulary
        #expect(ReviewTokenizer.tokens(ReviewDirective.noteReview).allSatisfy(english.contains))
        #expect(!english.contains("granola") && !english.contains("pantry"))
        let chinese = ReviewLexicon.chinese.vocabulary
        let review = "太棒了！这盒麦片给了我一顿营养均衡的早餐，一切本该如此。"
            + "我只吃了一半，但我一定还会再买！"
        #expect(ReviewTokenizer.tokens(review).allSatisfy(chinese.contains))
        #expect(!chinese.contains("勺"))
    }

    // MARK: Sentiment phrases and edits

    @Test func theNotesReviewHasThreeSentimentPhrases() {
        let words = ReviewTokenizer.tokens(ReviewDirective.noteReview)
        let lexicon = ReviewLexicon.english
        let spans = lexicon.sentimentSpans(in: words)
        #expect(spans.map { words[$0].joined(separator: " ") } == ["amazing", "perfectly balanced", "buying again"])
        let first = lexicon.firstSpan(of: words)
        #expect(first == 0..<1)
        let firstOnly = ReviewVariant.firstOnly.tokens(words, first: first, sentiment: spans)
        #expect(firstOnly.count == words.count)
        #expect(firstOnly.filter { $0 == Vocabulary.unknown }.count == 4)
        #expect(firstOnly[0] == "amazing")
        #expect(ReviewVariant.noSentiment.tokens(words, first: first, sentiment: spans).filter { $0 == Vocabulary.unknown }.count == 5)
    }

    @Test func aChineseOpeningPhraseIsTheFirstWord() {
        let words = ReviewTokenizer.tokens("太棒了！这盒麦片")
        #expect(ReviewLexicon.chinese.firstSpan(of: words) == 0..<3)
    }

    // MARK: Generator

    @Test func generatedOpinionsAreBalancedAndCarriedByPhrasesOfTheirPolarity() {
        var rng = SeededGenerator(seed: 5)
        let lexicon = ReviewLexicon.english
        let reviews = ReviewGenerator.generate(count: 300, lexicon: lexicon, using: &rng)
        #expect(reviews.filter { $0.opinion == .positive }.count == 120)
        #expect(reviews.filter { $0.opinion == .negative }.count == 120)
        #expect(reviews.filter { $0.opinion == .none }.count == 60)
        for review in reviews {
            #expect(review.tokens.count <= lexicon.maxLength)
            let phrases = lexicon.sentimentSpans(in: review.tokens).map { Array(review.tokens[$0]) }
            switch review.opinion {
            case .positive: #expect(!phrases.isEmpty && phrases.allSatisfy(lexicon.positive.contains))
            case .negative: #expect(!phrases.isEmpty && phrases.allSatisfy(lexicon.negative.contains))
            case .none: #expect(phrases.isEmpty)
            }
        }
        // Some reviews give their opinion only at the start and run long after it.
        #expect(reviews.contains { lexicon.sentimentSpans(in: $0.tokens) == [0..<1] && $0.tokens.count >= ReviewGenerator.openingMinLength })
    }

    @Test func theGeneratorIsDeterministic() {
        var a = SeededGenerator(seed: 9), b = SeededGenerator(seed: 9)
        #expect(ReviewGenerator.generate(count: 20, lexicon: .chinese, using: &a)
            == ReviewGenerator.generate(count: 20, lexicon: .chinese, using: &b))
    }

    // MARK: Options

    @Test func optionsAreValidated() {
        #expect(problems("units: 0") == ["lessons/r.md:2: 'units' is 0, outside the allowed 1…16"])
        #expect(problems("show: [gates, cels]").first?.hasPrefix("lessons/r.md:2: 'cels' is not allowed for 'show' (did you mean 'cell'?)") == true)
        #expect(problems("learning_rate: 1") == ["lessons/r.md:2: 'learning_rate' is 1.0, outside the allowed 0.0001…0.1"])
        #expect(problems("") == [])
    }

    @Test func aReviewWithNothingAfterItsFirstWordIsRefused() throws {
        #expect(try failure("review: Amazing!")?.option == "review")
        #expect(try failure("review: \"" + String(repeating: "word ", count: 81) + "\"")?.option == "review")
    }

    // MARK: Runs

    /// Seeds run side by side, sharing out the work: each must come out as it does alone, to
    /// the bit, or a seed's numbers would depend on which seeds a lesson lists beside it.
    @Test func aSeedRunsTheSameAloneAndBesideOthers() throws {
        let yaml = "units: 3\nepochs: 2\ntrain_size: 60\ntest_size: 20\nseeds: "
        let together = try run(yaml + "[4, 5]").runs
        let alone = try run(yaml + "[5]").runs
        #expect(together.map(\.seed) == [4, 5] && alone.map(\.seed) == [5])
        #expect(try OutputCoding.encoder.encode(together[1]) == OutputCoding.encoder.encode(alone[0]))
        #expect(try OutputCoding.encoder.encode(together[0]) != OutputCoding.encoder.encode(alone[0]))
    }

    @Test func aSmallLSTMBeatsChanceAndEveryBlockAndValueIsMade() throws {
        let output = try run(Self.small)
        let lstm = output.runs[0].lstm
        #expect(lstm.testAccuracy > 0.7)
        #expect(output.words.count == 28)
        #expect(lstm.running.allSatisfy { $0.count == 28 })
        #expect(lstm.trace.steps.count == 28)
        #expect((1...4).contains(output.runs[0].memory.unit))
        let result = ReviewDirective.present(output, options: try options(Self.small))
        #expect(result.blocks.count == ReviewDirective.Options.View.allCases.count)
        let names = Set(result.values.map(\.name))
        for name in ["lstm_test_accuracy", "final_positive", "without_amazing", "amazing_only", "amazing_only_rnn", "memory_unit",
                     "memory_unit_forget_mean", "memory_unit_forget_min", "sensitivity_first_word_lstm", "sensitivity_first_word_rnn",
                     "amazing_only_rnn_min"] {
            #expect(names.contains(name), "missing \(name)")
        }
    }

    @Test func aChineseReviewIsReadByCharacterAndLabelsTheFigures() throws {
        let yaml = Self.small + "\nreview: 太棒了！这盒麦片给了我一顿营养均衡的早餐。\nshow: [gates, ablation]"
        let output = try run(yaml)
        #expect(output.language == "zh")
        #expect(output.first == 0..<3)
        let result = ReviewDirective.present(output, options: try options(yaml))
        guard case .figure(let chart, let caption) = result.blocks[0] else {
            Issue.record("the first block is not a figure")
            return
        }
        #expect(chart.svg(idPrefix: "f").contains(">棒<"))
        #expect(caption.contains("“太棒了”"))
        #expect(result.values.first { $0.name == "first_word" }?.display == "太棒了")
    }
}
