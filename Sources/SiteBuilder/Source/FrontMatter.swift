import Directives
import MarkdownBridge

/// The YAML block between `---` lines at the top of a lesson.
public struct FrontMatter: Sendable, Hashable {
    public let title: String
    /// Position in the site's table of contents; lessons without one sort after, by file name.
    public let order: Int?
    /// One or two sentences for the index page.
    public let summary: String?
    /// The page's language (`en`, `zh`…), for `<html lang>` so browsers pick fonts and hyphenation.
    public let language: String
    /// What the lesson's own raw HTML and link targets may do (`raw_html: trusted` opts out of
    /// GitHub's tag filter and safe URL schemes).
    public var rawHTML: RawHTMLPolicy = .filtered

    /// The front matter's options, typed as a directive's are.
    struct Fields: OptionsStruct {
        var title = ""
        var order: Int?
        var summary: String?
        var lang = "en"
        var rawHTML = RawHTMLPolicy.filtered

        static let declarations: [DeclaredOption<Self>] = [
            .init("title", \.title, .text(maxLength: 200), .presentation, required: true,
                  doc: "The lesson's title, shown as its heading and in the index."),
            .init("order", \.order, .integer(0...9999), .presentation,
                  doc: "Position in the table of contents (lessons without one come last, by file name)."),
            .init("summary", \.summary, .text(maxLength: 600), .presentation, doc: "One or two sentences for the index page."),
            .init("lang", \.lang, .identifier, .presentation, doc: "The language of the lesson, as an HTML language tag (`en`, `zh`)."),
            .init("raw_html", \.rawHTML, RawHTMLPolicy.one, .presentation,
                  doc: "`filtered` (GitHub's tag filter and safe link schemes) or `trusted` (the lesson's raw HTML and links as written)."),
        ]
    }

    static var specs: [OptionSpec] { Fields.specs }

    /// Separates front matter from the body. Without a leading `---` line the whole file is body,
    /// and the front matter is then missing its required title.
    static func split(_ text: String, displayPath: String) throws(Diagnostics) -> (frontMatter: FrontMatter, body: String, bodyLineOffset: Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingTrailingSpaces == "---" }) == true else {
            throw Diagnostics([Diagnostic(file: displayPath, line: 1, message: "the lesson must start with front matter: a '---' line, `title: "
                + "…`, and a closing '---' line")])
        }
        guard let closing = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingTrailingSpaces) }) else {
            throw Diagnostics([Diagnostic(file: displayPath, line: 1, message: "the front matter opened here is never closed; "
                + "add a '---' line after it")])
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        let parser = OptionParser(specs: specs, file: displayPath, lineBase: 1, context: "front matter")
        let fields: Fields
        switch Fields.decode(try parser.parse(yaml, directiveLine: 1)) {
        case .success(let decoded): fields = decoded
        case .failure(let failure): throw Diagnostics([Diagnostic(file: displayPath, line: 1, message: failure.message)])
        }
        let frontMatter = FrontMatter(title: fields.title, order: fields.order, summary: fields.summary, language: fields.lang,
                                      rawHTML: fields.rawHTML)
        return (frontMatter, body, closing + 1)
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}

extension RawHTMLPolicy: OptionChoice {}
