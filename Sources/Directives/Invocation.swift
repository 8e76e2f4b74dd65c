/// One directive block found in a lesson, with its options read and checked but not yet run.
public struct Invocation: Sendable {
    /// The kind and its typed options.
    package let directive: any ConfiguredDirective
    /// Where each option was written, for messages and provenance.
    public let options: ResolvedOptions
    /// The line of the opening fence.
    public let line: Int
    public let file: String
    /// Names this directive across builds, even when lines move: its id, or its kind and its
    /// position among directives of that kind in the lesson (`{forecast}#2`).
    public let identity: String

    package init(directive: any ConfiguredDirective, options: ResolvedOptions, line: Int, file: String, identity: String) {
        self.directive = directive
        self.options = options
        self.line = line
        self.file = file
        self.identity = identity
    }

    public var kind: String { directive.kindName }
    public var id: String? { directive.common.id }

    /// How the build log names the directive: `lessons/06-airline.md:40 {forecast} lb3`.
    public var label: String { "\(file):\(line) {\(kind)}" + (id.map { " \($0)" } ?? "") }
}
