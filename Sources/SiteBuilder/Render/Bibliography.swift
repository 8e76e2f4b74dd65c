import Directives
import Foundation
import Yams

/// The works lessons cite: `lessons/references.json`, CSL-JSON (the format Zotero, Pandoc and
/// Quarto read and write), so a reference manager can export it as is. Only the fields the
/// reference list prints are read; others are allowed and ignored.
struct Bibliography: Sendable {
    static let fileName = "references.json"

    struct Name: Decodable, Sendable, Equatable {
        var family: String?
        var given: String?
        /// An organisation, or a name that is not split.
        var literal: String?

        var short: String { family ?? literal ?? given ?? "?" }
        var full: String {
            if let literal { return literal }
            return [given, family].compactMap { $0 }.joined(separator: " ")
        }
    }

    struct DateParts: Decodable, Sendable, Equatable {
        var dateParts: [[Int]]?
        enum CodingKeys: String, CodingKey { case dateParts = "date-parts" }
    }

    struct Entry: Decodable, Sendable, Equatable {
        var id: String
        var type: String?
        var author: [Name]?
        var editor: [Name]?
        var issued: DateParts?
        var title: String?
        var containerTitle: String?
        var publisher: String?
        var edition: String?
        var volume: String?
        var issue: String?
        var page: String?
        var doi: String?
        var url: String?

        enum CodingKeys: String, CodingKey {
            case id, type, author, editor, issued, title, publisher, edition, volume, issue, page
            case containerTitle = "container-title", doi = "DOI", url = "URL"
        }

        var year: String { issued?.dateParts?.first?.first.map(String.init) ?? "n.d." }

        /// "Hochreiter & Schmidhuber", "Cho et al.", "Phi".
        func shortAuthors(_ words: SiteWords) -> String {
            let names = (author ?? editor ?? []).map(\.short)
            switch names.count {
            case 0: return title ?? id
            case 1: return names[0]
            case 2: return names[0] + words.authorsAnd + names[1]
            default: return names[0] + words.etAl
            }
        }

        /// One entry of the reference list, as HTML: authors (year). Title. Container, volume(issue), pages. Link.
        func html(_ words: SiteWords) -> String {
            let names = (author ?? editor ?? []).map(\.full)
            var authors = names.count <= 2 ? names.joined(separator: words.authorsAnd)
                : names.dropLast().joined(separator: ", ") + "," + words.authorsAnd + names.last!
            if author == nil && editor != nil { authors += " (ed\(names.count > 1 ? "s" : "").)" }
            var parts = ["\(HTML.escape(authors)) (\(HTML.escape(year))).".trimmingCharacters(in: .whitespaces)]
            if let title {
                let isBook = type == "book"
                parts.append(isBook ? "<cite>\(HTML.escape(title))</cite>." : "\(HTML.escape(title)).")
            }
            var source: [String] = []
            if let containerTitle {
                var where_ = "<cite>\(HTML.escape(containerTitle))</cite>"
                if let volume { where_ += " " + HTML.escape(volume) + (issue.map { "(\(HTML.escape($0)))" } ?? "") }
                source.append(where_)
            }
            if let edition { source.append(HTML.escape(edition)) }
            if let publisher { source.append(HTML.escape(publisher)) }
            if let page { source.append(HTML.escape(page.replacingOccurrences(of: "-", with: "–"))) }
            if !source.isEmpty { parts.append(source.joined(separator: ", ") + ".") }
            if let doi {
                parts.append("<a href=\"\(HTML.escape("https://doi.org/" + doi))\">doi:\(HTML.escape(doi))</a>")
            } else if let url {
                parts.append("<a href=\"\(HTML.escape(url))\">\(HTML.escape(url))</a>")
            }
            return parts.joined(separator: " ")
        }
    }

    let entries: [String: Entry]
    /// How messages name the file, e.g. `lessons/references.json`.
    let displayPath: String

    static func anchor(_ key: String) -> String { "ref-" + key }

    /// Reads the bibliography beside the lessons; nil when there is none. A file that is not
    /// CSL-JSON, or repeats a key, is an error naming the file (and the line where it can).
    static func load(directory: URL, displayPath folder: String) throws(Diagnostics) -> Bibliography? {
        let url = directory.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return try parse(data, displayPath: LessonTree.join(folder, fileName))
    }

    static func parse(_ data: Data, displayPath: String) throws(Diagnostics) -> Bibliography {
        let list: [Entry]
        do {
            list = try JSONDecoder().decode([Entry].self, from: data)
        } catch {
            throw Diagnostics([Diagnostic(file: displayPath, line: line(of: error, in: data), message: "not a CSL-JSON list of "
                + "works: \(reason(error))")])
        }
        var entries: [String: Entry] = [:]
        for entry in list {
            guard CrossReference.isLabelName(entry.id) else {
                throw Diagnostics([Diagnostic(file: displayPath, line: line(ofKey: entry.id, in: data),
                                              message: "citation key '\(entry.id)' may hold only letters, digits, '-' and '_'")])
            }
            guard entries.updateValue(entry, forKey: entry.id) == nil else {
                throw Diagnostics([Diagnostic(file: displayPath, line: line(ofKey: entry.id, in: data), message: "citation key "
                    + "'\(entry.id)' is used twice")])
            }
        }
        return Bibliography(entries: entries, displayPath: displayPath)
    }

    /// The line of `"id": "key"` in the file, so a bad entry is found by its line.
    private static func line(ofKey key: String, in data: Data) -> Int {
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains("\"id\"") && $0.contains("\"\(key)\"") } ?? 0) + 1
    }

    /// Foundation's JSON parser does not say where a syntax error is; JSON is YAML, so Yams's
    /// parser, which does, finds the line. A missing or mistyped field is reported at line 1
    /// with the entry's number.
    private static func line(of error: Error, in data: Data) -> Int {
        guard case DecodingError.dataCorrupted = error else { return 1 }
        do {
            _ = try Yams.compose(yaml: String(decoding: data, as: UTF8.self))
        } catch let yamlError as YamlError {
            switch yamlError {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
            default: return 1
            }
        } catch {}
        return 1
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "entry \(context.codingPath.first.map { "\($0.intValue.map { $0 + 1 } ?? 0)" } ?? "?") has no '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return context.codingPath.map { $0.intValue.map { "entry \($0 + 1)" } ?? $0.stringValue }.joined(separator: ", ")
                + ": " + context.debugDescription
        case DecodingError.dataCorrupted(let context):
            return context.debugDescription
        default:
            return "\(error)"
        }
    }
}
