import Foundation

/// Whether a cache folder can keep results, asked once before a build so the person running it
/// is told the truth ("cannot be written") instead of seeing every directive rerun for reasons
/// that are not the real one.
public enum CacheAccess {
    /// Why nothing can be written to `directory`, in words; nil when it can be.
    public static func problem(writing directory: URL) -> String? {
        if let code = makeFolder(directory.standardizedFileURL) { return String(cString: strerror(code)).lowercased() }
        let probe = directory.appendingPathComponent(AtomicFile.temporaryPrefix + "probe-" + UUID().uuidString)
        let descriptor = open(probe.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)).lowercased() }
        close(descriptor)
        unlink(probe.path)
        return nil
    }

    /// `mkdir -p`, returning the `errno` that stopped it: Foundation's error for this names no cause.
    private static func makeFolder(_ url: URL) -> Int32? {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) { return isFolder.boolValue ? nil : ENOTDIR }
        let parent = url.deletingLastPathComponent()
        if parent.path != url.path, let code = makeFolder(parent) { return code }
        return mkdir(url.path, 0o755) == 0 || errno == EEXIST ? nil : errno
    }
}
