import Foundation
@testable import SiteBuilder

/// Renders a lesson body without running anything: for the features that need no directive.
func renderBody(_ body: String, language: String = "en", bibliography: Bibliography? = nil) throws -> LessonDraft.Finished {
    let front = "---\ntitle: T\n" + (language == "en" ? "" : "lang: \(language)\n") + "---\n"
    let source = try LessonSource(bytes: Data((front + body).utf8), displayPath: "lessons/t.md", slug: "t")
    return LessonDraft(source: source).finish(outcomes: [:], bibliography: bibliography)
}

/// The repository's own lessons folder.
let repositoryLessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons")

let sampleBibliography = """
    [
      {"id": "hochreiter1997", "type": "article-journal",
       "author": [{"family": "Hochreiter", "given": "Sepp"}, {"family": "Schmidhuber", "given": "Jürgen"}],
       "issued": {"date-parts": [[1997]]}, "title": "Long Short-Term Memory", "container-title": "Neural Computation",
       "volume": "9", "issue": "8", "page": "1735-1780", "DOI": "10.1162/neco.1997.9.8.1735"},
      {"id": "cho2014", "author": [{"family": "Cho"}, {"family": "van Merriënboer"}, {"family": "Bengio"}],
       "issued": {"date-parts": [[2014]]}, "title": "Learning Phrase Representations"}
    ]
    """
