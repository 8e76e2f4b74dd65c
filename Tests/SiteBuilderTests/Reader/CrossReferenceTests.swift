import Foundation
@testable import SiteBuilder
import Testing

@Suite("Cross-references: {{fig:…}}, {{tab:…}}, {{eq:…}}, {{sec:…}}")
struct CrossReferenceTests {
    static let body = """
        ## Curves

        See {{fig:act.2}} and {{fig:act}}, then {{eq:cell}} and {{sec:curves}}.

        ```{activation}
        id: act
        show: [curves, repeat]
        captions: ["The curves; compare {{fig:act.2}}.", "Repeated."]
        ```

        ```math {#eq:cell}
        c_t = f_t \\odot c_{t-1}
        ```
        """

    @Test func referencesRenderAsNumberedLinks() throws {
        let site = try TemporaryLessons(["01-a.md": lesson(title: "A", order: 1, body: Self.body)])
        #expect(try site.build().problems.isEmpty)
        let page = site.page("01-a.html")
        #expect(page.contains("See <a class=\"xref\" href=\"#fig-act-2\">Figure 2</a> and <a class=\"xref\" href=\"#fig-act\">Figure 1</a>, "
            + "then <a class=\"xref\" href=\"#eq-cell\">Equation (1)</a> and <a class=\"xref\" href=\"#curves\">“Curves”</a>."))
        #expect(page.contains("The curves; compare <a class=\"xref\" href=\"#fig-act-2\">Figure 2</a>."))
        #expect(page.contains("<div class=\"equation\" id=\"eq-cell\"><div class=\"math-scroll\"><math display=\"block\">"))
        #expect(page.contains("<span class=\"equation-number\">(1)</span></div>"))
        // Every link points at an id on the page.
        for href in page.matches(of: #/href="#([^"]+)"/#).map({ String($0.output.1) }) {
            #expect(page.contains("id=\"\(href)\""), "no target for #\(href)")
        }
    }

    @Test func numbersFollowTheContentWhenItMoves() throws {
        let moved = """
            ```{activation}
            show: repeat
            ```

            """ + Self.body
        let site = try TemporaryLessons(["01-a.md": lesson(title: "A", order: 1, body: moved)])
        #expect(try site.build().problems.isEmpty)
        let page = site.page("01-a.html")
        #expect(page.contains("See <a class=\"xref\" href=\"#fig-act-2\">Figure 3</a> and <a class=\"xref\" href=\"#fig-act\">Figure 2</a>"))
        #expect(page.contains("<figure id=\"fig-1\""))
    }

    @Test func aMissingLabelIsAnErrorAtItsLineWithADidYouMean() throws {
        let body = Self.body.replacingOccurrences(of: "See {{fig:act.2}}", with: "See {{fig:act.3}} {{fgi:act}} {{sec:curve}} {{eq:cel}}")
        let site = try TemporaryLessons(["01-a.md": lesson(title: "A", order: 1, body: body)])
        #expect(try site.build().problems.map(\.description) == [
            "lessons/01-a.md:8: cross-reference {{fig:act.3}} names no figure (did you mean 'fig:act.2'?); labels in this lesson: fig:act, fig:act.2",
            "lessons/01-a.md:8: reference {{fgi:act}}: unknown kind 'fgi:' (did you mean 'fig:'?); known: fig:, tab:, eq:, sec:, cite:, citet:, "
                + "claim:",
            "lessons/01-a.md:8: cross-reference {{sec:curve}} names no section (did you mean 'sec:curves'?); labels in this lesson: sec:curves",
            "lessons/01-a.md:8: cross-reference {{eq:cel}} names no equation (did you mean 'eq:cell'?); labels in this lesson: eq:cell",
        ])
    }

    @Test func lintChecksSectionsAndEquationsWithoutRunning() {
        let text = lesson(title: "A", order: 1, body: "## Curves\n\nSee {{sec:curvs}} and {{eq:x}}.\n\n```math {#eq x}\nx\n```\n")
        #expect(Site.lint(Data(text.utf8), displayPath: "lessons/a.md", checkCitations: false).map(\.description) == [
            "lessons/a.md:10: a math block's label is written ```math {#eq:name}```, not '{#eq x}'",
            "lessons/a.md:8: cross-reference {{sec:curvs}} names no section (did you mean 'sec:curves'?); labels in this lesson: sec:curves",
            "lessons/a.md:8: cross-reference {{eq:x}} names no equation; this lesson has no eq: labels",
        ])
    }

    @Test func everyCrossReferenceInTheLessonsResolves() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: repositoryLessons.path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(names.count >= 8)
        var labelled = 0
        for name in names {
            let url = repositoryLessons.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            labelled += text.matches(of: #/\{\{(fig|tab|eq|sec|cite|citet):/#).count
            #expect(Site.lint(Data(text.utf8), displayPath: url.path) == [], "\(name)")
        }
        #expect(labelled > 0)
    }

    /// Two lessons: the second points into the first.
    static func twoLessons(_ pointer: String) -> [String: String] {
        ["01-a.md": lesson(title: "A", order: 1, body: Self.body),
         "02-b.md": lesson(title: "B", order: 2, body: "## Back\n\n" + pointer + "\n")]
    }

    @Test func aReferenceIntoAnotherLessonLinksToItsTarget() throws {
        let site = try TemporaryLessons(Self.twoLessons("See {{fig:01-a/act.2}}, {{eq:01-a/cell}} and {{sec:01-a/curves}}."))
        #expect(try site.build().problems.isEmpty)
        let page = site.page("02-b.html")
        #expect(page.contains("See <a class=\"xref\" href=\"01-a.html#fig-act-2\">Figure 2 of lesson 1</a>, "
            + "<a class=\"xref\" href=\"01-a.html#eq-cell\">Equation (1) of lesson 1</a> and "
            + "<a class=\"xref\" href=\"01-a.html#curves\">“Curves” of lesson 1</a>."), "\(page)")
        // Every link into the other page names an id it has.
        let other = site.page("01-a.html")
        for anchor in page.matches(of: #/href="01-a\.html#([^"]+)"/#).map({ String($0.output.1) }) {
            #expect(other.contains("id=\"\(anchor)\""), "no target for 01-a.html#\(anchor)")
        }
    }

    @Test func aMissingLessonOrLabelIsAnErrorAtItsLineWithADidYouMean() throws {
        let site = try TemporaryLessons(Self.twoLessons("{{fig:01a/act}} {{fig:01-a/akt}} {{sec:01-a/curve}}"))
        #expect(try site.build().problems.map(\.description) == [
            "lessons/02-b.md:8: cross-reference {{fig:01a/act}} names no lesson '01a' (did you mean '01-a'?); lessons: 01-a, 02-b",
            "lessons/02-b.md:8: cross-reference {{fig:01-a/akt}} names no figure of 01-a (did you mean 'fig:01-a/act'?); "
                + "labels in 01-a: fig:01-a/act, fig:01-a/act.2",
            "lessons/02-b.md:8: cross-reference {{sec:01-a/curve}} names no section of 01-a (did you mean 'sec:01-a/curves'?); "
                + "labels in 01-a: sec:01-a/curves",
        ])
    }

    /// `lint` runs nothing: it knows the other lessons' directive ids, headings and equations.
    @Test func lintChecksReferencesIntoOtherLessonsAsDeclared() throws {
        let site = try TemporaryLessons(Self.twoLessons("{{fig:01-a/act.2}} {{sec:01-a/curves}} {{tab:01-a/nope}} {{eq:01-a/cel}}"))
        let url = site.lessons.appendingPathComponent("02-b.md")
        #expect(Site.lint(try Data(contentsOf: url), displayPath: url.path).map(\.message) == [
            "cross-reference {{tab:01-a/nope}} names no table of 01-a; 01-a has no tab: labels",
            "cross-reference {{eq:01-a/cel}} names no equation of 01-a (did you mean 'eq:01-a/cell'?); labels in 01-a: eq:01-a/cell",
        ])
    }
}
