import Directives
import Foundation

/// Finds the lessons in a folder: every `*.md` file except those whose name starts with `_` or
/// `.` (drafts and partials), read and put in table-of-contents order.
struct LessonCatalog {
    /// Lesson names whose page would overwrite a page the site writes itself.
    static let reservedNames = ["index.md": "the table of contents (index.html)", "drift.md": "the drift report (drift.html)"]

    let lessons: [LessonSource]
    /// Lessons that could not be read (not UTF-8, bad front matter…).
    let problems: [Diagnostic]
    /// The slugs of those lessons, whose pages must be kept as they are.
    let unreadable: [String]

    init(directory: URL, displayPath: String) throws(Diagnostics) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw Diagnostics([Diagnostic(file: displayPath, line: 1, message: "cannot read the lessons folder: \(RegularFile.reason(error))")])
        }
        var lessons: [LessonSource] = []
        var problems: [Diagnostic] = []
        var unreadable: [String] = []
        let tree = LessonTree(directory)
        for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix("_") && !name.hasPrefix(".") {
            let url = directory.appendingPathComponent(name)
            let shown = LessonTree.join(displayPath, name)
            if let page = Self.reservedNames[name] {
                let message = "a lesson cannot be named '\(name)': lstmbook writes \(page) itself; rename the lesson"
                problems.append(Diagnostic(file: shown, line: 1, message: message))
                continue
            }
            guard tree.containsResolved(url) else {
                let message = "the lesson is a symbolic link that leads outside the lessons folder; copy the file in instead"
                problems.append(Diagnostic(file: shown, line: 1, message: message))
                continue
            }
            do {
                lessons.append(try LessonSource(url: url, displayPath: shown))
            } catch {
                problems += error.all
                unreadable.append(String(name.dropLast(3)))
            }
        }
        self.lessons = lessons.sorted { ($0.frontMatter.order ?? Int.max, $0.slug) < ($1.frontMatter.order ?? Int.max, $1.slug) }
        self.problems = problems
        self.unreadable = unreadable
    }
}
