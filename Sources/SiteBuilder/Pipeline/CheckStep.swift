import Directives
/// Step 3, check: what can be known wrong with a directive without running it. `lint` ends its
/// checks here (before rendering references), so anything found here `lint` finds too; a
/// directive refused here does not run.
enum CheckStep {
    static func check(_ lesson: ParsedLesson) -> CheckedLesson {
        var refused: [String: Diagnostic] = [:]
        for invocation in lesson.draft.invocations {
            if let problem = problem(with: invocation) { refused[invocation.identity] = problem }
        }
        return CheckedLesson(parsed: lesson, refused: refused)
    }

    /// The one place a directive's own checks are called: whatever a directive can say about its
    /// options before it runs belongs here, not in its `run`.
    static func problem(with invocation: Invocation) -> Diagnostic? {
        invocation.directive.check(invocation.options, file: invocation.file)?.found(in: .check)
    }
}

/// A lesson checked: the directives that may run, and those refused with their problem.
struct CheckedLesson {
    let parsed: ParsedLesson
    /// Problems by `Invocation.identity`.
    let refused: [String: Diagnostic]

    /// The directives to run, in reading order.
    var runnable: [Invocation] { parsed.draft.invocations.filter { refused[$0.identity] == nil } }
}
