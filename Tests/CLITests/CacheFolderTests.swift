import Foundation
import Testing

/// A cache that cannot be written is named as the reason directives rerun.
@Suite struct CacheFolderTests {
    @Test func anUnwritableCacheIsSaidToBeOne() throws {
        let project = try Project()
        try project.write("01-a.md", "---\ntitle: A\n---\nHi.\n\n```{activation}\nshow: gate\n```\n")
        // A file where the cache's parent folder should be: not writable even for root.
        let blocker = project.root.appendingPathComponent("blocker")
        try Data().write(to: blocker)
        let outcome = try CLI.run(["build", "--jobs", "1", "--cache", blocker.appendingPathComponent("cache").path], in: project.root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("cannot be written (not a directory); directives run afresh and no result is kept"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("options changed"))
    }
}
