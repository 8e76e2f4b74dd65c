import Foundation

/// Finds the data file an option names and refuses anything that would let a lesson read
/// outside its folder: absolute paths, `..`, and symbolic links that lead out.
struct DataFileResolver {
    /// The lessons folder; lessons are held to the same boundary (`LessonCatalog`).
    let tree: LessonTree
    var root: URL { tree.root }
    /// How messages name the lessons folder.
    let displayRoot: String

    init(lessonsDirectory: URL, displayRoot: String) {
        tree = LessonTree(lessonsDirectory)
        self.displayRoot = displayRoot
    }

    func read(_ path: String) throws(DirectiveFailure) -> DataFile {
        if path.hasPrefix("/") || path.hasPrefix("~") {
            throw DirectiveFailure("data path '\(path)' must be relative to the lessons folder")
        }
        let url = root.appendingPathComponent(path).standardizedFileURL
        guard tree.contains(url) else {
            throw DirectiveFailure("data path '\(path)' leads outside the lessons folder")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw DirectiveFailure("data file '\(path)' does not exist in the lessons folder\(suggestion(for: url))")
        }
        guard tree.containsResolved(url) else {
            throw DirectiveFailure("data path '\(path)' is a symbolic link that leads outside the lessons folder")
        }
        if isDirectory.boolValue {
            throw DirectiveFailure("data path '\(path)' is a folder, not a file")
        }
        if let kind = RegularFile.otherKind(url) {
            throw DirectiveFailure("data path '\(path)' is \(kind), not a file")
        }
        do {
            return DataFile(path: path, displayPath: LessonTree.join(displayRoot, path), bytes: try Data(contentsOf: url))
        } catch {
            throw DirectiveFailure("cannot read data file '\(path)': \(RegularFile.reason(error))")
        }
    }

    private func suggestion(for url: URL) -> String {
        let folder = url.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        guard let near = DidYouMean.suggestion(for: url.lastPathComponent, among: names.sorted()) else { return "" }
        return " (did you mean '\(near)'?)"
    }
}
