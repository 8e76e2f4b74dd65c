import CCmarkGFM

/// Computes every node's `LineSpan` once, right after parsing.
///
/// cmark-gfm 0.29's own positions are right for most blocks but not all, and not for inlines:
/// - inline positions come from a line counter that autolinks and other extension-made nodes
///   bypass (they report line 0);
/// - a paragraph keeps the line of any link reference definitions it started with, after the
///   definitions are removed;
/// - a table that takes the last line of a paragraph as its header keeps the paragraph's first
///   line, and the paragraph left above it has no position at all;
/// - a setext heading's end is sometimes the line after its underline;
/// - a block that ends just before a blank line or another block may end "at column 0" of the
///   next line.
/// So an inline's line is counted instead: the line its block's content starts on, plus the
/// line breaks before it (soft and hard breaks, and the line endings inside code spans, raw
/// inline HTML and link titles). Blocks use cmark's lines except where listed above.
///
/// Known limit: a line ending inside a link's `(destination "title")` but outside the title
/// is not counted; text after it on the same paragraph reports a line too early.
enum SourceLines {
    static func annotate(_ root: OpaquePointer, source: SourceText) {
        guard let iterator = cmark_iter_new(root) else { fatalError("cmark_iter_new failed") }
        defer { cmark_iter_free(iterator) }
        // The line the next inline starts on; set by each block that holds inline content.
        var line = 0
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let isBlock = MarkdownNodeKind.isBlock(node)
            switch (event, isBlock) {
            case (CMARK_EVENT_ENTER, true):
                let span = blockSpan(node, source: source)
                span.store(in: node)
                line = span.start
            case (CMARK_EVENT_ENTER, false):
                let inside = linesInside(node)
                LineSpan(start: line, end: line + inside).store(in: node)
                line += inside + (isBreak(node) ? 1 : 0)
            case (CMARK_EVENT_EXIT, false):
                // An inline container ends where its last child (or, for a link, its title) ends.
                line += titleLineEndings(node)
                LineSpan(start: LineSpan(of: node).start, end: line).store(in: node)
            default:
                break
            }
        }
    }

    /// Line endings a leaf inline spans (not counting a break's own).
    private static func linesInside(_ node: OpaquePointer) -> Int {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_CODE:
            // The literal has its line endings turned into spaces, but with SOURCEPOS on cmark
            // tracks them in the code span's own start and end lines.
            let start = cmark_node_get_start_line(node), end = cmark_node_get_end_line(node)
            return start > 0 && end > start ? Int(end - start) : 0
        case CMARK_NODE_HTML_INLINE:
            return lineEndings(in: cmark_node_get_literal(node))
        default:
            return 0
        }
    }

    private static func titleLineEndings(_ node: OpaquePointer) -> Int {
        let type = cmark_node_get_type(node)
        guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { return 0 }
        return lineEndings(in: cmark_node_get_title(node))
    }

    private static func isBreak(_ node: OpaquePointer) -> Bool {
        let type = cmark_node_get_type(node)
        return type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK
    }

    /// LF, CR and CR LF each count once, as cmark counts lines.
    private static func lineEndings(in text: UnsafePointer<CChar>?) -> Int {
        guard var p = text else { return 0 }
        var count = 0
        while p.pointee != 0 {
            if p.pointee == CChar(UInt8(ascii: "\n")) {
                count += 1
            } else if p.pointee == CChar(UInt8(ascii: "\r")) {
                count += 1
                if p[1] == CChar(UInt8(ascii: "\n")) { p += 1 }
            }
            p += 1
        }
        return count
    }

    /// The line endings a block's inline content spans, in total.
    private static func contentLineEndings(_ block: OpaquePointer) -> Int {
        guard let iterator = cmark_iter_new(block) else { fatalError("cmark_iter_new failed") }
        defer { cmark_iter_free(iterator) }
        var count = 0
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), node != block else { continue }
            if event == CMARK_EVENT_ENTER {
                count += linesInside(node) + (isBreak(node) ? 1 : 0)
            } else {
                count += titleLineEndings(node)
            }
        }
        return count
    }

    private static func blockSpan(_ node: OpaquePointer, source: SourceText) -> LineSpan {
        let start = Int(cmark_node_get_start_line(node))
        let rawEnd = Int(cmark_node_get_end_line(node))
        let end = endLine(node)

        switch MarkdownNodeKind(node) {
        case .paragraph:
            if start == 0, let table = cmark_node_next(node) {
                // Split off by the table below, which took the paragraph's last line.
                let last = tableHeaderLine(table) - 1
                return LineSpan(start: last - contentLineEndings(node), end: last)
            }
            if source.opensLinkReferenceDefinition(line: start, column: Int(cmark_node_get_start_column(node))) {
                // The definitions are gone from the paragraph; its content ends where it did.
                return LineSpan(start: end - contentLineEndings(node), end: end)
            }
            return LineSpan(start: start, end: end)
        case .heading where rawEnd > start:
            // Setext: the content lines, then the underline. The start can be a removed link
            // reference definition's line, and the end the line after the underline, so the
            // underline is found in the source.
            let breaks = contentLineEndings(node)
            let underline = (start...rawEnd).first(where: source.isSetextUnderline) ?? start + breaks + 1
            return LineSpan(start: underline - 1 - breaks, end: underline)
        case .table:
            return LineSpan(start: tableHeaderLine(node), end: end)
        case .tableHeader:
            let line = cmark_node_parent(node).map(tableHeaderLine) ?? start
            return LineSpan(start: line, end: line)
        case .tableCell:
            // A cell is on its row's line, computed just before (a row comes before its cells);
            // cmark's own is wrong in a header row that a table took from a paragraph.
            return cmark_node_parent(node).map { LineSpan(of: $0) } ?? LineSpan(start: start, end: end)
        default:
            return LineSpan(start: start, end: end)
        }
    }

    /// The header row's line. The table's own start can be wrong (see above), but body rows
    /// start on their own lines, and the header is two lines above the first of them (the
    /// delimiter row between); a table without body rows ends on its delimiter row.
    private static func tableHeaderLine(_ table: OpaquePointer) -> Int {
        if let header = cmark_node_first_child(table), let firstRow = cmark_node_next(header) {
            return Int(cmark_node_get_start_line(firstRow)) - 2
        }
        return endLine(table) - 1
    }

    /// cmark's end line, where "line n+1, column 0" means the end of line n.
    private static func endLine(_ node: OpaquePointer) -> Int {
        let start = Int(cmark_node_get_start_line(node)), end = Int(cmark_node_get_end_line(node))
        return cmark_node_get_end_column(node) == 0 && end > start ? end - 1 : end
    }
}
