import Foundation

/// Committed bytes of a figure: a test compares what the code draws now with a file written by
/// an earlier process, so a change in the drawing (or output that depends on something other
/// than the input, such as a dictionary's order, which varies from process to process) fails
/// the test rather than passing by comparing a result with itself.
///
/// After a deliberate change, `LSTMBOOK_UPDATE_GOLDEN=1 swift test --filter …` rewrites the
/// files; review the diff before committing them.
public enum Golden {
    /// Whether `text` equals the committed file `name` in the folder `Golden` beside `testFile`
    /// (pass `#filePath`). Rewrites the file first when `LSTMBOOK_UPDATE_GOLDEN` is 1.
    public static func matches(_ text: String, name: String, besides testFile: String) throws -> Bool {
        let file = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["LSTMBOOK_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file, options: .atomic)
        }
        return try String(contentsOf: file, encoding: .utf8) == text
    }
}
