/// A Swift type an option's value decodes into: the one place an `OptionValue` becomes a typed
/// property, so no directive reads an option by name.
public protocol OptionConvertible: Sendable {
    init?(option: OptionValue)
    var option: OptionValue { get }
}

extension Int: OptionConvertible {
    public init?(option: OptionValue) {
        guard case .integer(let value) = option else { return nil }
        self = value
    }
    public var option: OptionValue { .integer(self) }
}

extension Double: OptionConvertible {
    public init?(option: OptionValue) {
        guard case .number(let value) = option else { return nil }
        self = value
    }
    public var option: OptionValue { .number(self) }
}

extension String: OptionConvertible {
    public init?(option: OptionValue) {
        guard case .text(let value) = option else { return nil }
        self = value
    }
    public var option: OptionValue { .text(self) }
}

extension Array: OptionConvertible where Element: OptionListElement {
    public init?(option: OptionValue) {
        guard let values = Element.list(option) else { return nil }
        self = values
    }
    public var option: OptionValue { Element.option(self) }
}

/// An element of a list option: `[Int]`, `[Double]`, `[String]` or a list of choices.
public protocol OptionListElement: Sendable {
    static func list(_ option: OptionValue) -> [Self]?
    static func option(_ list: [Self]) -> OptionValue
}

extension Int: OptionListElement {
    public static func list(_ option: OptionValue) -> [Int]? {
        guard case .integers(let values) = option else { return nil }
        return values
    }
    public static func option(_ list: [Int]) -> OptionValue { .integers(list) }
}

extension Double: OptionListElement {
    public static func list(_ option: OptionValue) -> [Double]? {
        guard case .numbers(let values) = option else { return nil }
        return values
    }
    public static func option(_ list: [Double]) -> OptionValue { .numbers(list) }
}

extension String: OptionListElement {
    public static func list(_ option: OptionValue) -> [String]? {
        guard case .texts(let values) = option else { return nil }
        return values
    }
    public static func option(_ list: [String]) -> OptionValue { .texts(list) }
}

/// A fixed set of words (`show: [table, loss]`, `cell: gru`): an enum whose raw values are the
/// words a lesson writes. Its option kind lists the cases, so the reference and the parser's
/// "use one of" cannot disagree with the code.
public protocol OptionChoice: OptionConvertible, OptionListElement, RawRepresentable, CaseIterable where RawValue == String {}

extension OptionChoice {
    public init?(option: OptionValue) {
        guard case .text(let word) = option else { return nil }
        self.init(rawValue: word)
    }
    public var option: OptionValue { .text(rawValue) }
    public static func list(_ option: OptionValue) -> [Self]? {
        guard case .texts(let words) = option else { return nil }
        let values = words.compactMap(Self.init(rawValue:))
        return values.count == words.count ? values : nil
    }
    public static func option(_ list: [Self]) -> OptionValue { .texts(list.map(\.rawValue)) }

    /// `.choice` over every case.
    package static var one: OptionKind { .choice(allCases.map(\.rawValue)) }
    /// `.choices` over every case.
    static var some: OptionKind { .choices(allCases.map(\.rawValue)) }
}
