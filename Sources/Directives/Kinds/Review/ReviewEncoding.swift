/// How a review becomes model input; training and reading share it so both see the same steps.
struct ReviewEncoding: Sendable {
    let vocabulary: Vocabulary
    /// Shorter reviews are padded to this many steps; longer ones are kept whole.
    let length: Int

    /// Zero vectors in front of the one-hot words, as Keras's `pad_sequences` pads by default.
    /// Padding in front keeps the last word last, so no word's distance to the end changes, and
    /// the models learn that zero steps before a review mean nothing.
    func steps(_ tokens: [String]) -> [[Double]] {
        let zero = [Double](repeating: 0, count: vocabulary.size)
        return Array(repeating: zero, count: padding(tokens)) + vocabulary.oneHot(tokens)
    }

    /// How many zero steps come before the first word.
    func padding(_ tokens: [String]) -> Int {
        max(0, length - tokens.count)
    }
}
