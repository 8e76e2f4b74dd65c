import Directives
/// Step 2, parse: a lesson's Markdown into a document, each directive block into an
/// `Invocation` with its options read and typed (`LessonDraft` does the work).
enum ParseStep {
    static func parse(_ source: LessonSource) -> ParsedLesson {
        let draft = LessonDraft(source: source)
        return ParsedLesson(draft: draft, problems: draft.problems.found(in: .parse))
    }
}

/// A lesson parsed: the draft to render, and what parsing found wrong.
struct ParsedLesson {
    let draft: LessonDraft
    let problems: [Diagnostic]

    var source: LessonSource { draft.source }
}
