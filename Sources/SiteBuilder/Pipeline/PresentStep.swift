import Directives
import Foundation

/// Step 5, present: each directive's recorded output into figures, tables and named values, and
/// every directive's fate gathered with the lesson's problems so far, in reading order.
enum PresentStep {
    static func present(_ lesson: RanLesson) -> PresentedLesson {
        let parsed = lesson.checked.parsed
        var outcomes: [String: DirectiveOutcome] = [:]
        var problems = parsed.problems
        for invocation in parsed.draft.invocations {
            let outcome: DirectiveOutcome
            if let refused = lesson.checked.refused[invocation.identity] {
                outcome = .failed(refused)
            } else if let output = lesson.outputs[invocation.identity] {
                switch output.flatMap({ present(invocation, $0) }) {
                case .success(let result): outcome = .shown(result)
                case .failure(let problem): outcome = .failed(problem)
                }
            } else {
                outcome = .notRun
            }
            if case .failed(let problem) = outcome { problems.append(problem) }
            outcomes[invocation.identity] = outcome
        }
        return PresentedLesson(parsed: parsed, outcomes: outcomes, problems: problems)
    }

    /// Turns a recorded output into figures, tables and values.
    private static func present(_ invocation: Invocation, _ data: Data) -> Result<DirectiveResult, Diagnostic> {
        guard let result = invocation.directive.presentEncoded(data) else {
            return .failure(Diagnostic(file: invocation.file, line: invocation.line,
                                       message: "{\(invocation.kind)}: its recorded result could not be read", stage: .present))
        }
        return .success(result)
    }
}

/// A lesson with every directive's outcome, ready to render.
struct PresentedLesson {
    let parsed: ParsedLesson
    /// By `Invocation.identity`.
    let outcomes: [String: DirectiveOutcome]
    /// Parse, check, run and present problems, in that order; a directive's in reading order.
    let problems: [Diagnostic]
}
