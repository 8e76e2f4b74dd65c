import Directives
import Foundation

/// Step 1, read: lesson files into `LessonSource`s, and the bibliography beside them.
enum ReadStep {
    /// The lessons of a folder, in table-of-contents order, and what could not be read.
    struct Folder {
        let lessons: [LessonSource]
        /// Lessons that could not be read, and a bibliography that could not.
        let problems: [Diagnostic]
        /// Of `problems`, those of lessons (a bibliography's do not hold back any page).
        let lessonProblems: [Diagnostic]
        /// The slugs of lessons that could not be read, whose pages must be kept as they are.
        let unreadable: [String]
        let bibliography: Bibliography?
    }

    /// Every lesson in `directory`; fails only when the folder itself cannot be listed.
    static func folder(_ directory: URL, displayPath: String) -> Result<Folder, Diagnostics> {
        let catalog: LessonCatalog
        do {
            catalog = try LessonCatalog(directory: directory, displayPath: displayPath)
        } catch {
            return .failure(Diagnostics(error.all.found(in: .read)))
        }
        let (bibliography, problems) = Self.bibliography(directory, displayPath: displayPath)
        let lessonProblems = catalog.problems.found(in: .read)
        return .success(Folder(lessons: catalog.lessons, problems: lessonProblems + problems, lessonProblems: lessonProblems,
                               unreadable: catalog.unreadable, bibliography: bibliography))
    }

    /// One lesson file.
    static func file(at url: URL, displayPath: String) -> Result<LessonSource, Diagnostics> {
        Result { () throws(Diagnostics) in try LessonSource(url: url, displayPath: displayPath) }.mapError { Diagnostics($0.all.found(in: .read)) }
    }

    /// A lesson's bytes, from wherever they came (an editor's buffer, the fuzzer).
    static func bytes(_ bytes: Data, displayPath: String) -> Result<LessonSource, Diagnostics> {
        Result { () throws(Diagnostics) in try LessonSource(bytes: bytes, displayPath: displayPath, slug: "lesson") }
            .mapError { Diagnostics($0.all.found(in: .read)) }
    }

    /// The bibliography in `directory`, if any, or the problems that kept it from being read.
    static func bibliography(_ directory: URL, displayPath: String) -> (Bibliography?, [Diagnostic]) {
        do {
            return (try Bibliography.load(directory: directory, displayPath: displayPath), [])
        } catch {
            return (nil, error.all.found(in: .read))
        }
    }
}
