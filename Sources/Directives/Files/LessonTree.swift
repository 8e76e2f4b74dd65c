import Foundation

/// The lessons folder as a boundary: whatever a build reads — a lesson or a data file — must
/// lie inside it once symbolic links are resolved. One rule for both, so a lesson cannot be
/// published from where its data could not be read.
package struct LessonTree: Sendable {
    /// The lessons folder, with symbolic links resolved.
    let root: URL

    package init(_ lessonsDirectory: URL) {
        root = lessonsDirectory.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// Whether `url` (already standardised) is inside the folder, as written.
    func contains(_ url: URL) -> Bool {
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return url.path.hasPrefix(rootPath)
    }

    /// Whether `url` is inside the folder after following every symbolic link on its way.
    package func containsResolved(_ url: URL) -> Bool {
        contains(url.standardizedFileURL.resolvingSymlinksInPath())
    }

    /// How messages name `name` inside the folder shown as `folder`.
    package static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty || folder == "." ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name)
    }
}
