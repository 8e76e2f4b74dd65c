import Foundation

/// Lessons and data must be regular files. Reading a FIFO waits for a writer for ever, and a
/// device may never end; both were reported as a "permission" problem, which they are not.
package enum RegularFile {
    /// What the file at `url` is when it is not a regular file ("a FIFO", "a device"), following
    /// symbolic links; nil for a regular file or when it cannot be examined (reading says why).
    package static func otherKind(_ url: URL) -> String? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        case S_IFDIR: return "a folder"
        default: return "a special file"
        }
    }

    /// Why a file could not be read, in the words of a message ("no such file", "permission denied").
    package static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError { return "no such file" }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        return ns.localizedDescription
    }
}
