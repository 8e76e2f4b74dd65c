import Foundation

/// What a running directive may see besides its options: the data files it named (already read
/// and checked to lie inside the lessons folder), a way to report progress, and how many threads
/// its independent runs may share.
public struct DirectiveContext: Sendable {
    /// The lesson the directive sits in, as shown in messages.
    public let file: String
    /// The bytes of each `.dataPath` option's file, by the path written: exactly the bytes the
    /// cache key was computed from.
    public let dataFiles: [String: DataFile]
    /// Called as long work advances (`done` of `total` units, e.g. epochs); may be called from
    /// any thread.
    public let progress: @Sendable (_ done: Int, _ total: Int) -> Void
    /// The build's `--jobs`: a directive made of many independent training runs may spread them
    /// over this many threads, so one long directive does not leave the other cores idle.
    public let workers: Int

    public init(file: String, dataFiles: [String: DataFile], workers: Int = 1,
                progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) {
        self.file = file
        self.dataFiles = dataFiles
        self.workers = workers
        self.progress = progress
    }

    /// The file a `.dataPath` option names (its value, e.g. `options.data`).
    public func data(at path: String) -> DataFile {
        guard let file = dataFiles[path] else { preconditionFailure("'\(path)' is not a data file that was read") }
        return file
    }
}

/// A data file a directive reads.
public struct DataFile: Sendable, Hashable {
    /// The path as the author wrote it, relative to the lessons folder.
    public let path: String
    /// The path as messages show it, e.g. `lessons/data/airline.csv`.
    public let displayPath: String
    public let bytes: Data
}
