/// One directive block found in a lesson, with its options validated but not yet run.
public struct Invocation: Sendable, Hashable {
    public let kind: String
    public let options: ResolvedOptions
    /// The line of the opening fence.
    public let line: Int
    public let file: String
    /// Names this directive across builds, even when lines move: its id, or its kind and its
    /// position among directives of that kind in the lesson (`{forecast}#2`).
    public let identity: String

    package init(kind: String, options: ResolvedOptions, line: Int, file: String, identity: String) {
        self.kind = kind
        self.options = options
        self.line = line
        self.file = file
        self.identity = identity
    }

    public var id: String? { options.text("id") }

    /// How the build log names the directive: `lessons/06-airline.md:40 {forecast} lb3`.
    public var label: String { "\(file):\(line) {\(kind)}" + (id.map { " \($0)" } ?? "") }
}
