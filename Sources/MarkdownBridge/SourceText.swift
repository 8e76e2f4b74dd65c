/// The Markdown source as lines of bytes, for the few position facts cmark does not keep.
struct SourceText {
    private let bytes: [UInt8]
    /// Byte offset of each line's first byte; line `n` (1-based) starts at `lineStarts[n - 1]`.
    private let lineStarts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        var i = 0
        // Line endings as cmark counts them: LF, CR, or CR LF.
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\n"):
                starts.append(i + 1)
            case UInt8(ascii: "\r"):
                if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
                starts.append(i + 1)
            default:
                break
            }
            i += 1
        }
        lineStarts = starts
    }

    /// The bytes of line `line` (1-based) without its line ending; empty past the end.
    func line(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= lineStarts.count else { return [] }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return bytes[start..<end]
    }

    /// Whether the text at `line`, byte column `column` (both 1-based) opens a link reference
    /// definition, `[label]:`. A label may run over several lines and holds at most 999
    /// characters, none of them an unescaped bracket.
    func opensLinkReferenceDefinition(line: Int, column: Int) -> Bool {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return false }
        var i = lineStarts[line - 1] + column - 1
        guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return false }
        let limit = min(bytes.count, i + 1001)
        i += 1
        while i < limit {
            switch bytes[i] {
            case UInt8(ascii: "\\"): i += 2; continue
            case UInt8(ascii: "["): return false
            case UInt8(ascii: "]"): return i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: ":")
            default: i += 1
            }
        }
        return false
    }

    /// Whether `line` is a setext heading underline (`===` or `---`, trailing blanks allowed),
    /// looking past container prefixes (indentation and block-quote markers).
    func isSetextUnderline(_ line: Int) -> Bool {
        let content = self.line(line).drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }
        guard let marker = content.first, marker == UInt8(ascii: "=") || marker == UInt8(ascii: "-") else { return false }
        let rest = content.drop { $0 == marker }
        return rest.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
