import Engine

/// What a generated review says, and the target the models are trained towards.
enum Opinion: String, Codable, Sendable {
    case positive, negative, none

    var target: Double {
        switch self {
        case .positive: 1
        case .negative: 0
        case .none: 0.5
        }
    }
}

/// A generated review and its opinion.
struct LabelledReview: Sendable, Equatable, Codable {
    var tokens: [String]
    var opinion: Opinion
}

/// Makes product reviews from a lexicon: neutral fragments with sentiment phrases of one polarity
/// between them. Some reviews state their opinion only in their first words and then ramble on;
/// a model can classify those only if it remembers the start, which is the skill the lesson
/// probes on the note's review.
///
/// Every fifth review has no sentiment phrase and the target ½. Without those, "positive unless a
/// negative phrase appears" would fit the data perfectly, and a model that learned it would
/// ignore positive words altogether — "amazing" could then not matter, remembered or not.
enum ReviewGenerator {
    /// The share of reviews with an opinion that give it only in their opening phrase and run
    /// long after it.
    static let openingShare = 0.4
    /// Opening reviews are at least this long, so their phrase lies far from the end.
    static let openingMinLength = 16
    static let minLength = 6

    /// Positive, negative, positive, negative, none, and again: the two opinions are balanced
    /// within one review.
    static func opinion(at index: Int) -> Opinion {
        switch index % 5 {
        case 4: .none
        case let k: k.isMultiple(of: 2) ? .positive : .negative
        }
    }

    static func generate(count: Int, lexicon: ReviewLexicon, using rng: inout SeededGenerator) -> [LabelledReview] {
        (0..<count).map { index in
            review(opinion(at: index), lexicon: lexicon, using: &rng)
        }
    }

    static func review(_ opinion: Opinion, lexicon: ReviewLexicon, using rng: inout SeededGenerator) -> LabelledReview {
        let phrases = opinion == .positive ? lexicon.positive : lexicon.negative
        let opening = opinion != .none && rng.uniform() < openingShare
        let length = opening
            ? openingMinLength + rng.integer(below: lexicon.maxLength - openingMinLength + 1)
            : minLength + rng.integer(below: lexicon.maxLength - minLength + 1)
        let keyCount = opinion == .none ? 0 : opening ? 1 : 1 + rng.integer(below: 3)
        let keys = (0..<keyCount).map { _ in phrases[rng.integer(below: phrases.count)] }
        // Fragments until the next one would overrun the length drawn.
        var pieces: [[String]] = []
        var used = keys.map(\.count).reduce(0, +)
        while true {
            let fragment = lexicon.fillers[rng.integer(below: lexicon.fillers.count)]
            guard used + fragment.count <= length else { break }
            pieces.append(fragment)
            used += fragment.count
        }
        for key in keys {
            pieces.insert(key, at: opening ? 0 : rng.integer(below: pieces.count + 1))
        }
        return LabelledReview(tokens: Array(pieces.joined()), opinion: opinion)
    }
}
