import Directives
import Foundation

/// The list, kept in the output folder, of the files lstmbook wrote there: a later build removes
/// a page only if this list names it, so files an author put beside the site are never deleted.
/// One name a line, sorted, no timestamps: the same site gives the same bytes.
enum OutputManifest {
    static let fileName = ".lstmbook-files"
    private static let header = "# files written by lstmbook build; it removes only these"

    /// The names listed, or nil when the folder has no (readable) manifest.
    static func read(in folder: URL) -> Set<String>? {
        guard let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else { return nil }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.first == header else { return nil }
        // A name with a slash or `..` was not written by lstmbook: never follow it out.
        return Set(lines.dropFirst().filter { !$0.isEmpty && !$0.contains("/") && $0 != ".." && $0 != "." })
    }

    static func write(_ names: Set<String>, in folder: URL) throws {
        let text = ([header] + names.sorted()).joined(separator: "\n") + "\n"
        try AtomicFile.write(Data(text.utf8), to: folder.appendingPathComponent(fileName))
    }
}
