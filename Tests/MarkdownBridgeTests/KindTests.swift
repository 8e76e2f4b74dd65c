import MarkdownBridge
import Testing

@Suite struct KindTests {
    @Test("every node type the dialect produces has its own kind")
    func kinds() {
        let document = MarkdownDocument("""
            # Heading

            > Quote with *emphasis*, **strong**, `code`, <b>html</b>, ~~strike~~,
            > a [link](/u), an ![image](/i.png), www.example.com and a note[^1].\\
            > After a hard break.

            - [x] task
            1. ordered

            ```{forecast}
            look_back: 3
            ```

            <div>block</div>

            ***

            | a |
            | - |
            | b |

            [^1]: The note.
            """)
        let kinds = Set(document.nodes.map(\.kind))
        #expect(kinds == [
            .document, .heading(level: 1), .blockQuote, .paragraph, .list, .item, .codeBlock, .htmlBlock,
            .thematicBreak, .table, .tableHeader, .tableRow, .tableCell, .footnoteDefinition,
            .text, .emphasis, .strong, .code, .htmlInline, .strikethrough, .link, .image,
            .footnoteReference, .softBreak, .lineBreak,
        ])
    }

    @Test("only fenced code blocks have an info string")
    func fenceInfo() {
        let document = MarkdownDocument("""
            ```{forecast} extra words
            a
            ```

            ~~~
            b
            ~~~

                indented
            """)
        #expect(document.nodes.filter { $0.kind == .codeBlock }.map(\.fenceInfo) == ["{forecast} extra words", "", nil])
        #expect(document.root.fenceInfo == nil)
    }
}
