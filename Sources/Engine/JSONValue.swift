import Foundation

/// A parsed JSON value. Decoded through `JSONDecoder` (rather than `JSONSerialization`) because
/// that keeps numbers and booleans apart on every platform, so a `true` can never be read as 1.
enum JSONValue: Decodable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Parses UTF-8 JSON text; the error says only that the text is not JSON, which is what a
    /// reader can act on (the decoder's own messages name internal coding paths).
    static func parse(_ data: Data) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// Why `data` is not JSON this reader takes, in a reader's words: the end of the file comes
    /// too soon (truncated), a number is beyond a Double (1e400), nesting is too deep, or text
    /// JSON does not have (NaN, Infinity, a stray character).
    static func problem(in data: Data) -> String {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return "it holds text JSON does not allow"
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            if reason.contains("Unexpected end of file") { return "it ends in the middle of a value (is it truncated?)" }
            if reason.contains("not representable") { return reason.replacingOccurrences(of: " in Swift", with: " as a 64-bit float") }
            if reason.contains("Too many nested") { return "arrays or objects are nested too deeply (" + reason + ")" }
            let nonNumbers = ["NaN", "Infinity"].filter { String(decoding: data, as: UTF8.self).contains($0) }
            return reason.trimmingCharacters(in: CharacterSet(charactersIn: "."))
                + (nonNumbers.isEmpty ? "" : " (\(nonNumbers.joined(separator: " and ")) are not JSON numbers)")
        }
    }

    /// "a number", "an array", ...: what a message says was found instead.
    var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// Formats a finite double as a JSON number: Swift's shortest representation that reads back
/// to the same double ("0.1", "1e-05"), so saved weights survive a round trip bit for bit.
func jsonNumber(_ x: Double) -> String {
    precondition(x.isFinite, "JSON has no representation for \(x)")
    return "\(x)"
}

/// A JSON string literal with the characters JSON requires escaped.
func jsonQuoted(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}
