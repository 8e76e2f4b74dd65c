import CCmarkGFM

/// A handle on one node of a `MarkdownDocument`.
///
/// The handle keeps its document alive, and documents never free a node before they die, so a
/// handle stays valid even after its node was replaced (it then has no parent, and edits to it
/// throw `MarkdownEditError.notInDocument`). Two handles are equal when they name the same node.
public struct MarkdownNode: Hashable {
    let document: MarkdownDocument
    let pointer: OpaquePointer

    // The address alone identifies a node: every handle keeps its node's memory alive, so no
    // two live handles can see one address reused for different nodes.
    public static func == (lhs: MarkdownNode, rhs: MarkdownNode) -> Bool { lhs.pointer == rhs.pointer }
    public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }

    public var kind: MarkdownNodeKind { MarkdownNodeKind(pointer) }

    /// The file line (1-based, the document's line offset added) the node starts on. For an
    /// inline node: the line its block's content starts on plus the line breaks before it.
    /// A replacement reports the lines of the node it replaced.
    public var startLine: Int { LineSpan(of: pointer).start + document.lineOffset }

    /// The file line the node ends on: a fenced code block's closing fence, a setext heading's
    /// underline, a paragraph's last line.
    public var endLine: Int { LineSpan(of: pointer).end + document.lineOffset }

    /// The node's text, for the kinds that have one: `text`, `code` (the code span's content),
    /// `codeBlock` (the body, ending in a newline), `htmlBlock`, `htmlInline`, and a
    /// `footnoteReference`'s label. `nil` for other kinds.
    public var literal: String? {
        cmark_node_get_literal(pointer).map { String(cString: $0) }
    }

    /// A fenced code block's info string (for ```` ```{forecast} ```` it is `{forecast}`);
    /// `nil` for indented code blocks and every other kind.
    public var fenceInfo: String? {
        guard cmark_node_get_type(pointer) == CMARK_NODE_CODE_BLOCK else { return nil }
        var length: Int32 = 0, offset: Int32 = 0, character: CChar = 0
        guard cmark_node_get_fenced(pointer, &length, &offset, &character) != 0 else { return nil }
        return cmark_node_get_fence_info(pointer).map { String(cString: $0) }
    }

    /// The node's children, in order, as they are now.
    public var children: [MarkdownNode] {
        var children: [MarkdownNode] = []
        var child = cmark_node_first_child(pointer)
        while let node = child {
            children.append(MarkdownNode(document: document, pointer: node))
            child = cmark_node_next(node)
        }
        return children
    }

    /// The node's parent; `nil` for the document node and for a node that was replaced.
    public var parent: MarkdownNode? {
        cmark_node_parent(pointer).map { MarkdownNode(document: document, pointer: $0) }
    }
}
