/// What the option parser found in one YAML block: each declared option's value (given or
/// default) and the line each came from, so later failures can point at it. Directives never
/// read these by name; `OptionsStruct.decode` turns them into typed properties once.
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
    func value(_ name: String) -> OptionValue? { values[name] }

    /// Whether the author wrote the option (rather than leaving it at its default).
    package func isWritten(_ name: String) -> Bool { lines[name] != nil }

    /// The names the author wrote.
    var writtenNames: Set<String> { Set(lines.keys) }
}
