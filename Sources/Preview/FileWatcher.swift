import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices changed, added and removed files under some folders by polling their sizes and
/// modification times: portable, needs no inotify, and a few hundred `stat` calls a poll cost
/// nothing next to a build. Hidden files and editor leftovers (`.x.swp`, `x~`, `#x#`) are
/// ignored, so saving in an editor counts once and the tool's own cache never counts.
public struct FileWatcher: Sendable {
    private struct Stamp: Equatable {
        let size: Int
        let seconds: Int
        let nanoseconds: Int
        let inode: UInt
    }

    /// The folders, as the user named them; changed files are reported under these names.
    private let roots: [String]
    private let interval: Double
    private let quiet: Double
    private var known: [String: Stamp]

    /// Takes the first look at once: changes from now on are reported, nothing before.
    /// - Parameters:
    ///   - interval: seconds between looks.
    ///   - quiet: how long the files must stay unchanged before a change is reported, so a
    ///     burst (an editor's save, a `git checkout`) makes one rebuild.
    public init(roots: [String], interval: Double = 0.4, quiet: Double = 0.3) {
        self.roots = roots
        self.interval = interval
        self.quiet = quiet
        known = Self.look(at: roots)
    }

    /// Waits until files change and then stay unchanged for `quiet` seconds; returns the paths
    /// that differ from the last look, sorted. Files changed and changed back in between do not count.
    public mutating func next() -> [String] {
        while true {
            Thread.sleep(forTimeInterval: interval)
            var now = Self.look(at: roots)
            guard now != known else { continue }
            while true {
                Thread.sleep(forTimeInterval: quiet)
                let again = Self.look(at: roots)
                if again == now { break }
                now = again
            }
            let changed = differences(from: now)
            if !changed.isEmpty { return changed }
        }
    }

    /// The paths that differ from the last look, looking once without waiting.
    public mutating func changesSoFar() -> [String] {
        differences(from: Self.look(at: roots))
    }

    /// What differs between `now` and the last look, which `now` becomes.
    private mutating func differences(from now: [String: Stamp]) -> [String] {
        defer { known = now }
        return Set(now.keys).union(known.keys).filter { now[$0] != known[$0] }.sorted()
    }

    private static func look(at roots: [String]) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for root in roots { walk(root, into: &stamps) }
        return stamps
    }

    private static func walk(_ folder: String, into stamps: inout [String: Stamp]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where !isIgnored(name) {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }  // gone since the listing
            if info.st_mode & S_IFMT == S_IFDIR {
                walk(path, into: &stamps)
            } else {
                // A linked file counts by its target; a linked folder is not entered, so a link
                // to a parent folder cannot make the walk endless.
                if info.st_mode & S_IFMT == S_IFLNK {
                    guard stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { continue }
                }
                stamps[path] = Stamp(size: Int(info.st_size), seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec,
                                     inode: UInt(info.st_ino))
            }
        }
    }

    private static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || (name.hasPrefix("#") && name.hasSuffix("#"))
    }
}
