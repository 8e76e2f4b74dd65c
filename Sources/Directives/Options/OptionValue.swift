/// A parsed, validated option value.
public enum OptionValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case integer(Int)
    case number(Double)
    case integers([Int])
    case numbers([Double])
    case text(String)
    case texts([String])

    /// A canonical spelling: the same value always prints the same way, so it can key a cache.
    public var description: String {
        switch self {
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .integers(let values): "[" + values.map(String.init).joined(separator: ", ") + "]"
        case .numbers(let values): "[" + values.map { String($0) }.joined(separator: ", ") + "]"
        case .text(let value): Self.quoted(value)
        case .texts(let values): "[" + values.map(Self.quoted).joined(separator: ", ") + "]"
        }
    }

    /// How the reference shows a default: as an author would write it in YAML.
    public var yaml: String {
        switch self {
        case .number(let value): OptionKind.format(value)
        case .numbers(let values): "[" + values.map(OptionKind.format).joined(separator: ", ") + "]"
        case .text(let value): value
        case .texts(let values): "[" + values.joined(separator: ", ") + "]"
        default: description
        }
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
