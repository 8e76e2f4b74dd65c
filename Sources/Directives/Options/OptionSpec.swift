/// What a directive (or the front matter) accepts: each option's name, type, range, default and
/// a one-line doc. The README's directive reference is generated from these declarations.
public struct OptionSpec: Sendable {
    public let name: String
    public let kind: OptionKind
    /// The value used when the option is absent; `nil` with `isRequired == false` means "absent".
    public let defaultValue: OptionValue?
    public let isRequired: Bool
    public let doc: String
    /// Whether the option changes the experiment or only how it is shown.
    public let effect: OptionEffect

    public init(_ name: String, _ kind: OptionKind, default defaultValue: OptionValue? = nil, required: Bool = false,
                effect: OptionEffect = .run, doc: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.isRequired = required
        self.effect = effect
        self.doc = doc
    }
}

/// The type of an option's value, with its allowed range.
public enum OptionKind: Sendable {
    case integer(ClosedRange<Int>)
    case number(ClosedRange<Double>)
    /// One integer or a list of them (`look_back: 3` or `look_back: [1, 3, 10]`).
    case integers(ClosedRange<Int>, maxCount: Int)
    /// One number or a list of them.
    case numbers(ClosedRange<Double>, maxCount: Int)
    case choice([String])
    /// One or several of a fixed set of words (`show: [curves, gate]`).
    case choices([String])
    /// Free text on one line, such as a caption.
    case text(maxLength: Int)
    /// A list of free-text lines, such as one caption per figure.
    case texts(maxCount: Int, maxLength: Int)
    /// A name usable in `{{id.name}}`: a letter, then letters, digits, `_` or `-`.
    case identifier
    /// A data file, relative to the lessons folder, that must stay inside it.
    case dataPath

    /// How the reference and error messages describe the type.
    public var summary: String {
        switch self {
        case .integer(let range): "integer, \(range.lowerBound)…\(range.upperBound)"
        case .number(let range): "number, \(Self.format(range.lowerBound))…\(Self.format(range.upperBound))"
        case .integers(let range, let maxCount): "integer or list of up to \(maxCount), each \(range.lowerBound)…\(range.upperBound)"
        case .numbers(let range, let maxCount):
            "number or list of up to \(maxCount), each \(Self.format(range.lowerBound))…\(Self.format(range.upperBound))"
        case .choice(let choices): "one of " + choices.map { "`\($0)`" }.joined(separator: ", ")
        case .choices(let choices): "one or a list of " + choices.map { "`\($0)`" }.joined(separator: ", ")
        case .text: "text"
        case .texts(let maxCount, _): "text or list of up to \(maxCount) texts"
        case .identifier: "identifier"
        case .dataPath: "path to a file in the lessons folder"
        }
    }

    package static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
