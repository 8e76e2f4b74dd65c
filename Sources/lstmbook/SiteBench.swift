import Directives
import Foundation
import SiteBuilder

/// The two waits an author meets after an engine edit, timed as `lstmbook bench` reports them:
/// lesson 5 rendered alone (its `{memory}` grid of training runs is the site's longest
/// directive) and a whole build with every directive run afresh. Nothing is written and no cache
/// is read, so each figure is the full cost.
struct SiteBench {
    let lessons: URL
    let jobs: Int

    /// The lesson whose `{memory}` grid is timed.
    static let memoryLesson = "05-why-the-lstm-remembers.md"

    struct Figures {
        var memoryLessonSeconds: Double
        var buildSeconds: Double
        var directives: Int
    }

    func measure(progress: (String) -> Void) throws -> Figures {
        progress("lesson 5 alone ({memory}), \(jobs) jobs")
        let lesson = lessons.appendingPathComponent(Self.memoryLesson)
        var problems: [Diagnostic] = []
        let memorySeconds = Self.time { problems = Site.renderLesson(at: lesson, displayPath: Self.memoryLesson, fragment: true, jobs: jobs).problems }
        if let first = problems.first { throw CLIError("bench: lesson 5 did not render: \(first)") }

        progress("whole site, every directive afresh, \(jobs) jobs")
        let site = Site(Site.Configuration(lessonsDirectory: lessons, lessonsDisplayPath: lessons.lastPathComponent, jobs: jobs))
        var build: Site.Build?
        let buildSeconds = Self.time { build = site.build() }
        if let first = build!.problems.first { throw CLIError("bench: the site did not build: \(first)") }
        return Figures(memoryLessonSeconds: memorySeconds, buildSeconds: buildSeconds, directives: build!.ran)
    }

    private static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
