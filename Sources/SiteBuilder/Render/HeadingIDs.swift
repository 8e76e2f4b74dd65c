import Foundation

/// Stable ids for headings, so a link to a section survives rebuilds: an explicit
/// `## Title {#name}`, or the heading's words, lower-cased and joined by dashes (any script's
/// letters are kept, so a Chinese heading keeps its characters). Ids are unique on the page:
/// a repeated one gets `-2`, `-3`, and ids the page uses itself are never taken.
struct HeadingIDs {
    private var used: Set<String>

    init(reserved: Set<String>) {
        used = reserved
    }

    /// `{#name}` at the end of a heading's text: the name, and the text without it.
    static func explicitID(in text: String) -> (id: String, text: String)? {
        var body = Substring(text)
        while body.last == " " || body.last == "\t" { body.removeLast() }
        guard body.hasSuffix("}"), let open = body.range(of: "{#", options: .backwards) else { return nil }
        let name = String(body[open.upperBound..<body.index(before: body.endIndex)])
        guard CrossReference.isLabelName(name) else { return nil }
        var rest = body[..<open.lowerBound]
        while rest.last == " " || rest.last == "\t" { rest.removeLast() }
        return (name, String(rest))
    }

    static func slug(_ text: String) -> String {
        var slug = ""
        var dash = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" {
                if dash && !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(scalar)
                dash = false
            } else if scalar == " " || scalar == "-" || scalar == "\t" {
                dash = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }

    /// A unique id for a heading: `explicit` as written, else one made from `text`. Returns nil
    /// when an explicit id is already taken (the caller reports it).
    mutating func id(explicit: String?, text: String) -> String? {
        if let explicit {
            return used.insert(explicit).inserted ? explicit : nil
        }
        let base = Self.slug(text)
        var candidate = base
        var n = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }
}
