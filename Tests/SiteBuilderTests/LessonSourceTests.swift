@testable import Directives
import Foundation
@testable import SiteBuilder
import Testing

@Suite("Lesson files and front matter")
struct LessonSourceTests {
    func load(_ text: String) throws(Diagnostics) -> LessonSource {
        try LessonSource(bytes: Data(text.utf8), displayPath: "lessons/a.md", slug: "a")
    }

    func problem(_ bytes: Data) -> String? {
        do {
            _ = try LessonSource(bytes: bytes, displayPath: "lessons/a.md", slug: "a")
            return nil
        } catch {
            return error.all.map(\.description).joined(separator: "\n")
        }
    }

    func problem(_ text: String) -> String? { problem(Data(text.utf8)) }

    @Test func splitsFrontMatterAndCountsLines() throws {
        let source = try load("---\ntitle: Gates\norder: 3\nsummary: How gates work.\n---\n# Body\n")
        #expect(source.frontMatter == FrontMatter(title: "Gates", order: 3, summary: "How gates work.", language: "en"))
        #expect(source.body == "# Body\n")
        #expect(source.bodyLineOffset == 5)
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let source = try LessonSource(bytes: Data([0xEF, 0xBB, 0xBF]) + Data("---\r\ntitle: T\r\n---\r\nHi\r\n".utf8), displayPath: "lessons/a.md",
            slug: "a")
        #expect(source.frontMatter.title == "T")
        #expect(source.body == "Hi\n")
    }

    @Test func badFrontMatter() {
        #expect(problem("# no front matter")
            == "lessons/a.md:1: the lesson must start with front matter: a '---' line, `title: …`, and a closing '---' line")
        #expect(problem("---\ntitle: x\n") == "lessons/a.md:1: the front matter opened here is never closed; add a '---' line after it")
        #expect(problem("---\norder: 2\n---\n")
            == "lessons/a.md:1: front matter needs option 'title' (text): The lesson's title, shown as its heading and in the index.")
        #expect(problem("---\ntitle: x\ntitel: y\n---\n")?
            .hasPrefix("lessons/a.md:3: unknown option 'titel' for front matter (did you mean 'title'?)") == true)
        #expect(problem("---\ntitle: [unclosed\n---\n")?.contains("front matter is not valid YAML") == true)
        #expect(problem("---\ntitle: x\norder: first\n---\n") == "lessons/a.md:3: 'order' must be an integer, not 'first'")
    }

    @Test func emptyAndNotUTF8() {
        #expect(problem("") == "lessons/a.md:1: the lesson is empty; it needs front matter with a title and some Markdown")
        #expect(problem(" \n\n") == "lessons/a.md:1: the lesson is empty; it needs front matter with a title and some Markdown")
        #expect(problem(Data("---\ntitle: x\n---\nok\n".utf8) + Data([0xC3, 0x28]))
            == "lessons/a.md:5: the lesson is not valid UTF-8 (byte 21 of the file); save it as UTF-8")
    }

    @Test func chineseIsFine() throws {
        let source = try load("---\ntitle: 长短期记忆\nlang: zh\n---\n遗忘门决定保留什么。\n")
        #expect(source.frontMatter.title == "长短期记忆")
        #expect(source.frontMatter.language == "zh")
    }
}
