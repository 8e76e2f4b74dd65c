import Foundation

/// An exclusive lock on a folder, held while a build writes into it. Two builds into one folder
/// take turns: otherwise one removes the other's temporary files as leftovers, and the other
/// fails with "No such file or directory". `flock` on the folder itself leaves no lock file
/// behind, and the kernel releases it if the process dies.
struct FolderLock {
    private let descriptor: Int32

    /// Waits until no other build holds the folder.
    init(_ folder: URL) throws {
        descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let code = errno
                close(descriptor)
                throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
            }
        }
    }

    func release() {
        close(descriptor)
    }
}
