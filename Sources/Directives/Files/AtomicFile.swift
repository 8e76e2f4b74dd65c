import Foundation

/// Writes files so a reader never sees half of one: the bytes go to a temporary file in the same
/// folder, are flushed to disk, and are renamed over the target in one step. A build killed at
/// any moment leaves each page either old and whole or new and whole.
public enum AtomicFile {
    /// Names of temporary files start with this, so a later build can remove any a crash left.
    package static let temporaryPrefix = ".lstmbook-tmp-"

    /// Writes `data` unless the file already holds exactly these bytes (so unchanged pages keep
    /// their modification time). Returns whether it wrote.
    @discardableResult
    public static func write(_ data: Data, to url: URL) throws -> Bool {
        if let existing = try? Data(contentsOf: url), existing == data { return false }
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(temporaryPrefix + UUID().uuidString)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var failure: POSIXErrorCode?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = POSIXErrorCode(rawValue: errno) ?? .EIO
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = POSIXErrorCode(rawValue: errno) ?? .EIO }
        close(descriptor)
        if failure == nil, rename(temporary.path, url.path) != 0 { failure = POSIXErrorCode(rawValue: errno) ?? .EIO }
        if let failure {
            unlink(temporary.path)
            throw POSIXError(failure)
        }
        return true
    }

    /// Removes temporary files an interrupted build left in `folder`.
    package static func removeLeftovers(in folder: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(temporaryPrefix) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }
}
