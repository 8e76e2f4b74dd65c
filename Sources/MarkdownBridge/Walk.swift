import CCmarkGFM

extension MarkdownDocument {
    /// Every node in document order (a node before its children), the document node first.
    /// Each step is taken from the tree as it is at that moment.
    public var nodes: MarkdownNodeSequence { MarkdownNodeSequence(document: self) }
}

public struct MarkdownNodeSequence: Sequence {
    let document: MarkdownDocument

    public func makeIterator() -> Iterator { Iterator(document: document) }

    public struct Iterator: IteratorProtocol {
        let document: MarkdownDocument
        private var last: OpaquePointer?
        private var started = false

        init(document: MarkdownDocument) { self.document = document }

        public mutating func next() -> MarkdownNode? {
            let node: OpaquePointer?
            if !started {
                started = true
                node = document.rootPointer
            } else if let last {
                node = document.node(after: last)
            } else {
                node = nil
            }
            last = node
            return node.map { MarkdownNode(document: document, pointer: $0) }
        }
    }
}

extension MarkdownDocument {
    /// The node that follows `node` in document order, in the tree as it is now.
    func node(after node: OpaquePointer) -> OpaquePointer? {
        if let child = cmark_node_first_child(node) { return child }
        var current = node
        while current != rootPointer {
            if let sibling = cmark_node_next(current) { return sibling }
            guard let parent = cmark_node_parent(current) else { return nil }
            current = parent
        }
        return nil
    }
}
