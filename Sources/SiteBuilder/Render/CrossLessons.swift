import Directives
import Foundation

/// Cross-references into another lesson: `{{fig:LESSON/id}}`, `{{tab:LESSON/id.2}}`,
/// `{{eq:LESSON/name}}`, `{{sec:LESSON/name}}`, where LESSON is the other lesson's file name
/// without `.md` (`05-why-the-lstm-remembers`). They render as "Figure 2 of lesson 5", linking
/// to the figure on that lesson's page.
///
/// A full build knows every lesson's numbers, since it runs them all. `lint` and `render`, which
/// look at one lesson without running the others, know only what the other lessons declare —
/// their directive ids, headings and equation labels — so they check that a label exists and
/// link to it as "lesson 5" (`complete` is false).
struct CrossLessons: Sendable {
    struct Lesson: Sendable {
        let slug: String
        /// Its place in the table of contents, from 1.
        let number: Int
        /// Labels as that page numbers them (`fig:recall.2`, `sec:the-data`).
        let targets: [String: CrossReference.Target]
        /// The directive ids the lesson declares: `fig:` and `tab:` labels of a lesson that was not run.
        let directiveIDs: Set<String>
        /// Whether `targets` numbers figures and tables (the lesson's directives ran).
        let complete: Bool
    }

    let lessons: [String: Lesson]

    init(_ lessons: [Lesson]) {
        self.lessons = Dictionary(lessons.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every lesson of `drafts` with its labels; with `outcomes` (per draft, in order) as built,
    /// without them as declared.
    init(drafts: [LessonDraft], outcomes: [[String: DirectiveOutcome]]? = nil) {
        self.init(drafts.enumerated().map { index, draft in
            Lesson(slug: draft.source.slug, number: index + 1, targets: draft.targets(outcomes: outcomes?[index] ?? [:]),
                   directiveIDs: Set(draft.invocations.compactMap(\.id)), complete: outcomes != nil)
        })
    }

    /// The lessons of a build, numbered as the table of contents numbers them.
    init(presented: [PresentedLesson]) {
        self.init(drafts: presented.map(\.parsed.draft), outcomes: presented.map(\.outcomes))
    }

    /// The lessons of the folder holding `lesson`, as declared (nothing is run), for `lint` and
    /// `render`; nil when the folder cannot be read as a lessons folder.
    static func declared(besides lesson: URL, displayPath: String) -> CrossLessons? {
        let folder = (displayPath as NSString).deletingLastPathComponent
        let directory = lesson.deletingLastPathComponent()
        guard let catalog = try? LessonCatalog(directory: directory, displayPath: folder.isEmpty ? "." : folder) else { return nil }
        return CrossLessons(drafts: catalog.lessons.map(LessonDraft.init(source:)))
    }

    /// `fig:LESSON/id.2` → ("fig", "LESSON", "fig:id.2"); nil for a label of this page.
    static func split(_ label: String) -> (kind: String, lesson: String, label: String)? {
        guard let colon = label.firstIndex(of: ":"), let slash = label.firstIndex(of: "/"), colon < slash else { return nil }
        let kind = String(label[..<colon])
        return (kind, String(label[label.index(after: colon)..<slash]), kind + ":" + label[label.index(after: slash)...])
    }

    enum Resolved {
        case link(text: String, href: String)
        case problem(String)
    }

    func resolve(_ label: String, words: SiteWords) -> Resolved {
        guard let (kind, slug, local) = Self.split(label) else {
            return .problem("cross-reference {{\(label)}} must have the form {{kind:LESSON/label}}")
        }
        guard let lesson = lessons[slug] else {
            let slugs = lessons.keys.sorted()
            return .problem("cross-reference {{\(label)}} names no lesson '\(slug)'\(DidYouMean.hint(for: slug, among: slugs)); lessons: "
                + slugs.joined(separator: ", "))
        }
        let page = slug + ".html"
        if let target = lesson.targets[local] {
            return .link(text: words.inLesson(target.text, lesson.number), href: page + "#" + target.anchor)
        }
        if !lesson.complete, let id = CrossReference.directiveID(in: local), lesson.directiveIDs.contains(id) {
            return .link(text: words.lesson(lesson.number), href: page)
        }
        let known = lesson.targets.keys.filter { $0.hasPrefix(kind + ":") }.map { kind + ":" + slug + "/" + $0.dropFirst(kind.count + 1) }.sorted()
        let list = known.isEmpty ? "\(slug) has no \(kind): labels" : "labels in \(slug): " + known.joined(separator: ", ")
        return .problem("cross-reference {{\(label)}} names no \(CrossReference.noun(kind)) of \(slug)"
            + "\(DidYouMean.hint(for: label, among: known)); \(list)")
    }
}
