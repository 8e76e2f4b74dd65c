/// Which files in the output folder the build owns, so that one it no longer writes (a lesson
/// removed, a figure gone) is removed by `build` and reported by `check`: pages, and the
/// downloads beside them (`PAGE.ANCHOR.csv`, `PAGE.ANCHOR.svg`). A held-back page keeps its
/// downloads, as it keeps itself.
enum OutputFiles {
    static let downloadSuffixes = [".csv", ".svg"]

    static func isStale(_ name: String, written: Set<String>, heldBack: [String]) -> Bool {
        guard !written.contains(name), !heldBack.contains(name) else { return false }
        if name.hasSuffix(".html") { return true }
        guard downloadSuffixes.contains(where: name.hasSuffix) else { return false }
        return !heldBack.contains { page in page.hasSuffix(".html") && name.hasPrefix(page.dropLast(5) + ".") }
    }
}
