import CCmarkGFM

extension MarkdownNode {
    /// The node just before this one under the same parent (e.g. the text before a code span).
    public var previousSibling: MarkdownNode? {
        cmark_node_previous(pointer).map { MarkdownNode(document: document, pointer: $0) }
    }

    /// The node just after this one under the same parent.
    public var nextSibling: MarkdownNode? {
        cmark_node_next(pointer).map { MarkdownNode(document: document, pointer: $0) }
    }
}
