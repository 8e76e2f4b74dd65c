/// The named steps every command is made of, in the order a build takes them: `build` runs them
/// all, `check` all but write, `render` one lesson's, `lint` read to check (and render, to check
/// references, without running anything). A diagnostic names the step that found it.
public enum BuildStage: String, Sendable, Hashable, CaseIterable {
    /// Lesson files into sources (UTF-8, front matter); the bibliography.
    case read
    /// Markdown into a document; each directive block and its options.
    case parse
    /// What is wrong with a directive before it runs: checks across its options, its budget.
    case check
    /// Data files read; experiments run, or their recorded outputs found in the cache.
    case run
    /// Recorded outputs into figures, tables and named values.
    case present
    /// References, claims, labels, equations; the pages around the lessons.
    case render
    /// Files into the output folder.
    case write
}
