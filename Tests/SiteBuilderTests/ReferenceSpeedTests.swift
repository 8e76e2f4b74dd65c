@testable import Directives
import Foundation
@testable import SiteBuilder
import Testing

/// Issue 15, item 11: `{{id.name}}` substitution was quadratic in one text node (each search for
/// `}}` copied the rest of the text): 100 000 references took 8.5 s, 200 000 took 39 s.
@Suite("Reference substitution speed")
struct ReferenceSpeedTests {
    static func time(references count: Int) -> (seconds: Double, output: String) {
        let references = References(values: ["lb1": [NamedValue("test_rmse", 49.9612, decimals: 2)]], file: "lessons/big.md")
        let text = String(repeating: "RMSE {{lb1.test_rmse}}, ", count: count)
        var problems: [Diagnostic] = []
        let start = Date()
        let output = references.substitute(in: text, line: 1, problems: &problems)
        return (Date().timeIntervalSince(start), output)
    }

    @Test func twoHundredThousandReferencesInOneTextNodeAreLinear() {
        let small = Self.time(references: 50_000)
        let large = Self.time(references: 200_000)
        print("references: 50k \(small.seconds) s, 200k \(large.seconds) s")
        #expect(large.output.count == 200_000 * "RMSE 49.96, ".count)
        // Four times the references: linear work takes about four times as long; quadratic
        // took sixteen. The bound leaves room for a loaded machine, and a floor for timer noise;
        // the absolute bound is far below the quadratic code's 39 s even in a debug build.
        #expect(large.seconds < max(8 * small.seconds, 0.5))
        #expect(large.seconds < 20)
    }
}
