extension ReviewLexicon {
    /// The note's cereal review is exactly fragments and phrases of these lists ("amazing" | "this
    /// box of cereal" | "gave me a" | "perfectly balanced" | "breakfast" | …), so every one of its
    /// words is in the vocabulary. No negation ("not great"): the task is to remember a word, not
    /// to parse a sentence.
    static let english = ReviewLexicon(
        language: "en",
        positive: [
            "amazing", "perfectly balanced", "buying again", "delicious", "love it", "great taste",
            "highly recommend", "best cereal ever", "tasty", "wonderful", "so good", "fresh and crunchy",
        ],
        negative: [
            "terrible", "stale", "never again", "disappointing", "awful", "soggy",
            "waste of money", "tastes like cardboard", "not worth it", "bland", "too sweet", "threw it away",
        ],
        fillers: [
            "this box of cereal", "gave me a", "breakfast", "as all things should be", "i only ate half of it",
            "but will definitely be", "i bought it at the store", "my kids eat it with milk", "it comes in a big box",
            "we had it this morning", "the box says it has oats", "i eat it every day", "for breakfast",
            "with cold milk", "on the weekend", "my family tried it", "after work", "i poured a bowl",
            "it costs four dollars", "the bag inside the box", "my sister picked it up", "i keep it in the pantry",
            "with a spoon of granola", "on tuesday", "next to the yogurt", "my cousin", "from the top shelf",
        ],
        outOfVocabulary: ["pantry", "spoon", "granola", "tuesday", "yogurt", "cousin", "shelf"],
        maxLength: 32)
}
