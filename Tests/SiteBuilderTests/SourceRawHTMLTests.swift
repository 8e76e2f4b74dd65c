@testable import Directives
import Foundation
import MarkdownBridge
@testable import SiteBuilder
import Testing

/// The committed lessons use no raw HTML that the default policy would change: each renders
/// the same filtered as trusted, so filtering by default costs them nothing.
@Suite("Committed lessons and the raw HTML policy")
struct SourceRawHTMLTests {
    @Test func committedLessonsRenderTheSameFilteredAndTrusted() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("lessons")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(names.count >= 8)
        for name in names {
            let source = try LessonSource(url: folder.appendingPathComponent(name), displayPath: "lessons/" + name)
            #expect(source.frontMatter.rawHTML == .filtered, "\(name) should not need trusted raw HTML")
            func rendered(_ policy: RawHTMLPolicy) -> String {
                let document = MarkdownDocument(source.body)
                document.apply(policy)
                return document.renderHTML()
            }
            #expect(rendered(.filtered) == rendered(.trusted), "\(name) has raw HTML or links the filter changes")
        }
    }
}
