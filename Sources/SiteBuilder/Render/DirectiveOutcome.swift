import Directives
/// What became of one directive by the time its lesson is rendered.
enum DirectiveOutcome {
    /// It ran (or came from the cache) and was presented.
    case shown(DirectiveResult)
    /// It failed at some step; the page shows the problem in its place.
    case failed(Diagnostic)
    /// It was not run (`lint`): its block stays as written, and references to its values are
    /// not checked, since there are none to check them against.
    case notRun
}
