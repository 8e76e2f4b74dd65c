import Directives
/// Step 6, render: a lesson's body, with each directive's outcome in place, references and
/// claims filled in and checked, labels numbered, equations typeset.
enum RenderStep {
    /// `lessons`: every lesson's labels, for references into another lesson.
    static func render(_ lesson: PresentedLesson, bibliography: Bibliography?, lessons: CrossLessons?) -> RenderedLesson {
        let finished = lesson.parsed.draft.finish(outcomes: lesson.outcomes, bibliography: bibliography, lessons: lessons)
        return RenderedLesson(source: lesson.parsed.source, body: finished, problems: lesson.problems + finished.problems.found(in: .render))
    }
}

/// A lesson's body rendered, with every problem found on the way to it.
struct RenderedLesson {
    let source: LessonSource
    let body: LessonDraft.Finished
    let problems: [Diagnostic]

    var pageName: String { source.slug + ".html" }
}
