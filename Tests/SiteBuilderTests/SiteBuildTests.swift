@testable import Directives
import Foundation
@testable import SiteBuilder
import Testing

@Suite("Building the site")
struct SiteBuildTests {
    let first = lesson(title: "Squashing", order: 1, body: """
        ## Curves

        tanh(2) is {{act.tanh_of_2}}, and $`\\sigma(0) = {{act.sigmoid_of_0}}`$.

        ```{activation}
        id: act
        show: [curves, repeat]
        ```

        ```math
        c_t = f_t \\odot c_{t-1}
        ```
        """)
    let second = lesson(title: "Gates", order: 2, body: """
        ```{gates}
        id: g
        input: [1, 0.5]
        units: 1
        show: table
        ```

        The forget gate at step 2 is {{g.f2}}.
        """)

    @Test func writesPagesIndexAndAssets() throws {
        let site = try TemporaryLessons(["01-squashing.md": first, "02-gates.md": second])
        let build = try site.build()
        #expect(build.problems.isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: site.output.path).sorted()
        // `.lstmbook-files` lists what the build wrote, so a later build removes only those.
        #expect(names == [".lstmbook-files", "01-squashing.fig-act-2.csv", "01-squashing.fig-act-2.svg", "01-squashing.fig-act.csv",
                          "01-squashing.fig-act.svg", "01-squashing.html", "02-gates.html", "drift.html", "index.html", "live-cell.js",
                          "results.json", "search-index.js", "site.js", "style.css"])

        let page = site.page("01-squashing.html")
        #expect(page.contains("tanh(2) is 0.964,"))
        #expect(page.contains("<figure id=\"fig-act\""))
        #expect(page.contains("<figure id=\"fig-act-2\""))
        #expect(page.contains(">Figure 2.</a>"))
        #expect(page.contains("<math display=\"block\">"))
        #expect(!page.contains("{{"))
        #expect(page.contains("rel=\"next\" href=\"02-gates.html\""))
        #expect(site.page("02-gates.html").contains("rel=\"prev\" href=\"01-squashing.html\""))

        let index = site.page("index.html")
        let squashing = try #require(index.range(of: "Squashing"))
        let gates = try #require(index.range(of: "Gates"))
        #expect(squashing.lowerBound < gates.lowerBound)
        #expect(index.contains("About Squashing."))
    }

    @Test func sameSourcesSameBytesWhateverTheJobs() throws {
        let site = try TemporaryLessons(["01-squashing.md": first, "02-gates.md": second])
        let serial = site.site(jobs: 1).build()
        let parallel = site.site(jobs: 4).build()
        #expect(serial.files == parallel.files)
        #expect(!serial.files.contains { String(decoding: $0.data, as: UTF8.self).contains(site.root.path) })
    }

    @Test func aFailingDirectiveShowsAnErrorBoxAndKeepsThePreviousPage() throws {
        let site = try TemporaryLessons(["01-squashing.md": first, "02-gates.md": second])
        try site.build()
        let before = site.page("02-gates.html")
        try site.write("02-gates.md", second.replacingOccurrences(of: "units: 1", with: "units: 1\nseeds: 3"))
        let build = try site.build()
        #expect(build.problems.map(\.description) == [
            "lessons/02-gates.md:10: unknown option 'seeds' for directive {gates} (did you mean 'seed'?); known options: id, tolerance, input, "
                + "cell, units, seed, model, show, language, train, marks, captions",
        ])
        #expect(build.heldBack == ["02-gates.html", SearchIndex.fileName])
        #expect(site.page("02-gates.html") == before)
        let draft = try #require(build.drafts.first)
        #expect(String(decoding: draft.data, as: UTF8.self).contains("class=\"directive-error\""))
        #expect(site.page("01-squashing.html").contains("Squashing"))
    }

    @Test func referencesAndEquationsReportTheirLines() throws {
        let site = try TemporaryLessons(["01-a.md": lesson(title: "A", order: 1, body: """
            Text.

            See {{act.nope}} and {{other.x}}.

            $`\\sigmoid(x)`$
            """)])
        let problems = try site.build().problems.map(\.description)
        #expect(problems.count == 3)
        #expect(problems[0].hasPrefix("lessons/01-a.md:8: reference {{act.nope}} names unknown id 'act'"))
        #expect(problems[1].hasPrefix("lessons/01-a.md:8: reference {{other.x}} names unknown id 'other'"))
        #expect(problems[2].hasPrefix("lessons/01-a.md:10: equation: unknown command \\sigmoid"))
    }

    @Test func duplicateIdsAndUnknownDirectives() throws {
        let site = try TemporaryLessons(["01-a.md": lesson(title: "A", order: 1, body: """
            ```{activation}
            id: same
            show: gate
            ```

            ```{activation}
            id: same
            show: gate
            ```

            ```{forcast}
            ```
            """)])
        let problems = try site.build().problems.map(\.description)
        #expect(problems == [
            "lessons/01-a.md:12: id 'same' is already used by the directive at line 6; ids must be unique in a lesson",
            "lessons/01-a.md:16: unknown directive {forcast} (did you mean 'forecast'?); known: "
                + DirectiveRegistry.kinds.map { "{\($0.name)}" }.joined(separator: ", "),
        ])
    }

    @Test func stalePagesAreRemovedAndLeftoversCleaned() throws {
        let site = try TemporaryLessons(["01-squashing.md": first, "02-gates.md": second])
        try site.build()
        try FileManager.default.removeItem(at: site.lessons.appendingPathComponent("02-gates.md"))
        try Data("half".utf8).write(to: site.output.appendingPathComponent(AtomicFile.temporaryPrefix + "x"))
        try site.build()
        let names = try FileManager.default.contentsOfDirectory(atPath: site.output.path)
        #expect(!names.contains("02-gates.html"))
        #expect(!names.contains { $0.hasPrefix(AtomicFile.temporaryPrefix) })
    }
}
