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
    /// The step of the build that found the problem; `nil` until a step hands it on (the code
    /// that words a message deep inside, an option parser say, does not know which step called it).
    public private(set) var stage: BuildStage?

    public init(file: String, line: Int, message: String, stage: BuildStage? = nil) {
        self.file = file
        self.line = max(1, line)
        self.message = message
        self.stage = stage
    }

    public var description: String { "\(file):\(line): \(message)" }

    /// This problem as found by `stage`, unless an earlier hand-on already said where it came from.
    package func found(in stage: BuildStage) -> Diagnostic {
        var found = self
        found.stage = self.stage ?? stage
        return found
    }
}

/// Several diagnostics at once: a build reports every failing directive, not just the first.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    public let all: [Diagnostic]

    public init(_ all: [Diagnostic]) { self.all = all }

    public var description: String { all.map(\.description).joined(separator: "\n") }
}

extension Sequence<Diagnostic> {
    package func found(in stage: BuildStage) -> [Diagnostic] { map { $0.found(in: stage) } }
}
