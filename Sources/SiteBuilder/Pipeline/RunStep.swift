import Directives
import Foundation

/// Step 4, run: every lesson's runnable directives, through the cache, in parallel across
/// lessons. Each lesson gets back its own outputs, by directive identity.
struct RunStep {
    let execution: Execution
    /// Where the cache keeps its manifest of keys; `nil` when there is no cache.
    let cacheDirectory: URL?

    /// What a run of several lessons did.
    struct Ran {
        let lessons: [RanLesson]
        /// Directives that ran, and that came from the cache.
        let ran: Int
        let cached: Int
    }

    /// `alsoKeep` names lesson files that could not be read: their recorded keys stay wanted.
    func run(_ lessons: [CheckedLesson], alsoKeep unreadable: [String] = []) -> Ran {
        var manifest = cacheDirectory.map(RunManifest.load(from:)) ?? RunManifest()
        let report = execution.outputs(for: lessons.flatMap(\.runnable), previous: manifest)
        if let cacheDirectory {
            manifest.record(report.keys, lessons: Set(lessons.map(\.parsed.source.displayPath) + unreadable))
            // A manifest that cannot be saved only costs the reasons given on the next build.
            try? manifest.save(to: cacheDirectory)
        }
        let ran = lessons.map { lesson in
            RanLesson(checked: lesson, outputs: Dictionary(uniqueKeysWithValues: lesson.runnable.compactMap { invocation in
                report.outputs[invocation.identity].map { (invocation.identity, $0) }
            }))
        }
        return Ran(lessons: ran, ran: report.ran, cached: report.cached)
    }
}

/// A lesson whose directives ran (or not: `lint` presents a lesson with no outputs).
struct RanLesson {
    let checked: CheckedLesson
    /// Recorded outputs or run problems, by `Invocation.identity`; a directive without one did
    /// not run.
    let outputs: [String: Result<Data, Diagnostic>]
}
