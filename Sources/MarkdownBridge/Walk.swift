import CCmarkGFM

extension MarkdownDocument {
    /// Every node in document order (a node before its children), the document node first.
    ///
    /// Each step is taken from the tree as it is at that moment, so nodes may be replaced while
    /// iterating: replacing the node just returned skips its children and continues after the
    /// replacement; a node replaced before it is reached is seen as its replacement; and a node
    /// inside a replaced subtree is never returned.
    public var nodes: MarkdownNodeSequence { MarkdownNodeSequence(document: self) }
}

public struct MarkdownNodeSequence: Sequence {
    let document: MarkdownDocument

    public func makeIterator() -> Iterator { Iterator(document: document) }

    public struct Iterator: IteratorProtocol {
        let document: MarkdownDocument
        private var last: OpaquePointer?
        private var started = false
        /// Replacements seen so far: only after a new one can the last node have left the tree.
        private var replacementsSeen = 0

        init(document: MarkdownDocument) { self.document = document }

        public mutating func next() -> MarkdownNode? {
            let node: OpaquePointer?
            if !started {
                started = true
                node = document.rootPointer
            } else if let last {
                node = document.node(after: last, checkingReplacements: document.replacements.count != replacementsSeen)
            } else {
                node = nil
            }
            replacementsSeen = document.replacements.count
            last = node
            return node.map { MarkdownNode(document: document, pointer: $0) }
        }
    }
}

extension MarkdownDocument {
    /// The node that follows `node` in document order, in the tree as it is now.
    func node(after node: OpaquePointer, checkingReplacements: Bool) -> OpaquePointer? {
        var current = node
        var descend = true
        if checkingReplacements {
            // If `node` left the tree, continue from what stands where its subtree stood:
            // the replacement of its topmost replaced ancestor (or of itself), whose children,
            // if any, are not the old ones.
            while case let outermost = top(of: current), outermost != rootPointer {
                guard let replacement = replacements[outermost] else { return nil }
                current = replacement
                descend = false
            }
        }
        if descend, let child = cmark_node_first_child(current) { return child }
        while current != rootPointer {
            if let sibling = cmark_node_next(current) { return sibling }
            guard let parent = cmark_node_parent(current) else { return nil }
            current = parent
        }
        return nil
    }
}
