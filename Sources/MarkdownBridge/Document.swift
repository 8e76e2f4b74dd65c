import CCmarkGFM

/// A Markdown document parsed as GitHub Flavored Markdown (tables, strikethrough, autolinks,
/// task lists, footnotes), owning every cmark node it ever held.
///
/// - Handles (`MarkdownNode`) keep their document alive, and a node taken out of the tree by a
///   replacement is kept, unlinked, until the document is freed; so no handle can point at
///   freed memory.
/// - Adjacent text nodes are merged right after parsing (cmark splits text at every character
///   that might start markup, e.g. `_`), so a placeholder such as `{{lb1.test_rmse}}` is always
///   one text node. cmark frees the merged nodes, which is only safe before any handle exists.
/// - The text is a Swift `String`, so it is valid UTF-8 by construction; cmark's
///   `CMARK_OPT_VALIDATE_UTF8` would never fire and is off, as in the reference command line.
///   Whoever reads a file must decode it strictly (`String(validating: bytes, as: UTF8.self)`)
///   and reject it when that fails: a lenient decode would quietly turn bad bytes into U+FFFD.
///   A U+0000 in the text becomes U+FFFD, as the CommonMark spec requires.
/// - Documents may be parsed on several threads at once; one document belongs to one thread
///   at a time (it is not `Sendable`).
public final class MarkdownDocument {
    /// Kept for rendering: it owns the list of extensions the HTML renderer consults.
    let parser: OpaquePointer
    let rootPointer: OpaquePointer
    /// Lines removed above the text (e.g. YAML front matter); added to every reported line.
    public let lineOffset: Int
    /// Every node a replacement unlinked, with the node that took its place. The unlinked
    /// nodes (and their subtrees) are freed with the document; walking uses the map to resume
    /// after a replaced node.
    var replacements: [OpaquePointer: OpaquePointer] = [:]

    /// Parses `markdown`. `lineOffset` is the number of lines that preceded this text in its
    /// file, so that reported lines are the file's.
    public init(_ markdown: String, lineOffset: Int = 0) {
        (parser, rootPointer) = parseGFM(markdown)
        self.lineOffset = lineOffset
        cmark_consolidate_text_nodes(rootPointer)
        SourceLines.annotate(rootPointer, source: SourceText(markdown))
    }

    deinit {
        for unlinked in replacements.keys { cmark_node_free(unlinked) }
        cmark_node_free(rootPointer)
        cmark_parser_free(parser)
    }

    /// The document node.
    public var root: MarkdownNode { MarkdownNode(document: self, pointer: rootPointer) }

    /// Whether `node` is in the tree, i.e. neither it nor an ancestor has been replaced.
    func contains(_ node: OpaquePointer) -> Bool {
        top(of: node) == rootPointer
    }

    /// The outermost ancestor of `node` (or `node` itself): the document node while `node` is
    /// in the tree, otherwise the replaced node it went out with.
    func top(of node: OpaquePointer) -> OpaquePointer {
        var top = node
        while let parent = cmark_node_parent(top) { top = parent }
        return top
    }
}

// A document is a mutable C tree with no locking of its own.
@available(*, unavailable)
extension MarkdownDocument: Sendable {}
