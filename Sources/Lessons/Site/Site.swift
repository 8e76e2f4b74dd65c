import Foundation

/// Builds the whole site in memory: every lesson parsed, every directive run (in parallel), every
/// page rendered. Writing it out is `SiteWriter`'s job, so `check` can compare without writing.
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

    public func build() -> Build {
        let catalog: LessonCatalog
        do {
            catalog = try LessonCatalog(directory: configuration.lessonsDirectory, displayPath: configuration.lessonsDisplayPath)
        } catch {
            return Build(files: [], problems: error.all, heldBack: [], drafts: [], pageCount: 0, ran: 0, cached: 0, drift: [])
        }
        let drafts = catalog.lessons.map(LessonDraft.init(source:))
        var bibliography: Bibliography?
        var bibliographyProblems: [Diagnostic] = []
        do {
            bibliography = try Bibliography.load(directory: configuration.lessonsDirectory, displayPath: configuration.lessonsDisplayPath)
        } catch {
            bibliographyProblems = error.all
        }
        let invocations = drafts.flatMap(\.invocations)
        let cache = configuration.cacheDirectory.map(ResultCache.init(directory:))
        let execution = Execution(lessonsDirectory: configuration.lessonsDirectory, lessonsDisplayPath: configuration.lessonsDisplayPath,
                                  jobs: configuration.jobs, cache: cache, force: configuration.force, events: configuration.events)
        var manifest = configuration.cacheDirectory.map(RunManifest.load(from:)) ?? RunManifest()
        let report = execution.outputs(for: invocations, previous: manifest)
        let outputs = report.outputs
        if let directory = configuration.cacheDirectory {
            manifest.record(report.keys, lessons: Set(catalog.lessons.map(\.displayPath) + catalog.problems.map(\.file)))
            try? manifest.save(to: directory)
        }

        var files: [File] = []
        var problems = catalog.problems + bibliographyProblems
        var searchSections: [SearchIndex.Section] = []
        var heldBack = catalog.unreadable.map { $0 + ".html" }
        var draftPages: [File] = []
        var lessonValues: [(file: String, values: [(invocation: Invocation, values: [NamedValue])])] = []
        var failedLessons = Set(catalog.problems.map(\.file))
        var offset = 0
        let ownOutputs = drafts.map { draft in
            defer { offset += draft.invocations.count }
            return Array(outputs[offset..<offset + draft.invocations.count])
        }
        // Every lesson is numbered before any is finished, so a lesson can point into another.
        let lessons = CrossLessons(drafts: drafts, outputs: ownOutputs)
        for (index, draft) in drafts.enumerated() {
            let finished = draft.finish(outputs: ownOutputs[index], bibliography: bibliography, lessons: lessons)
            let (body, lessonProblems) = (finished.html, finished.problems)
            lessonValues.append((draft.source.displayPath, finished.values))
            let page = PageTemplate.lessonPage(PageTemplate.Lesson(
                title: draft.source.frontMatter.title,
                summary: draft.source.frontMatter.summary,
                language: draft.source.frontMatter.language,
                position: (index + 1, drafts.count),
                body: body,
                previous: index > 0 ? link(drafts[index - 1]) : nil,
                next: index + 1 < drafts.count ? link(drafts[index + 1]) : nil,
                headings: finished.headings))
            let name = draft.source.slug + ".html"
            searchSections += SearchIndex.sections(page: name, title: draft.source.frontMatter.title, body: body, headings: finished.headings)
            if lessonProblems.isEmpty {
                files.append(File(name: name, data: Data(page.utf8)))
                files += finished.downloads
            } else {
                heldBack.append(name)
                draftPages.append(File(name: name, data: Data(page.utf8)))
                failedLessons.insert(draft.source.displayPath)
                problems += lessonProblems
            }
        }
        if catalog.problems.isEmpty {
            let entries = drafts.map {
                IndexPage.Entry(href: $0.source.slug + ".html", title: $0.source.frontMatter.title, summary: $0.source.frontMatter.summary,
                                language: $0.source.frontMatter.language)
            }
            files.append(File(name: "index.html", data: Data(IndexPage.html(entries: entries).utf8)))
        } else {
            heldBack.append("index.html")
        }
        let results = ResultsUpdate(previous: configuration.previousResults, lessons: lessonValues, keep: failedLessons)
        files.append(File(name: ResultsFile.fileName, data: results.file.data))
        files.append(File(name: DriftPage.fileName, data: Data(DriftPage.html(results.file).utf8)))
        files += SiteAssets.files
        // The index holds every lesson's text: with a lesson held back it would describe a page
        // that is not written, so the previous index stays, as the previous page does.
        if problems.isEmpty {
            files.append(File(name: SearchIndex.fileName, data: Data(SearchIndex.javascript(searchSections).utf8)))
        } else {
            heldBack.append(SearchIndex.fileName)
        }
        return Build(files: files, problems: problems, heldBack: heldBack, drafts: draftPages, pageCount: drafts.count + 2, ran: report.ran, cached: report.cached, drift: results.changes)
    }

    private func link(_ draft: LessonDraft) -> PageTemplate.Link {
        PageTemplate.Link(href: draft.source.slug + ".html", title: draft.source.frontMatter.title, language: draft.source.frontMatter.language)
    }
}
