/// The review as written and the edits the ablations make to it. Blanked tokens become `<unk>`,
/// which the models learned to read as a neutral word, so an edit removes meaning but keeps every
/// distance: the first word stays exactly as far from the end.
enum ReviewVariant: String, CaseIterable, Codable, Sendable {
    case asWritten
    /// The first word (or opening sentiment phrase) blanked.
    case withoutFirst
    /// Every later sentiment phrase blanked: only the first word can carry the opinion.
    case firstOnly
    /// The first word and every sentiment phrase blanked: what the models say about no opinion.
    case noSentiment

    /// The tokens of this variant of `tokens`, given the first word's span and the sentiment phrases.
    func tokens(_ tokens: [String], first: Range<Int>, sentiment: [Range<Int>]) -> [String] {
        let later = sentiment.filter { !$0.overlaps(first) }
        let blanked: [Range<Int>] = switch self {
        case .asWritten: []
        case .withoutFirst: [first]
        case .firstOnly: later
        case .noSentiment: [first] + later
        }
        var edited = tokens
        for span in blanked {
            for t in span { edited[t] = Vocabulary.unknown }
        }
        return edited
    }

    /// The name under which prose quotes the LSTM's final verdict on this variant ("amazing"
    /// standing for the first word, whatever it is).
    var valueName: String {
        switch self {
        case .asWritten: "final_positive"
        case .withoutFirst: "without_amazing"
        case .firstOnly: "amazing_only"
        case .noSentiment: "no_sentiment"
        }
    }

    /// How tables name the variant; `first` is the first word as written.
    func title(first: String) -> String {
        switch self {
        case .asWritten: "as written"
        case .withoutFirst: "without “\(first)”"
        case .firstOnly: "only “\(first)” kept"
        case .noSentiment: "no sentiment words"
        }
    }
}

extension ReviewLexicon {
    /// The span the memory question is about: the review's opening sentiment phrase if it has one
    /// (太棒了 is three tokens), else its first token.
    func firstSpan(of tokens: [String]) -> Range<Int> {
        if let span = sentimentSpans(in: tokens).first, span.lowerBound == 0 { return span }
        return 0..<1
    }
}
