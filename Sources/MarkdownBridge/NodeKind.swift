import CCmarkGFM

/// What a node is: every node type the parser produces with the GFM extensions lstmbook enables.
public enum MarkdownNodeKind: Hashable, Sendable {
    // Blocks
    case document
    case blockQuote
    case list
    case item
    case codeBlock
    case htmlBlock
    case paragraph
    case heading(level: Int)
    case thematicBreak
    case footnoteDefinition
    case table
    case tableHeader
    case tableRow
    case tableCell
    // Inlines
    case text
    case softBreak
    case lineBreak
    case code
    case htmlInline
    case emphasis
    case strong
    case link
    case image
    case footnoteReference
    case strikethrough
    /// A type this enum does not name, with cmark's name for it (e.g. a custom node).
    case other(String)

    init(_ node: OpaquePointer) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: self = .document
        case CMARK_NODE_BLOCK_QUOTE: self = .blockQuote
        case CMARK_NODE_LIST: self = .list
        // A task-list item is an item that the tasklist extension claimed; it is still an item.
        case CMARK_NODE_ITEM: self = .item
        case CMARK_NODE_CODE_BLOCK: self = .codeBlock
        case CMARK_NODE_HTML_BLOCK: self = .htmlBlock
        case CMARK_NODE_PARAGRAPH: self = .paragraph
        case CMARK_NODE_HEADING: self = .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: self = .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: self = .footnoteDefinition
        case CMARK_NODE_TEXT: self = .text
        case CMARK_NODE_SOFTBREAK: self = .softBreak
        case CMARK_NODE_LINEBREAK: self = .lineBreak
        case CMARK_NODE_CODE: self = .code
        case CMARK_NODE_HTML_INLINE: self = .htmlInline
        case CMARK_NODE_EMPH: self = .emphasis
        case CMARK_NODE_STRONG: self = .strong
        case CMARK_NODE_LINK: self = .link
        case CMARK_NODE_IMAGE: self = .image
        case CMARK_NODE_FOOTNOTE_REFERENCE: self = .footnoteReference
        default:
            // The extensions' node types are numbered at registration time, so they are
            // recognised by the names the extensions give them.
            let name = String(cString: cmark_node_get_type_string(node))
            switch name {
            case "table": self = .table
            case "table_header": self = .tableHeader
            case "table_row": self = .tableRow
            case "table_cell": self = .tableCell
            case "strikethrough": self = .strikethrough
            default: self = .other(name)
            }
        }
    }

    /// Whether the node is a block (as opposed to an inline), as cmark classifies it.
    static func isBlock(_ node: OpaquePointer) -> Bool {
        cmark_node_get_type(node).rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK)
    }
}
