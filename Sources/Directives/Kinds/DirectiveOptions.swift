import Foundation

/// A directive's options as a typed struct, decoded once from its YAML block: each property is
/// declared (`DeclaredOption`) with its name, kind, whether it changes the run or only the
/// presentation, and a doc line; the reference and the parser read the declarations.
///
/// `validate` holds every check that spans options ("'step' is past the end of 'input'"): it
/// runs when the block is read, so `lint`, `render` and `build` report the same problems, before
/// anything runs. Checks that need the data (a column missing from a CSV) stay in `run`.
public protocol DirectiveOptions: OptionsStruct {
    func validate(_ written: WrittenOptions<Self>) throws(DirectiveFailure)
}

extension DirectiveOptions {
    public func validate(_ written: WrittenOptions<Self>) throws(DirectiveFailure) {}
}

/// A value prose can quote as `{{id.name}}`, declared for the reference. Names with a part in
/// braces stand for a family: `lb{L}_test_rmse` is `lb3_test_rmse` for look_back 3.
public struct NamedResult: Sendable {
    public let name: String
    public let meaning: String
    /// What the number counts or measures; "" for pure numbers and counts.
    public let unit: String

    public init(_ name: String, _ meaning: String, unit: String = "") {
        self.name = name
        self.meaning = meaning
        self.unit = unit
    }

    /// Whether `value` is this result or one of its family.
    func matches(_ value: String) -> Bool {
        var pattern = "^"
        var inBraces = false
        for character in name {
            switch character {
            case "{": inBraces = true
            case "}": inBraces = false; pattern += "[A-Za-z0-9]+"
            default: if !inBraces { pattern += NSRegularExpression.escapedPattern(for: String(character)) }
            }
        }
        return value.range(of: pattern + "$", options: .regularExpression) != nil
    }
}

/// The options every directive takes.
public struct CommonOptions: OptionsStruct {
    public var id: String?
    public var tolerance = 0.02

    public init() {}

    public static let declarations: [DeclaredOption<Self>] = [
        .init("id", \.id, .identifier, .presentation, doc: "Names the directive so prose can quote its results as `{{id.name}}`."),
        .init("tolerance", \.tolerance, .number(0...1), .presentation,
              doc: "Relative change of a named value beyond which `check` reports it as drift (0.02 = 2 %)."),
    ]
}
