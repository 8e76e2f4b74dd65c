/// The named steps that find problems in lessons, in the order a build takes them: `build`, `check`
/// and `serve` run them all, `render` one lesson's, `lint` all but run. A diagnostic names the step
/// that found it. The last step, writing (`SiteWriter`), fails on the output folder, never on a
/// lesson's line, so it has no stage here.
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
}
