import CCmarkGFM

extension MarkdownDocument {
    /// The document as HTML, byte for byte what the reference command line (see `GFM`)
    /// prints for the same Markdown, with any replacements in place.
    public func renderHTML() -> String {
        guard let html = cmark_render_html(rootPointer, GFM.renderOptions, cmark_parser_get_syntax_extensions(parser)) else {
            fatalError("cmark_render_html failed (out of memory)")
        }
        // The renderer allocates with the document's allocator, cmark's default one.
        defer { cmark_get_default_mem_allocator().pointee.free(html) }
        return String(cString: html)
    }
}
