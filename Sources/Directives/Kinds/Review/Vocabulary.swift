/// The words a model knows, each with its own slot of the one-hot input. Slot 0 is `<unk>`, where
/// every other word goes: an unseen word is read as "some word" rather than refused, and the
/// generator trains that slot on neutral words so that it means "no opinion".
struct Vocabulary: Sendable, Equatable {
    static let unknown = "<unk>"

    /// In slot order; `words[0]` is `<unk>`.
    let words: [String]
    private let slots: [String: Int]

    /// Sorted, so the slots do not depend on the order the words were listed in.
    init(_ known: some Sequence<String>) {
        words = [Self.unknown] + Set(known).subtracting([Self.unknown]).sorted()
        slots = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, $0) })
    }

    var size: Int { words.count }

    func slot(_ token: String) -> Int { slots[token] ?? 0 }

    func contains(_ token: String) -> Bool { slots[token] != nil }

    /// One step per token, each a vector of `size` zeros with a 1 in the token's slot.
    func oneHot(_ tokens: [String]) -> [[Double]] {
        tokens.map { token in
            var x = [Double](repeating: 0, count: size)
            x[slot(token)] = 1
            return x
        }
    }
}
