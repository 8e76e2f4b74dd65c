import CCmarkGFM

/// What an author's own raw HTML and link targets may do on a page.
///
/// The bridge renders with `--unsafe`, because lstmbook's figures and equations are raw HTML it
/// inserts itself. The author's raw HTML is another matter: by default it gets what GitHub gives
/// it — the tagfilter extension (`<script>`, `<style>`, `<iframe>`, … are escaped, so they show
/// as text) and safe URL schemes (a `javascript:`, `vbscript:`, `file:` or non-image `data:`
/// link or image loses its target). `trusted` keeps both as written.
public enum RawHTMLPolicy: String, Sendable, CaseIterable {
    case filtered
    case trusted

    /// GitHub's tagfilter list (GFM spec, "Disallowed Raw HTML").
    static let filteredTags = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]
}

extension MarkdownDocument {
    /// Applies `policy` to the raw HTML and links the author wrote. Call it right after parsing:
    /// HTML put in later with `replace(with…)` is the program's own and is left alone.
    public func apply(_ policy: RawHTMLPolicy) {
        guard policy == .filtered else { return }
        guard let iterator = cmark_iter_new(rootPointer) else { fatalError("cmark_iter_new failed (out of memory)") }
        defer { cmark_iter_free(iterator) }
        // Setting a literal or a URL leaves the tree's shape alone, so the walk stays valid.
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                guard let literal = cmark_node_get_literal(node).map(String.init(cString:)) else { continue }
                let filtered = Self.tagFiltered(literal)
                if filtered != literal { cmark_node_set_literal(node, filtered) }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                guard let url = cmark_node_get_url(node).map(String.init(cString:)), Self.isDangerous(url) else { continue }
                cmark_node_set_url(node, "")
            default:
                continue
            }
        }
    }

    /// `html` with the `<` of every filtered tag (opening or closing, any case) written as
    /// `&lt;`, exactly as cmark-gfm's tagfilter does when rendering.
    static func tagFiltered(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for index in bytes.indices {
            if bytes[index] == UInt8(ascii: "<"), isFilteredTag(bytes[(index + 1)...]) {
                result += Array("&lt;".utf8)
            } else {
                result.append(bytes[index])
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether the bytes after a `<` start a filtered tag: an optional `/`, the name in any
    /// case, then white space, `>` or `/>`.
    private static func isFilteredTag(_ rest: ArraySlice<UInt8>) -> Bool {
        var rest = rest
        if rest.first == UInt8(ascii: "/") { rest = rest.dropFirst() }
        return RawHTMLPolicy.filteredTags.contains { name in
            let count = name.utf8.count
            guard rest.count > count, String(decoding: rest.prefix(count), as: UTF8.self).lowercased() == name else { return false }
            let next = rest[rest.startIndex + count]
            if [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0C, UInt8(ascii: ">")].contains(next) { return true }
            return next == UInt8(ascii: "/") && rest.count > count + 1 && rest[rest.startIndex + count + 1] == UInt8(ascii: ">")
        }
    }

    /// cmark's rule for URLs it drops when not `--unsafe` (`_scan_dangerous_url`): the schemes
    /// `javascript:`, `vbscript:`, `file:`, and `data:` unless it is a PNG, GIF, JPEG or WebP image.
    /// Browsers ignore leading spaces and control characters, so those are skipped first.
    static func isDangerous(_ url: String) -> Bool {
        let lowered = String(url.drop { $0.unicodeScalars.allSatisfy { $0.value <= 0x20 } }).lowercased()
            .filter { !["\t", "\n", "\r"].contains($0) }
        if lowered.hasPrefix("javascript:") || lowered.hasPrefix("vbscript:") || lowered.hasPrefix("file:") { return true }
        guard lowered.hasPrefix("data:") else { return false }
        return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lowered.hasPrefix($0) }
    }
}
