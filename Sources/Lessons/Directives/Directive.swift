/// One kind of experiment a lesson can embed as a fenced block: ```` ```{forecast} ````.
///
/// A directive declares its options (the README's reference is generated from them) and turns
/// validated options into a `DirectiveResult`. It must be a pure function of its options and
/// the bytes of the data files it names, so its result can be cached and run in parallel.
public protocol Directive: Sendable {
    /// The name inside the braces.
    static var name: String { get }
    /// One line for the directive reference.
    static var summary: String { get }
    /// The options this kind takes; the options every directive takes are added by `Directives`.
    static var options: [OptionSpec] { get }

    static func run(_ options: ResolvedOptions, in context: DirectiveContext) throws(DirectiveFailure) -> DirectiveResult
}

/// A directive that could not produce its result, and the option to blame (its line is reported).
public struct DirectiveFailure: Error, Sendable {
    public let message: String
    public let option: String?

    public init(_ message: String, option: String? = nil) {
        self.message = message
        self.option = option
    }
}
