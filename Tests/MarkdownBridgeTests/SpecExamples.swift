import Foundation

/// One example of the GFM spec's format: a fence of 32 backticks and ` example` (and maybe
/// extension names), the Markdown, a line holding only `.`, the expected HTML, the closing fence.
struct SpecExample {
    let file: String
    /// 1-based, in the file's order, as the spec numbers them.
    let number: Int
    /// The line of the opening fence.
    let line: Int
    /// The Markdown, with `→` turned back into the tab it stands for.
    let markdown: String

    static let directory = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Conformance")

    /// The examples of `Conformance/<file>`, read as the spec's own test runner
    /// (`spec_tests.py`) reads them.
    static func load(_ file: String) throws -> [SpecExample] {
        let text = try String(contentsOf: directory.appending(path: file), encoding: .utf8)
        let fence = String(repeating: "`", count: 32)
        var examples: [SpecExample] = []
        var inMarkdown = false, inHTML = false
        var markdown = "", start = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix(fence + " example") {
                inMarkdown = true
                markdown = ""
                start = index + 1
            } else if trimmed == fence, inMarkdown || inHTML {
                inMarkdown = false
                inHTML = false
                examples.append(SpecExample(
                    file: file, number: examples.count + 1, line: start,
                    markdown: markdown.replacingOccurrences(of: "→", with: "\t")))
            } else if trimmed == ".", inMarkdown {
                inMarkdown = false
                inHTML = true
            } else if inMarkdown {
                markdown += line + "\n"
            }
        }
        return examples
    }
}
