@testable import Directives
import Foundation
@testable import SiteBuilder
import Testing

@Suite("{{claim: …}} checked sentences")
struct ClaimTests {
    let references = References(
        values: [
            "note": [NamedValue("lb1_test", 49.96, decimals: 2), NamedValue("lb10_test", 46.84, decimals: 2),
                     NamedValue("seeds", integer: 10), NamedValue("first_month", text: "January 1949")],
            "broken": nil,
        ],
        file: "lessons/a.md")

    func check(_ text: String) -> (String, [String]) {
        var problems: [Diagnostic] = []
        let result = references.substitute(in: text, line: 12, problems: &problems)
        return (result, problems.map(\.description))
    }

    @Test func aTrueClaimRendersAsNothing() {
        #expect(check("Ten months beat one{{claim: note.lb10_test < note.lb1_test}}.") == ("Ten months beat one.", []))
        #expect(check("{{ claim:note.lb10_test<note.lb1_test }}") == ("", []))
    }

    @Test func aFalseClaimIsAnErrorAtItsLineWithTheValues() {
        #expect(check("One month wins{{claim: note.lb1_test < note.lb10_test}}.") == ("One month wins.", [
            "lessons/a.md:12: claim {{claim: note.lb1_test < note.lb10_test}} is false: note.lb1_test = 49.96, note.lb10_test = 46.84; "
                + "the sentence it backs no longer holds",
        ]))
    }

    @Test func arithmeticFunctionsChainsAndConjunctions() {
        for claim in ["note.lb1_test - note.lb10_test > 3", "abs(note.lb10_test - note.lb1_test) < 3.2",
                      "46 < note.lb10_test <= note.lb1_test < 50", "note.seeds == 10 and note.seeds / 2 == 5",
                      "min(note.lb1_test, note.lb10_test) == note.lb10_test", "-note.lb1_test < -49", "2 * (1 + 2) == 6",
                      "1e-3 < 0.01", "note.seeds != 9"] {
            #expect(check("{{claim: \(claim)}}") == ("", []), "\(claim)")
        }
        for claim in ["note.lb1_test - note.lb10_test > 4", "46 < note.lb10_test < 46.5", "note.seeds == 10 and note.seeds > 10",
                      "max(note.lb1_test, 60) < 50"] {
            #expect(check("{{claim: \(claim)}}").1.count == 1, "\(claim)")
        }
    }

    @Test func precedenceIsTheUsualOne() throws {
        let claim = try ClaimParser.parse("1 + 2 * 3 == 7 and (1 + 2) * 3 == 9 and 8 - 2 - 1 == 5 and 8 / 4 / 2 == 1")
        #expect(claim.holds { _, _ in 0 })
    }

    @Test func syntaxErrorsSayWhereAndWhat() {
        #expect(check("{{claim: note.lb1_test >}}").1 == [
            "lessons/a.md:12: claim {{claim: note.lb1_test >}} expected a number, a result id.name or '(' at column 16, found the end",
        ])
        #expect(check("{{claim: note.lb1_test}}").1.first?.contains("expected a comparison (<, <=, >, >=, == or !=)") == true)
        #expect(check("{{claim: }}").1.first?.contains("is empty") == true)
        #expect(check("{{claim: note.lb1_test > 1 or 2 > 1}}").1.first?.contains("expected 'and' or the end of the claim at column") == true)
        #expect(check("{{claim: note.lb1_test ≥ 1}}").1.first?.contains("unexpected '≥' at column 15") == true)
        #expect(check("{{claim: abs(1, 2) > 0}}").1.first?.contains("abs takes 1 values, not 2") == true)
        #expect(check("{{claim: note.a.b > 0}}").1.first?.contains("a number or a result written id.name") == true)
    }

    @Test func unknownNamesTextValuesAndFailedDirectives() {
        #expect(check("{{claim: note.lb3_test > 0}}").1 == [
            "lessons/a.md:12: reference {{claim: note.lb3_test > 0}}: 'note' has no result 'lb3_test' (did you mean 'lb1_test'?); "
                + "it has: lb1_test, lb10_test, seeds, first_month",
        ])
        #expect(check("{{claim: nott.lb1_test > 0}}").1.first?.contains("names unknown id 'nott' (did you mean 'note'?)") == true)
        #expect(check("{{claim: note.first_month > 0}}").1 == [
            "lessons/a.md:12: claim {{claim: note.first_month > 0}}: note.first_month is text ('January 1949'), not a number",
        ])
        // A failed directive is reported at the directive; its claims are not judged (as in lint).
        #expect(check("{{claim: broken.x > 1000}}") == ("", []))
    }

    @Test func aClaimInALessonFailsTheBuildWithItsFileAndLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claims-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = """
        ---
        title: Claims
        ---
        ```{activation}
        id: act
        show: curves
        ```

        tanh(2) is {{act.tanh_of_2}}, more than σ(0){{claim: act.tanh_of_2 > act.sigmoid_of_0}}.
        And less than it{{claim: act.tanh_of_2 < act.sigmoid_of_0}}.
        """
        let file = folder.appendingPathComponent("claims.md")
        try lesson.write(to: file, atomically: true, encoding: .utf8)
        let problems = Site.lint(try Data(contentsOf: file), displayPath: "lessons/claims.md")
        #expect(problems.isEmpty, "lint does not run directives, so it cannot judge claims: \(problems)")
        let page = Site.renderLesson(at: file, displayPath: "lessons/claims.md", fragment: true, jobs: 1)
        #expect(page.problems.map(\.description) == [
            "lessons/claims.md:10: claim {{claim: act.tanh_of_2 < act.sigmoid_of_0}} is false: act.tanh_of_2 = 0.964028, "
                + "act.sigmoid_of_0 = 0.5; the sentence it backs no longer holds",
        ])
        // A claim renders as nothing: the sentence it backs reads on as written.
        let html = try #require(page.html)
        #expect(html.contains("more than σ(0).") && html.contains("And less than it."))
        #expect(!html.contains("{{claim") && !html.contains("sigmoid_of_0"))
    }
}
