/// A directive's options after validation: every declared option has its value (given or
/// default), and we remember the line each came from so later failures can point at it.
public struct ResolvedOptions: Sendable, Hashable {
    private let values: [String: OptionValue]
    private let lines: [String: Int]
    /// The line of the directive's opening fence; options left at their default point here.
    public let directiveLine: Int

    init(values: [String: OptionValue], lines: [String: Int], directiveLine: Int) {
        self.values = values
        self.lines = lines
        self.directiveLine = directiveLine
    }

    /// The file line where `name` was set, or the directive's line if it was defaulted.
    public func line(of name: String) -> Int { lines[name] ?? directiveLine }

    /// The value, given or default; nil when the option is absent.
    public func value(_ name: String) -> OptionValue? { values[name] }

    /// Whether the option has a value, given or default.
    public func has(_ name: String) -> Bool { values[name] != nil }

    /// Whether the author wrote the option (rather than leaving it at its default).
    public func isWritten(_ name: String) -> Bool { lines[name] != nil }

    public func integer(_ name: String) -> Int {
        guard case .integer(let value)? = values[name] else { preconditionFailure("option \(name) is not a set integer") }
        return value
    }

    public func number(_ name: String) -> Double {
        switch values[name] {
        case .number(let value)?: return value
        case .integer(let value)?: return Double(value)
        default: preconditionFailure("option \(name) is not a set number")
        }
    }

    public func integers(_ name: String) -> [Int] {
        guard case .integers(let value)? = values[name] else { preconditionFailure("option \(name) is not a set integer list") }
        return value
    }

    public func numbers(_ name: String) -> [Double] {
        guard case .numbers(let value)? = values[name] else { preconditionFailure("option \(name) is not a set number list") }
        return value
    }

    public func text(_ name: String) -> String? {
        guard case .text(let value)? = values[name] else { return nil }
        return value
    }

    public func texts(_ name: String) -> [String] {
        guard case .texts(let value)? = values[name] else { return [] }
        return value
    }

    public func boolean(_ name: String) -> Bool {
        guard case .boolean(let value)? = values[name] else { preconditionFailure("option \(name) is not a set boolean") }
        return value
    }

    /// Every value in name order, one per line: the options' part of a cache key. Lines are left
    /// out on purpose: moving a directive down the page must not rerun it.
    public var normalised: String {
        values.keys.sorted().map { "\($0): \(values[$0]!)" }.joined(separator: "\n")
    }
}
