import Foundation
import MarkdownBridge
import Testing

/// Markdown without directives renders byte for byte as the reference command line renders it.
@Suite struct ConformanceTests {
    @Test("every example renders as cmark-gfm renders it", arguments: [
        ("gfm-spec.txt", 673),
        ("gfm-extensions.txt", 28),
    ])
    func examples(file: String, count: Int) throws {
        let examples = try SpecExample.load(file)
        // A reader that found nothing would make this test pass vacuously.
        try #require(examples.count == count, "read \(examples.count) examples from \(file), expected \(count)")

        let reference = try ReferenceCLI.render(examples.map(\.markdown))
        let differing = zip(examples, reference).filter { example, expected in
            Data(MarkdownDocument(example.markdown).renderHTML().utf8) != expected
        }.map(\.0)

        let identical = examples.count - differing.count
        #expect(identical == examples.count, """
            \(file): \(identical)/\(examples.count) identical; differing: \
            \(differing.map { "example \($0.number) (line \($0.line))" }.joined(separator: ", "))
            """)
    }

    @Test("a whole document renders as cmark-gfm renders it")
    func wholeSpec() throws {
        // 217 kB: long enough that the command line reads it in many 4 kB pieces while the
        // bridge parses it whole, and full of every construct at once.
        let spec = try String(contentsOf: SpecExample.directory.appending(path: "gfm-spec.txt"), encoding: .utf8)
        let reference = try ReferenceCLI.render([spec])
        #expect(Data(MarkdownDocument(spec).renderHTML().utf8) == reference[0])
    }
}
