import Foundation

/// One numeric column read from a CSV file.
public struct CSVColumn: Sendable, Hashable {
    public let name: String
    public let values: [Double]
}

/// A small, strict CSV reader for data series: a header row, then one row per record, every row
/// with as many fields as the header. Fields may be quoted ("..." with "" for a quote). A UTF-8
/// byte-order mark and CRLF line ends are accepted; blank lines at the end are ignored. The asked
/// column must hold a finite number in every row. Strict on purpose: a footer line, an empty cell
/// or "NaN" is an error naming the line, never a silently shortened or poisoned series (the note's
/// `skipfooter=3` silently dropped three real months on a clean file).
public enum CSV {
    /// Reads `column` (default: the last column) from the file at `path`.
    public static func readColumn(path: String, column: String? = nil) throws -> CSVColumn {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EngineError.malformedData("cannot read \(path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw EngineError.malformedData("\(path) is not UTF-8 text")
        }
        return try readColumn(text: text, column: column, source: path)
    }

    /// Reads `column` (default: the last column) from CSV text; `source` names it in messages.
    public static func readColumn(text: String, column: String? = nil, source: String = "the CSV") throws -> CSVColumn {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        // "\r\n" is one Character in Swift (a grapheme cluster), so it is a separator of its own.
        var lines = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        guard let headerLine = lines.first else { throw EngineError.malformedData("\(source) is empty") }
        let header = try fields(of: headerLine, line: 1, source: source)
        let index: Int
        if let column {
            guard let found = header.firstIndex(of: column) else {
                throw EngineError.malformedData("\(source) has no column \"\(column)\"; its columns are \(columnList(header))")
            }
            index = found
        } else {
            index = header.count - 1
        }
        let name = header[index]
        guard lines.count > 1 else {
            if headerLine.contains("\r") {
                throw EngineError.malformedData("\(source) ends its lines with CR alone (old Mac style); save it with LF or CRLF line ends")
            }
            throw EngineError.malformedData("\(source) has a header but no data rows")
        }
        var values: [Double] = []
        values.reserveCapacity(lines.count - 1)
        for (offset, line) in lines.dropFirst().enumerated() {
            let number = offset + 2
            let row = try fields(of: line, line: number, source: source)
            guard row.count == header.count else {
                throw EngineError.malformedData("\(source):\(number): the row has \(row.count) field\(row.count == 1 ? "" : "s") but the "
                    + "header has \(header.count)")
            }
            let cell = row[index].trimmingCharacters(in: .whitespaces)
            guard !cell.isEmpty else {
                throw EngineError.malformedData("\(source):\(number): column \"\(name)\" is empty")
            }
            guard let value = Double(cell) else {
                throw EngineError.malformedData("\(source):\(number): \"\(cell)\" in column \"\(name)\" is not a number")
            }
            guard value.isFinite else {
                throw EngineError.malformedData("\(source):\(number): column \"\(name)\" holds \(cell), not a finite number")
            }
            values.append(value)
        }
        return CSVColumn(name: name, values: values)
    }

    /// The header's names for a message, kept short: a header can be megabytes long, and the
    /// message ends up in a page's error box.
    private static func columnList(_ header: [String]) -> String {
        func shown(_ name: String) -> String { "\"" + (name.count > 40 ? name.prefix(40) + "…" : name) + "\"" }
        let list = header.prefix(10).map(shown).joined(separator: ", ")
        return header.count > 10 ? list + " and \(header.count - 10) more" : list
    }

    /// Splits one line into fields, unquoting "..." fields (spaces around the quotes allowed).
    private static func fields(of line: Substring, line number: Int, source: String) throws -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false, wasQuoted = false
        var index = line.startIndex
        while index < line.endIndex {
            let ch = line[index]
            index = line.index(after: index)
            if quoted {
                if ch != "\"" {
                    field.append(ch)
                } else if index < line.endIndex, line[index] == "\"" {
                    field.append("\"")  // "" inside quotes is one quote
                    index = line.index(after: index)
                } else {
                    quoted = false
                }
            } else if ch == "," {
                fields.append(field)
                field = ""
                wasQuoted = false
            } else if ch == "\"", !wasQuoted, field.allSatisfy({ $0 == " " }) {
                quoted = true
                wasQuoted = true
                field = ""
            } else {
                field.append(ch)
            }
        }
        guard !quoted else { throw EngineError.malformedData("\(source):\(number): the row has an unclosed quote") }
        fields.append(field)
        return fields
    }
}
