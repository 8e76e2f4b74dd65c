/// Splits review text into the tokens the models read: lowercase words with punctuation dropped,
/// and every CJK character a token of its own — Chinese and Japanese put no spaces between
/// words, and a character is the smallest unit we can cut them into without a dictionary.
enum ReviewTokenizer {
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        func endWord() {
            if !word.isEmpty { tokens.append(word) }
            word = ""
        }
        for character in text.lowercased() {
            if isCJK(character) {
                endWord()
                tokens.append(String(character))
            } else if character.isLetter || character.isNumber {
                word.append(character)
            } else if character != "'" && character != "\u{2019}" {
                // An apostrophe stays inside its word ("don't" reads as "dont"); anything else ends it.
                endWord()
            }
        }
        endWord()
        return tokens
    }

    /// Han ideographs (with their extensions and compatibility forms), kana and CJK symbols-letters.
    static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    /// Whether the text has any CJK character, which decides the language of the generated reviews.
    static func hasCJK(_ text: String) -> Bool {
        text.contains(where: isCJK)
    }
}
