@testable import Directives
import Foundation
import Testing

@Suite("README")
struct ReadmeTests {
    @Test func directiveReferenceMatchesTheDeclarations() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- directive-reference:begin -->\n"))
        let end = try #require(readme.range(of: "<!-- directive-reference:end -->"))
        #expect(String(readme[begin.upperBound..<end.lowerBound]) == DirectiveReference.markdown(),
                "README.md's directive reference is out of date: run `make readme`")
    }

    @Test func everyOptionIsDocumented() {
        for kind in DirectiveRegistry.kinds {
            #expect(!kind.summary.isEmpty)
            for option in kind.specs {
                #expect(option.doc.count > 10, "{\(kind.name)} option \(option.name) needs a doc line")
            }
        }
    }
}
