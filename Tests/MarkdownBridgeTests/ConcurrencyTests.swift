import Dispatch
import MarkdownBridge
import Synchronization
import Testing

/// The runner renders lessons in parallel. cmark-gfm registers its extensions and toggles their
/// characters in process-wide tables, which the bridge guards; without that, a parse finishing
/// on one thread turns off strikethrough and autolinks in a parse running on another.
@Suite struct ConcurrencyTests {
    static let markdown = String(repeating: """
        | model | RMSE |
        | --- | ---: |
        | ~~GRU~~ LSTM | 21.4 |

        See www.example.com/lstm and https://example.org, ~~or not~~.[^1]

        - [x] done ~~twice~~

        [^1]: ~~Footnote~~ with https://example.net.


        """, count: 20)

    @Test("documents parsed and rendered on several threads at once render as on one")
    func parallel() {
        let expected = MarkdownDocument(Self.markdown).renderHTML()
        #expect(expected.contains("<td><del>GRU</del> LSTM</td>"))
        #expect(expected.contains(#"<a href="http://www.example.com/lstm">www.example.com/lstm</a>"#))
        #expect(expected.contains(#"<p><del>Footnote</del> with <a href="https://example.net">https://example.net</a>."#))

        let differing = Atomic(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<25 where MarkdownDocument(Self.markdown).renderHTML() != expected {
                differing.add(1, ordering: .relaxed)
            }
        }
        #expect(differing.load(ordering: .relaxed) == 0, "renders that differed from the single-threaded one")
    }
}
