import Foundation

/// The render step's last part, for a whole site: each lesson's page between its neighbours,
/// the index, the results and drift pages, the shared stylesheet and script, the search index —
/// and which pages to hold back because their lesson has problems.
struct SitePages {
    let folder: ReadStep.Folder
    let previousResults: ResultsFile?

    func build(_ lessons: [RenderedLesson], ran: RunStep.Ran) -> Site.Build {
        var files: [Site.File] = []
        var problems = folder.problems
        var searchSections: [SearchIndex.Section] = []
        var heldBack = folder.unreadable.map { $0 + ".html" }
        var drafts: [Site.File] = []
        var failedLessons = Set(folder.lessonProblems.map(\.file))
        for (index, lesson) in lessons.enumerated() {
            let page = Data(Self.page(lesson, position: (index + 1, lessons.count),
                                      previous: index > 0 ? lessons[index - 1] : nil,
                                      next: index + 1 < lessons.count ? lessons[index + 1] : nil).utf8)
            searchSections += SearchIndex.sections(page: lesson.pageName, title: lesson.source.frontMatter.title,
                                                   body: lesson.body.html, headings: lesson.body.headings)
            if lesson.problems.isEmpty {
                files.append(Site.File(name: lesson.pageName, data: page))
                files += lesson.body.downloads
            } else {
                heldBack.append(lesson.pageName)
                drafts.append(Site.File(name: lesson.pageName, data: page))
                failedLessons.insert(lesson.source.displayPath)
                problems += lesson.problems
            }
        }
        if folder.lessonProblems.isEmpty {
            let entries = lessons.map {
                IndexPage.Entry(href: $0.pageName, title: $0.source.frontMatter.title, summary: $0.source.frontMatter.summary,
                                language: $0.source.frontMatter.language)
            }
            files.append(Site.File(name: "index.html", data: Data(IndexPage.html(entries: entries).utf8)))
        } else {
            heldBack.append("index.html")
        }
        let results = ResultsUpdate(previous: previousResults, lessons: lessons.map { ($0.source.displayPath, $0.body.values) }, keep: failedLessons)
        files.append(Site.File(name: ResultsFile.fileName, data: results.file.data))
        files.append(Site.File(name: DriftPage.fileName, data: Data(DriftPage.html(results.file).utf8)))
        files += SiteAssets.files
        // The index holds every lesson's text: with a lesson held back it would describe a page
        // that is not written, so the previous index stays, as the previous page does.
        if problems.isEmpty {
            files.append(Site.File(name: SearchIndex.fileName, data: Data(SearchIndex.javascript(searchSections).utf8)))
        } else {
            heldBack.append(SearchIndex.fileName)
        }
        return Site.Build(files: files, problems: problems, heldBack: heldBack, drafts: drafts, pageCount: lessons.count + 2,
                          ran: ran.ran, cached: ran.cached, drift: results.changes)
    }

    /// A lesson's whole page; `position` and neighbours are nil for a lesson rendered on its own.
    static func page(_ lesson: RenderedLesson, position: (Int, Int)?, previous: RenderedLesson?, next: RenderedLesson?) -> String {
        let front = lesson.source.frontMatter
        return PageTemplate.lessonPage(PageTemplate.Lesson(
            title: front.title, summary: front.summary, language: front.language, position: position, body: lesson.body.html,
            previous: previous.map(link), next: next.map(link), headings: lesson.body.headings))
    }

    private static func link(_ lesson: RenderedLesson) -> PageTemplate.Link {
        PageTemplate.Link(href: lesson.pageName, title: lesson.source.frontMatter.title, language: lesson.source.frontMatter.language)
    }
}
