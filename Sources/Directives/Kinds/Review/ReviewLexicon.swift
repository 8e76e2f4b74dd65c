/// The words the generated reviews are made of: sentiment phrases that decide the label, and
/// neutral fragments that fill the space between them.
struct ReviewLexicon: Sendable {
    /// "en" or "zh": the language of the generated reviews.
    let language: String
    let positive: [[String]]
    let negative: [[String]]
    /// Neutral fragments; every review is fragments with sentiment phrases between them.
    let fillers: [[String]]
    let vocabulary: Vocabulary
    /// The longest generated review, in tokens; shorter ones are padded to it.
    let maxLength: Int

    /// `outOfVocabulary` names filler words kept out of the vocabulary: they reach the model as
    /// `<unk>` in reviews of both labels, which teaches it that an unknown word carries no
    /// opinion — what the ablations rely on when they blank a word out.
    init(language: String, positive: [String], negative: [String], fillers: [String], outOfVocabulary: Set<String>, maxLength: Int) {
        self.language = language
        self.positive = positive.map(ReviewTokenizer.tokens)
        self.negative = negative.map(ReviewTokenizer.tokens)
        self.fillers = fillers.map(ReviewTokenizer.tokens)
        self.maxLength = maxLength
        let all = (self.positive + self.negative + self.fillers).joined()
        vocabulary = Vocabulary(all.filter { !outOfVocabulary.contains($0) })
    }

    /// The lexicon whose language the review is written in.
    static func matching(_ review: String) -> ReviewLexicon {
        ReviewTokenizer.hasCJK(review) ? .chinese : .english
    }

    /// Where the sentiment phrases are in `tokens`, left to right; the longest phrase wins where
    /// two start at the same token, so "buying again" is one phrase, not "again" after "buying".
    func sentimentSpans(in tokens: [String]) -> [Range<Int>] {
        let phrases = (positive + negative).sorted { $0.count > $1.count }
        var spans: [Range<Int>] = []
        var start = 0
        while start < tokens.count {
            if let phrase = phrases.first(where: { tokens[start...].starts(with: $0) }) {
                spans.append(start..<(start + phrase.count))
                start += phrase.count
            } else {
                start += 1
            }
        }
        return spans
    }
}
