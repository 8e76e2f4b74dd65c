import CCmarkGFM
import Synchronization

/// The dialect lstmbook writes in, fixed to what this command line renders (the conformance
/// tests compare every spec example against it):
///
///     cmark-gfm --unsafe --table-prefer-style-attributes \
///               -e footnotes -e table -e strikethrough -e autolink -e tasklist
///
/// `--unsafe` because the runner's figures and MathML are raw HTML; style attributes because the
/// Nu checker rejects `align` on table cells. Footnotes are an option, not an extension, in
/// cmark-gfm 0.29. The tagfilter extension is not attached: it would also escape the `<title>`
/// and `<style>` of inserted figures; `RawHTMLPolicy` applies it to the author's HTML alone.
enum GFM {
    /// Extensions in the command line's order, which is the order it attaches them in and so
    /// the order cmark consults them in.
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    static let renderOptions: Int32 =
        CMARK_OPT_UNSAFE | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES | CMARK_OPT_FOOTNOTES

    /// `SOURCEPOS` while parsing makes cmark count the line breaks inside code spans and raw
    /// inline HTML (SourceLines needs them); it changes positions only, never the tree, and is
    /// left out when rendering so no `data-sourcepos` attributes appear.
    static let parseOptions: Int32 = renderOptions | CMARK_OPT_SOURCEPOS
}

/// cmark-gfm 0.29 keeps process-wide state that parsing mutates:
/// - `cmark_gfm_core_extensions_ensure_registered` fills the extension registry behind an
///   unguarded flag;
/// - every parse *adds* the extensions' characters (`~`, `|`, `:`, `w`) to a global
///   special-character table before parsing inlines (and table rows) and *removes* them after,
///   so a parse finishing on one thread silently disables strikethrough and autolinks in a
///   parse running on another.
/// Holding this lock for the whole parse makes concurrent `MarkdownDocument`s safe. Rendering,
/// walking and editing touch only their own document and need no lock.
private let parseLock = Mutex(())

/// Parses `markdown` as the reference command line does. The caller owns both results:
/// the parser carries the extension list the HTML renderer needs.
func parseGFM(_ markdown: String) -> (parser: OpaquePointer, root: OpaquePointer) {
    parseLock.withLock { _ in
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(GFM.parseOptions) else {
            fatalError("cmark_parser_new failed (out of memory)")
        }
        for name in GFM.extensionNames {
            guard let syntaxExtension = cmark_find_syntax_extension(name) else {
                fatalError("cmark-gfm has no \(name) extension; is libcmark-gfm-extensions installed?")
            }
            cmark_parser_attach_syntax_extension(parser, syntaxExtension)
        }
        // The length is passed explicitly, so a U+0000 in the text reaches cmark (which
        // replaces it with U+FFFD, as the spec asks) instead of ending the input early.
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                if let start = chars.baseAddress { cmark_parser_feed(parser, start, chars.count) }
            }
        }
        guard let root = cmark_parser_finish(parser) else {
            fatalError("cmark_parser_finish returned no document")
        }
        return (parser, root)
    }
}
