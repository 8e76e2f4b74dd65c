@testable import Directives
@testable import SiteBuilder
import Testing

@Suite("{{id.name}} references")
struct ReferencesTests {
    let references = References(
        values: [
            "lb1": [NamedValue("test_rmse", 49.9612, decimals: 2), NamedValue("train_rmse", 23.5, decimals: 1)],
            "broken": nil,
        ],
        file: "lessons/a.md")

    func substitute(_ text: String) -> (String, [String]) {
        var problems: [Diagnostic] = []
        let result = references.substitute(in: text, line: 7, problems: &problems)
        return (result, problems.map(\.description))
    }

    @Test func replacesKnownReferences() {
        #expect(substitute("RMSE {{lb1.test_rmse}} vs {{ lb1.train_rmse }}.") == ("RMSE 49.96 vs 23.5.", []))
        #expect(substitute("no braces here") == ("no braces here", []))
        #expect(substitute("unclosed {{lb1.test_rmse") == ("unclosed {{lb1.test_rmse", []))
    }

    @Test func unknownIdOrNameIsAnErrorWithItsLine() {
        #expect(substitute("{{lb2.test_rmse}}") == ("?", [
            "lessons/a.md:7: reference {{lb2.test_rmse}} names unknown id 'lb2' (did you mean 'lb1'?); ids in this lesson: broken, lb1",
        ]))
        #expect(substitute("{{lb1.test_rmsee}}") == ("?", [
            "lessons/a.md:7: reference {{lb1.test_rmsee}}: 'lb1' has no result 'test_rmsee' (did you mean 'test_rmse'?); it has: test_rmse, "
                + "train_rmse",
        ]))
        #expect(substitute("{{nodot}}") == ("?", ["lessons/a.md:7: reference {{nodot}} must have the form {{id.name}}"]))
    }

    @Test func aFailedDirectiveIsReportedOnceNotPerReference() {
        #expect(substitute("{{broken.x}}") == ("?", []))
    }

    @Test func numbersUseARealMinusAndNeverNegativeZero() {
        #expect(NumberText.fixed(-0.001, decimals: 2) == "0.00")
        #expect(NumberText.fixed(-1.5, decimals: 1) == "−1.5")
        #expect(NumberText.fixed(2, decimals: 0) == "2")
    }
}
