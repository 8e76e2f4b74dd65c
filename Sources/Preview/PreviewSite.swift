import Directives
import Foundation
import SiteBuilder

/// What the preview serves for one build, by file name: every file of the site, the drafts of
/// held-back pages in their place (with their error boxes), and explanatory pages where a lesson
/// or the index could not be built. Only these names are ever served, so no request can reach
/// a file on disk.
struct PreviewSite: Sendable, Equatable {
    let files: [String: Data]
    /// The build's problems, shown at the top of every page.
    let problems: [Diagnostic]
    /// True for the stand-in served while the first build runs.
    let isBuilding: Bool

    /// Serves the stylesheet and scripts a build writes, so the waiting page looks and works like
    /// the site, and waits for the rest.
    static let building = PreviewSite(
        files: Dictionary(uniqueKeysWithValues: SiteAssets.files.map { ($0.name, $0.data) }), problems: [], isBuilding: true)

    private init(files: [String: Data], problems: [Diagnostic], isBuilding: Bool) {
        self.files = files
        self.problems = problems
        self.isBuilding = isBuilding
    }

    init(_ build: Site.Build) {
        var files: [String: Data] = [:]
        for file in build.files + build.drafts { files[file.name] = file.data }
        let pages = Self.pageNames(in: files)
        // A lesson that could not be read has no draft either; its page explains why, so the
        // author's open tab shows the problem instead of a 404.
        for problem in build.problems where problem.file.hasSuffix(".md") {
            let name = String(problem.file.split(separator: "/").last?.dropLast(3) ?? "") + ".html"
            if files[name] == nil { files[name] = Data(PreviewPages.unreadable(problem.file, pages: pages).utf8) }
        }
        if files["index.html"] == nil { files["index.html"] = Data(PreviewPages.missingIndex(pages: pages).utf8) }
        self.init(files: files, problems: build.problems, isBuilding: false)
    }

    /// The status and bytes for `name`; any name not in the build gets a page saying so.
    func file(named name: String) -> (status: Int, contentType: String, data: Data) {
        if let data = files[name] { return (200, ContentType.of(name), data) }
        if isBuilding { return (503, ContentType.html, Data(PreviewPages.building().utf8)) }
        return (404, ContentType.html, Data(PreviewPages.notFound(name, pages: Self.pageNames(in: files)).utf8))
    }

    private static func pageNames(in files: [String: Data]) -> [String] {
        files.keys.filter { $0.hasSuffix(".html") }.sorted()
    }
}
