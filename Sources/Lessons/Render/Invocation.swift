/// One directive block found in a lesson, with its options validated but not yet run.
public struct Invocation: Sendable, Hashable {
    public let kind: String
    public let options: ResolvedOptions
    /// The line of the opening fence.
    public let line: Int
    public let file: String

    public var id: String? { options.text("id") }
}
