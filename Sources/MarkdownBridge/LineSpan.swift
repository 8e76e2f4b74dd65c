import CCmarkGFM

/// A node's first and last source line, 1-based, before the document's line offset.
///
/// Spans are computed once, right after parsing (see `SourceLines`), and kept in each node's
/// cmark `user_data` pointer, which nothing else in cmark-gfm uses: a large document has
/// millions of nodes, and a side table keyed by node would cost more than the tree.
/// The two lines are packed into the pointer's bits (64-bit platforms: 32 bits each);
/// no memory is allocated, so there is nothing to free.
struct LineSpan: Equatable {
    var start: Int
    var end: Int

    init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    init(of node: OpaquePointer) {
        let bits = UInt(bitPattern: cmark_node_get_user_data(node))
        self.init(start: Int(bits >> 32), end: Int(bits & 0xFFFF_FFFF))
    }

    func store(in node: OpaquePointer) {
        let bits = UInt(UInt32(clamping: start)) << 32 | UInt(UInt32(clamping: end))
        cmark_node_set_user_data(node, UnsafeMutableRawPointer(bitPattern: bits))
    }
}
