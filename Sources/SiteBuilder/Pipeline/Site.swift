import Directives
import Foundation

/// Builds the whole site in memory: every lesson through the steps of `Pipeline/` (directives
/// run in parallel across lessons). Writing it out is `SiteWriter`'s job, so `check` can compare
/// without writing.
public struct Site: Sendable {
    public struct Configuration: Sendable {
        public var lessonsDirectory: URL
        /// How messages name the lessons folder (as the user typed it, never made absolute).
        public var lessonsDisplayPath: String
        /// How many directives may run at once.
        public var jobs: Int
        /// Where recorded results are kept between builds; `nil` runs everything afresh.
        public var cacheDirectory: URL?
        public var force: ForceRule
        public var events: BuildEvents
        /// The results the site was last built with (its `results.json`), to fold this build's
        /// values into and report drift against.
        public var previousResults: ResultsFile?

        public init(lessonsDirectory: URL, lessonsDisplayPath: String, jobs: Int, cacheDirectory: URL? = nil,
                    force: ForceRule = .none, events: BuildEvents = .silent, previousResults: ResultsFile? = nil) {
            self.lessonsDirectory = lessonsDirectory
            self.lessonsDisplayPath = lessonsDisplayPath
            self.jobs = jobs
            self.cacheDirectory = cacheDirectory
            self.force = force
            self.events = events
            self.previousResults = previousResults
        }
    }

    /// One file of the built site.
    public struct File: Sendable, Equatable {
        public let name: String
        public let data: Data
    }

    /// The built site: the files to write, the problems found, and the pages that must not be
    /// overwritten because their lesson has problems (the previous page stays in place).
    public struct Build: Sendable {
        public let files: [File]
        public let problems: [Diagnostic]
        /// Pages not to write because their lesson has problems; the previous page stays.
        public let heldBack: [String]
        /// Those pages as they render now, with error boxes where directives failed: what a live
        /// preview shows instead of the stale page.
        public let drafts: [File]
        public let pageCount: Int
        /// Directives that ran, and that came from the cache.
        public let ran: Int
        public let cached: Int
        /// Values that differ from the previous results.
        public let drift: [Drift]
    }

    public let configuration: Configuration

    public init(_ configuration: Configuration) {
        self.configuration = configuration
    }

    /// read → parse → check → run → present → render, for every lesson of the folder; writing is
    /// `SiteWriter`'s step, so `check` and `serve` can stop before it.
    public func build() -> Build {
        let folder: ReadStep.Folder
        switch ReadStep.folder(configuration.lessonsDirectory, displayPath: configuration.lessonsDisplayPath) {
        case .failure(let problems):
            return Build(files: [], problems: problems.all, heldBack: [], drafts: [], pageCount: 0, ran: 0, cached: 0, drift: [])
        case .success(let read):
            folder = read
        }
        let checked = folder.lessons.map(ParseStep.parse).map(CheckStep.check)
        let ran = runStep.run(checked, alsoKeep: folder.lessonProblems.map(\.file))
        let presented = ran.lessons.map(PresentStep.present)
        // Every lesson is numbered before any is rendered, so a lesson can point into another.
        let lessons = CrossLessons(presented: presented)
        let rendered = presented.map { RenderStep.render($0, bibliography: folder.bibliography, lessons: lessons) }
        return SitePages(folder: folder, previousResults: configuration.previousResults).build(rendered, ran: ran)
    }

    private var runStep: RunStep {
        RunStep(execution: Execution(lessonsDirectory: configuration.lessonsDirectory, lessonsDisplayPath: configuration.lessonsDisplayPath,
                                     jobs: configuration.jobs, cache: configuration.cacheDirectory.map(ResultCache.init(directory:)),
                                     force: configuration.force, events: configuration.events),
                cacheDirectory: configuration.cacheDirectory)
    }
}
