import Directives
import Foundation

/// A lesson file read from disk and split into its YAML front matter and Markdown body.
///
/// Lines are counted in the whole file, so every diagnostic names the line the author sees.
public struct LessonSource: Sendable {
    /// The path as shown in messages, e.g. `lessons/06-airline.md`.
    public let displayPath: String
    /// The file name without `.md`, which names the page (`06-airline.html`).
    public let slug: String
    public let frontMatter: FrontMatter
    /// The Markdown after the front matter.
    public let body: String
    /// How many lines of the file precede `body`.
    public let bodyLineOffset: Int

    public init(url: URL, displayPath: String) throws(Diagnostics) {
        let bytes: Data
        if let kind = RegularFile.otherKind(url) {
            throw Diagnostics([Diagnostic(file: displayPath, line: 1, message: "cannot read the lesson: it is \(kind), not a file")])
        }
        do {
            bytes = try Data(contentsOf: url)
        } catch {
            throw Diagnostics([Diagnostic(file: displayPath, line: 1, message: "cannot read the lesson: \(RegularFile.reason(error))")])
        }
        try self.init(bytes: bytes, displayPath: displayPath, slug: url.deletingPathExtension().lastPathComponent)
    }

    public init(bytes: Data, displayPath: String, slug: String) throws(Diagnostics) {
        self.displayPath = displayPath
        self.slug = slug
        let text: String
        do { text = try Self.decodeUTF8(bytes, displayPath: displayPath) } catch { throw Diagnostics([error]) }
        if text.allSatisfy(\.isWhitespace) {
            throw Diagnostics([Diagnostic(file: displayPath, line: 1, message: "the lesson is empty; "
                + "it needs front matter with a title and some Markdown")])
        }
        let split = try FrontMatter.split(text, displayPath: displayPath)
        frontMatter = split.frontMatter
        body = split.body
        bodyLineOffset = split.bodyLineOffset
    }

    /// Decodes strictly: a lesson that is not UTF-8 is an error at the line of the first bad byte,
    /// never silently repaired with replacement characters.
    static func decodeUTF8(_ bytes: Data, displayPath: String) throws(Diagnostic) -> String {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(data: bytes, encoding: .utf8) {
            return text.replacingOccurrences(of: "\r\n", with: "\n")
        }
        let offset = firstInvalidUTF8Offset(bytes)
        let line = 1 + bytes.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        throw Diagnostic(file: displayPath, line: line, message: "the lesson is not valid UTF-8 (byte \(offset + 1) of the file); save it as UTF-8")
    }

    private static func firstInvalidUTF8Offset(_ bytes: Data) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var lastGood = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                lastGood = offset
            case .emptyInput:
                return lastGood
            case .error:
                return lastGood
            }
        }
    }
}
