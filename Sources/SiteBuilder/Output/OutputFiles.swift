/// Which of lstmbook's files in the output folder this build no longer writes (a lesson removed,
/// a figure gone), so `build` removes them and `check` reports them. A held-back page keeps its
/// downloads (`PAGE.ANCHOR.csv`, `PAGE.ANCHOR.svg`), as it keeps itself.
enum OutputFiles {
    /// What lstmbook writes, for a folder that has no manifest to say so.
    static func looksGenerated(_ name: String) -> Bool {
        [".html", ".csv", ".svg"].contains(where: name.hasSuffix)
    }

    static func isStale(_ name: String, written: Set<String>, heldBack: [String]) -> Bool {
        guard !written.contains(name), !heldBack.contains(name) else { return false }
        return !heldBack.contains { page in page.hasSuffix(".html") && name.hasPrefix(page.dropLast(5) + ".") }
    }
}
