import MarkdownBridge
import Testing

/// The lesson runner's three edits: directives become HTML blocks, `{{id.name}}` placeholders
/// get their values, code spans holding TeX become MathML.
@Suite struct EditTests {
    @Test("a directive's fenced code block becomes an HTML block")
    func directive() throws {
        let document = MarkdownDocument("""
            Intro.

            ```{forecast}
            data: data/airline-passengers.csv
            look_back: [1, 3]
            ```

            - In a list:

              ~~~{gates}
              cell: lstm
              ~~~

            ```swift
            let notADirective = true
            ```
            """, lineOffset: 3)
        let directives = document.nodes.filter { $0.fenceInfo?.hasPrefix("{") == true }
        #expect(directives.map(\.fenceInfo) == ["{forecast}", "{gates}"])
        #expect(directives.map(\.literal) == ["data: data/airline-passengers.csv\nlook_back: [1, 3]\n", "cell: lstm\n"])
        #expect(directives.map(\.startLine) == [6, 13])  // file lines: 3 lines of front matter came first

        for (number, directive) in directives.enumerated() {
            let figure = try directive.replace(withHTMLBlock: "<figure id=\"f\(number + 1)\"><svg/></figure>")
            #expect(figure.kind == .htmlBlock)
            #expect(figure.startLine == directive.startLine)
            #expect(figure.endLine == directive.endLine)
        }
        #expect(document.renderHTML() == """
            <p>Intro.</p>
            <figure id="f1"><svg/></figure>
            <ul>
            <li>
            <p>In a list:</p>
            <figure id="f2"><svg/></figure>
            </li>
            </ul>
            <pre><code class="language-swift">let notADirective = true
            </code></pre>

            """)
    }

    @Test("a placeholder is one text node, even with markup characters in it, and takes its value")
    func placeholder() throws {
        let document = MarkdownDocument("RMSE: {{lb1.test_rmse}} (train *{{lb1.train_rmse}}*), not `{{lb1.x}}`.")
        let texts = document.nodes.filter { $0.kind == .text }
        #expect(texts.map(\.literal) == ["RMSE: {{lb1.test_rmse}} (train ", "{{lb1.train_rmse}}", "), not ", "."])
        for text in texts {
            let literal = text.literal ?? ""
            try text.setLiteral(literal
                .replacingOccurrences(of: "{{lb1.test_rmse}}", with: "21.4 < 30")
                .replacingOccurrences(of: "{{lb1.train_rmse}}", with: "18.9"))
        }
        // Set text is text: escaped when rendered.
        #expect(document.renderHTML() == "<p>RMSE: 21.4 &lt; 30 (train <em>18.9</em>), not <code>{{lb1.x}}</code>.</p>\n")
    }

    @Test("a code span holding TeX becomes inline MathML")
    func math() throws {
        let document = MarkdownDocument(#"The output is `$h_t = o_t \odot \tanh(c_t)$`, and `code` stays."#)
        let spans = document.nodes.filter { $0.kind == .code }
        #expect(spans.map(\.literal) == [#"$h_t = o_t \odot \tanh(c_t)$"#, "code"])
        try spans[0].replace(withInlineHTML: "<math><mi>h</mi></math>")
        #expect(document.renderHTML() == "<p>The output is <math><mi>h</mi></math>, and <code>code</code> stays.</p>\n")
    }

    @Test("edits that cannot be made throw and change nothing")
    func refused() throws {
        let document = MarkdownDocument("""
            - item with `code`

            | a |
            | - |
            | b |
            """)
        let before = document.renderHTML()
        func node(_ kind: MarkdownNodeKind) throws -> MarkdownNode {
            try #require(document.nodes.first { $0.kind == kind })
        }
        #expect(throws: MarkdownEditError.cannotReplace(.document)) { try document.root.replace(withHTMLBlock: "<hr>") }
        #expect(throws: MarkdownEditError.cannotReplace(.item)) { try node(.item).replace(withHTMLBlock: "<li>") }
        #expect(throws: MarkdownEditError.cannotReplace(.tableRow)) { try node(.tableRow).replace(withHTMLBlock: "<tr>") }
        #expect(throws: MarkdownEditError.cannotReplace(.tableCell)) { try node(.tableCell).replace(withHTMLBlock: "<td>") }
        #expect(throws: MarkdownEditError.cannotReplace(.paragraph)) { try node(.paragraph).replace(withInlineHTML: "<b>") }
        #expect(throws: MarkdownEditError.cannotReplace(.code)) { try node(.code).replace(withHTMLBlock: "<div>") }
        #expect(throws: MarkdownEditError.notText(.code)) { try node(.code).setLiteral("x") }
        #expect(document.renderHTML() == before)
    }

    @Test("a replaced node keeps answering but cannot be edited again")
    func replacedNode() throws {
        let document = MarkdownDocument("A *stressed* word.\n")
        let emphasis = try #require(document.nodes.first { $0.kind == .emphasis })
        let text = try #require(emphasis.children.first)
        try emphasis.replace(withInlineHTML: "<mark>calm</mark>")

        #expect(emphasis.parent == nil)
        #expect(emphasis.kind == .emphasis)
        #expect(text.literal == "stressed")
        #expect(text.parent == emphasis)
        #expect(throws: MarkdownEditError.notInDocument) { try emphasis.replace(withInlineHTML: "again") }
        #expect(throws: MarkdownEditError.notInDocument) { try text.setLiteral("inside a replaced node") }
        #expect(throws: MarkdownEditError.notInDocument) { try text.replace(withInlineHTML: "inside a replaced node") }
        #expect(document.renderHTML() == "<p>A <mark>calm</mark> word.</p>\n")
    }

    @Test("a U+0000 in inserted text becomes U+FFFD instead of cutting it short")
    func nul() throws {
        let document = MarkdownDocument("`x` and text")
        try #require(document.nodes.first { $0.kind == .code }).replace(withInlineHTML: "<b>a\0b</b>")
        try #require(document.nodes.first { $0.kind == .text }).setLiteral(" and\0more")
        #expect(document.renderHTML() == "<p><b>a\u{FFFD}b</b> and\u{FFFD}more</p>\n")
    }
}
