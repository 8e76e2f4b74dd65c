import ArgumentParser
import Directives
import Foundation
import SiteBuilder

/// `lstmbook lint`: checks lessons without running their experiments — front matter,
/// directives and their options, references to directive ids, equations — in well under a
/// second, for an editor's save hook.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check lessons without running them: front matter, directives, options, references, equations.")

    @Argument(help: "The lessons to check (default: every lesson in lessons/).")
    var files: [String] = []

    func run() throws {
        let paths = files.isEmpty ? Self.lessons(in: "lessons") : files
        var problems: [Diagnostic] = []
        for path in paths {
            guard let bytes = FileManager.default.contents(atPath: path) else {
                problems.append(Diagnostic(file: path, line: 1, message: "cannot read the lesson"))
                continue
            }
            problems += Site.lint(bytes, displayPath: path)
        }
        if problems.isEmpty {
            Console.note("\(paths.count) lesson\(paths.count == 1 ? "" : "s") checked: no problems")
            return
        }
        try Console.fail(on: problems, heldBack: [], out: nil)
    }

    private static func lessons(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().filter { $0.hasSuffix(".md") && !$0.hasPrefix("_") && !$0.hasPrefix(".") }.map { "\(folder)/\($0)" }
    }
}
