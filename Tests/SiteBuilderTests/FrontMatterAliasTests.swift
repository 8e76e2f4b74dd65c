import Foundation
@testable import SiteBuilder
import Testing

/// YAML anchors and aliases are refused before anything is composed. An alias used as a mapping
/// key makes the composer hash the expanded tree, ten times the work per level: the six levels
/// below (about 400 bytes) took 1.2 s in a debug build before the guard, seven took 12 s.
@Suite("YAML anchors and aliases")
struct FrontMatterAliasTests {
    /// `levels` anchors, each a list of ten aliases to the one before, the last used as a key.
    static func bomb(levels: Int) -> String {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1..<levels {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        lines.append("k: {*a\(levels - 1): 1}")
        return lines.joined(separator: "\n")
    }

    /// Lints `text` and returns what it said and how long it took.
    func lint(_ text: String) -> (problems: [String], seconds: Double) {
        let started = Date()
        let problems = Site.lint(Data(text.utf8), displayPath: "lessons/a.md").map(\.description)
        return (problems, Date().timeIntervalSince(started))
    }

    @Test func anAliasBombInFrontMatterFailsFastAtItsLine() {
        let (problems, seconds) = lint("---\ntitle: Bomb\n" + Self.bomb(levels: 6) + "\n---\nHi.\n")
        #expect(problems == ["lessons/a.md:3: the front matter is not accepted: YAML anchors (&name) are not allowed; write each value out in full"])
        #expect(seconds < 0.5, "took \(seconds) s")
    }

    @Test func anAliasBombInADirectiveFailsFastAtItsLine() {
        let (problems, seconds) = lint("---\ntitle: A\n---\nHi.\n\n```{activation}\nshow: gate\n" + Self.bomb(levels: 6) + "\n```\n")
        #expect(problems.first == "lessons/a.md:8: the directive {activation} is not accepted: "
                + "YAML anchors (&name) are not allowed; write each value out in full")
        #expect(seconds < 0.5, "took \(seconds) s")
    }

    @Test func anAliasAloneIsNamedAtItsLine() {
        let (problems, _) = lint("---\ntitle: A\nsummary: *s\n---\nHi.\n")
        #expect(problems == ["lessons/a.md:3: the front matter is not accepted: YAML aliases (*name) are not allowed; write each value out in full"])
    }

    @Test func starsAndAmpersandsInsideValuesAreStillText() {
        let (problems, _) = lint("---\ntitle: \"R&D *and* more\"\nsummary: a *b & c\n---\nHi.\n")
        #expect(problems.isEmpty, "\(problems)")
    }
}
