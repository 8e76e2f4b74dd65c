import MarkdownBridge
import Testing

/// `document.nodes` walks the tree as it is at each step, so the runner can replace nodes as
/// it meets them.
@Suite struct WalkTests {
    static let markdown = """
        # Title

        First *paragraph*.

        ```{activation}
        range: [-4, 4]
        ```

        Last paragraph.
        """

    static func kinds(_ nodes: some Sequence<MarkdownNode>) -> [String] {
        nodes.map { node in node.kind == .text ? "text \(node.literal ?? "")" : "\(node.kind)" }
    }

    @Test("document order: a node before its children, the document first")
    func order() {
        #expect(Self.kinds(MarkdownDocument(Self.markdown).nodes) == [
            "document", "heading(level: 1)", "text Title",
            "paragraph", "text First ", "emphasis", "text paragraph", "text .",
            "codeBlock",
            "paragraph", "text Last paragraph.",
        ])
    }

    @Test("replacing the node just met skips its children and goes on after it")
    func replaceCurrent() throws {
        let document = MarkdownDocument(Self.markdown)
        var seen: [MarkdownNode] = []
        for node in document.nodes {
            seen.append(node)
            if node.kind == .paragraph || node.kind == .codeBlock {
                try node.replace(withHTMLBlock: "<div>\(node.startLine)</div>")
            }
        }
        #expect(Self.kinds(seen) == ["document", "heading(level: 1)", "text Title", "paragraph", "codeBlock", "paragraph"])
        #expect(document.renderHTML() == "<h1>Title</h1>\n<div>3</div>\n<div>5</div>\n<div>9</div>\n")
    }

    @Test("replacing an enclosing node leaves the rest of its subtree unvisited")
    func replaceAncestor() throws {
        let document = MarkdownDocument(Self.markdown)
        var seen: [MarkdownNode] = []
        for node in document.nodes {
            seen.append(node)
            if node.literal == "First " { try node.parent?.replace(withHTMLBlock: "<p>replaced</p>") }
        }
        #expect(Self.kinds(seen) == [
            "document", "heading(level: 1)", "text Title",
            "paragraph", "text First ",
            "codeBlock",
            "paragraph", "text Last paragraph.",
        ])
        #expect(document.renderHTML().contains("<p>replaced</p>\n<pre><code"))
    }

    @Test("a node replaced before the walk reaches it is met as its replacement")
    func replaceAhead() throws {
        let document = MarkdownDocument(Self.markdown)
        var seen: [MarkdownNode] = []
        for node in document.nodes {
            seen.append(node)
            if node.kind == .heading(level: 1) {
                let code = try #require(document.root.children.first { $0.kind == .codeBlock })
                try code.replace(withHTMLBlock: "<figure></figure>")
            }
        }
        #expect(Self.kinds(seen).filter { !$0.hasPrefix("text") }
            == ["document", "heading(level: 1)", "paragraph", "emphasis", "htmlBlock", "paragraph"])
    }

    @Test("collecting first, then replacing, works too")
    func collectThenReplace() throws {
        let document = MarkdownDocument(Self.markdown)
        let blocks = document.root.children.filter { $0.kind != .heading(level: 1) }
        for block in blocks { try block.replace(withHTMLBlock: "<hr>") }
        #expect(document.renderHTML() == "<h1>Title</h1>\n<hr>\n<hr>\n<hr>\n")
        #expect(blocks.allSatisfy { $0.parent == nil })
    }

    @Test("a handle keeps its document alive, and the last handle frees it")
    func lifetime() throws {
        weak var weakDocument: MarkdownDocument?
        var node: MarkdownNode? = {
            let document = MarkdownDocument("Kept *alive*.")
            weakDocument = document
            return document.nodes.first { $0.kind == .emphasis }
        }()
        #expect(weakDocument != nil)
        #expect(node?.children.first?.literal == "alive")
        #expect(node?.parent?.parent?.kind == .document)
        node = nil
        #expect(weakDocument == nil)
    }
}
