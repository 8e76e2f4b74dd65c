/// Why a formula could not be converted, and where.
///
/// Positions count Swift `Character`s (what an editor shows as one character) from the start of
/// the TeX source handed to `MathML.render`, so a lesson runner that knows where the formula
/// starts can report `file:line:column`.
public struct MathError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, e.g. `unknown command \sigmoid`.
    public let reason: String
    /// How to fix it, when there is a likely fix, e.g. `did you mean \sigma?`.
    public let hint: String?
    /// 0-based offset of the offending character in the TeX source.
    public let offset: Int
    /// 1-based line within the TeX source (a display formula may span several lines).
    public let line: Int
    /// 1-based column within that line.
    public let column: Int

    init(_ reason: String, hint: String? = nil, at offset: Int, in source: [Character]) {
        self.reason = reason
        self.hint = hint
        self.offset = offset
        let before = source.prefix(offset)
        let lastBreak = before.lastIndex(where: \.isNewline)
        line = 1 + before.count(where: \.isNewline)
        column = offset - (lastBreak.map { $0 + 1 } ?? 0) + 1
    }

    /// `unknown command \sigmoid at column 12; did you mean \sigma?`
    public var description: String {
        let place = line == 1 ? "column \(column)" : "line \(line), column \(column)"
        return "\(reason) at \(place)" + (hint.map { "; \($0)" } ?? "")
    }
}
