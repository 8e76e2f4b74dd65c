/// One problem in one place: what every bad input turns into.
///
/// Printed as `lessons/02-tanh.md:14: message`, the form compilers use, so editors and
/// terminals can jump to the line.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as the author named it (relative to where the tool was run), never absolute.
    public let file: String
    /// 1-based line in `file`.
    public let line: Int
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = max(1, line)
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}

/// Several diagnostics at once: a build reports every failing directive, not just the first.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    public let all: [Diagnostic]

    public init(_ all: [Diagnostic]) { self.all = all }

    public var description: String { all.map(\.description).joined(separator: "\n") }
}
