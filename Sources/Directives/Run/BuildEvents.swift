/// What a build tells the person running it, as it happens. The site builder knows nothing of
/// terminals; the CLI decides how to show these (a progress bar, plain lines, or nothing).
public struct BuildEvents: Sendable {
    /// A directive is about to run, and why it could not come from the cache.
    public var willRun: @Sendable (_ invocation: Invocation, _ reason: String) -> Void
    /// Long work inside a directive advanced (`done` of `total`, e.g. epochs).
    public var progress: @Sendable (_ invocation: Invocation, _ done: Int, _ total: Int) -> Void
    /// A directive finished running (successfully or not) after `seconds`.
    public var didRun: @Sendable (_ invocation: Invocation, _ seconds: Double) -> Void
    /// Asked before each directive starts: true when the build is stale (`serve` saw its inputs
    /// change), so the rest are skipped instead of run for a page no one will see.
    public var isCancelled: @Sendable () -> Bool = { false }

    public init(willRun: @escaping @Sendable (Invocation, String) -> Void = { _, _ in },
                progress: @escaping @Sendable (Invocation, Int, Int) -> Void = { _, _, _ in },
                didRun: @escaping @Sendable (Invocation, Double) -> Void = { _, _ in }) {
        self.willRun = willRun
        self.progress = progress
        self.didRun = didRun
    }

    public static let silent = BuildEvents()
}

/// Which directives must run even when the cache has their result.
public enum ForceRule: Sendable, Equatable {
    case none
    case all
    /// Lessons named by file name (`06-airline.md`), slug (`06-airline`) or path.
    case lessons([String])

    func applies(to invocation: Invocation) -> Bool {
        switch self {
        case .none: return false
        case .all: return true
        case .lessons(let names):
            let file = invocation.file
            let name = file.split(separator: "/").last.map(String.init) ?? file
            let slug = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
            return names.contains { $0 == file || $0 == name || $0 == slug }
        }
    }
}
