import ArgumentParser
import Directives
import Foundation
import SiteBuilder

/// `lstmbook render`: one lesson to HTML, for a quick look or for another site generator.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render one lesson to HTML: the whole page, or only its body with --fragment.")

    @Argument(help: "The lesson's Markdown file.")
    var file: String

    @Option(name: .shortAndLong, help: "Write here instead of to standard output (atomically).")
    var output: String?

    @Flag(help: "Only the lesson body, without the page around it.")
    var fragment = false

    @Option(name: .shortAndLong, help: "How many directives may run at once.")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        let (html, problems) = Site.renderLesson(at: URL(fileURLWithPath: file), displayPath: file, fragment: fragment, jobs: max(1, jobs))
        if let html {
            if let output {
                do {
                    try AtomicFile.write(Data(html.utf8), to: URL(fileURLWithPath: output))
                } catch {
                    throw CLIError("cannot write \(output): \(error.localizedDescription)")
                }
            } else {
                FileHandle.standardOutput.write(Data(html.utf8))
            }
        }
        try Console.fail(on: problems, heldBack: [], out: nil)
    }
}
