import CCmarkGFM

/// Why an edit was refused. The document is unchanged when one is thrown.
public enum MarkdownEditError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The node is no longer in the document: it, or a node around it, was replaced.
    case notInDocument
    /// Raw HTML of that level cannot stand where this node is: an HTML block replaces a block
    /// whose parent holds blocks (not the document itself, a list item or a table row or cell),
    /// inline HTML replaces an inline.
    case cannotReplace(MarkdownNodeKind)
    /// Only a text node's literal can be set.
    case notText(MarkdownNodeKind)

    public var description: String {
        switch self {
        case .notInDocument: "the node is no longer in the document (it or a node around it was replaced)"
        case .cannotReplace(let kind): "a \(kind) node cannot be replaced by raw HTML of that level"
        case .notText(let kind): "only a text node's literal can be set, not a \(kind) node's"
        }
    }
}

extension MarkdownNode {
    /// Replaces this block (e.g. a directive's fenced code block) with `html`, rendered as is.
    /// The new node reports this node's lines. This node stays valid but leaves the document.
    @discardableResult
    public func replace(withHTMLBlock html: String) throws(MarkdownEditError) -> MarkdownNode {
        try replace(withNew: CMARK_NODE_HTML_BLOCK, literal: html, replacingBlock: true)
    }

    /// Replaces this inline (e.g. a code span holding TeX) with `html`, rendered as is.
    /// The new node reports this node's lines. This node stays valid but leaves the document.
    @discardableResult
    public func replace(withInlineHTML html: String) throws(MarkdownEditError) -> MarkdownNode {
        try replace(withNew: CMARK_NODE_HTML_INLINE, literal: html, replacingBlock: false)
    }

    /// Sets a text node's text (e.g. a `{{id.name}}` placeholder's value); it is escaped when
    /// rendered, like any text.
    public func setLiteral(_ text: String) throws(MarkdownEditError) {
        guard kind == .text else { throw .notText(kind) }
        guard document.contains(pointer) else { throw .notInDocument }
        setCLiteral(pointer, text)
    }

    private func replace(withNew type: cmark_node_type, literal: String, replacingBlock: Bool) throws(MarkdownEditError) -> MarkdownNode {
        guard document.contains(pointer) else { throw .notInDocument }
        guard MarkdownNodeKind.isBlock(pointer) == replacingBlock, pointer != document.rootPointer else {
            throw .cannotReplace(kind)
        }
        guard let new = cmark_node_new(type) else { fatalError("cmark_node_new failed (out of memory)") }
        setCLiteral(new, literal)
        // cmark checks that the parent may hold the new node and changes nothing if not.
        guard cmark_node_replace(pointer, new) == 1 else {
            cmark_node_free(new)
            throw .cannotReplace(kind)
        }
        LineSpan(of: pointer).store(in: new)
        document.replacements[pointer] = new
        return MarkdownNode(document: document, pointer: new)
    }
}

/// cmark takes C strings, which end at the first U+0000; it becomes U+FFFD (as cmark does with
/// one in Markdown) so nothing after it is lost.
private func setCLiteral(_ node: OpaquePointer, _ text: String) {
    let safe = text.contains("\0") ? String(text.map { $0 == "\0" ? "\u{FFFD}" : $0 }) : text
    guard cmark_node_set_literal(node, safe) == 1 else {
        fatalError("cmark_node_set_literal refused a \(MarkdownNodeKind(node)) node")
    }
}
