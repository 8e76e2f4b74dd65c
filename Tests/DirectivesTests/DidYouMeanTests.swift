@testable import Directives
import Testing

@Suite("Did you mean")
struct DidYouMeanTests {
    @Test func editDistance() {
        #expect(DidYouMean.editDistance("", "abc") == 3)
        #expect(DidYouMean.editDistance("kitten", "sitting") == 3)
        #expect(DidYouMean.editDistance("look_back", "look_back") == 0)
        #expect(DidYouMean.editDistance("titel", "title") == 1)
    }

    @Test func suggestsOnlyNearNames() {
        #expect(DidYouMean.suggestion(for: "forcast", among: ["activation", "forecast", "gates"]) == "forecast")
        #expect(DidYouMean.suggestion(for: "Gates", among: ["activation", "forecast", "gates"]) == "gates")
        #expect(DidYouMean.suggestion(for: "zzz", among: ["activation", "forecast", "gates"]) == nil)
        #expect(DidYouMean.suggestion(for: "x", among: []) == nil)
    }
}
