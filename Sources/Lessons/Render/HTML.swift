/// Escaping for text that reaches HTML from lessons, data or options.
import Foundation

enum HTML {
    /// Escapes text for element content and double-quoted attribute values alike.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A link to a file of the site by its name: percent-encoded (a lesson may be called
    /// `what is σ?.md`), then escaped for the attribute.
    static func href(_ fileName: String) -> String {
        escape(fileName.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#;:"))) ?? fileName)
    }
}
