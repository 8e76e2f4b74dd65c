import Foundation
import Testing
@testable import Directives
import DirectiveTestSupport

/// `{gates}`: the table, the heatmaps and the named values all show the engine's trace; the
/// terms of each update add up to the state the prose quotes.
@Suite("{gates}")
struct GatesDirectiveTests: DirectiveSuite {
    typealias Kind = GatesDirective

    func present(_ yaml: String) throws -> DirectiveResult {
        GatesDirective.present(try run(yaml), options: try options(yaml))
    }

    func numbers(_ yaml: String) throws -> [String: Double] {
        Dictionary(try present(yaml).values.compactMap { value in value.number.map { (value.name, $0) } }) { first, _ in first }
    }

    func table(_ yaml: String) throws -> ResultTable {
        guard case .table(let table)? = try present(yaml).blocks.first else { throw TableMissing() }
        return table
    }

    struct TableMissing: Error {}

    @Test func theTableHasOneColumnPerGateAndState() throws {
        #expect(try table("cell: lstm\ninput: [1, 0]\nshow: table").header == ["t", "x", "i", "f", "g", "o", "c", "h"])
        #expect(try table("cell: gru\ninput: [1, 0]\nshow: table").header == ["t", "x", "z", "r", "h̃", "h"])
        // A plain RNN's one gate is its hidden state: one h column, not two.
        let rnn = try table("cell: rnn\nunits: 1\ninput: [1, 0]\nshow: table")
        #expect(rnn.header == ["t", "x", "h"])
        #expect(rnn.rows.allSatisfy { $0.count == 3 })
    }

    @Test func lstmTermsAddUpToTheQuotedState() throws {
        let values = try numbers("cell: lstm\nunits: 2\nseed: 3\ninput: [0.5, -1, 2]")
        for t in 1...3 {
            for unit in ["", "_u2"] {
                let (fc, ig, c) = (values["fc\(t)\(unit)"]!, values["ig\(t)\(unit)"]!, values["c\(t)\(unit)"]!)
                #expect(fc + ig == c, "c\(t)\(unit) = f·c + i·g")
                #expect(values["o\(t)\(unit)"]! * values["tanhc\(t)\(unit)"]! == values["h\(t)\(unit)"]!)
                #expect(abs(values["tanhc\(t)\(unit)"]! - tanh(c)) < 1e-15)
            }
            let cBefore = t > 1 ? values["c\(t - 1)"]! : 0
            #expect(values["fc\(t)"]! == values["f\(t)"]! * cBefore)
        }
    }

    @Test(arguments: ["gru", "gru_reset_before"])
    func gruTermsAddUpToTheQuotedState(cell: String) throws {
        let values = try numbers("cell: \(cell)\nunits: 1\nseed: 4\ninput: [1, -0.5, 0.25]")
        for t in 1...3 {
            #expect(values["zh\(t)"]! + values["zg\(t)"]! == values["h\(t)"]!, "h\(t) = z·h + (1 − z)·h̃")
            #expect(values["one_minus_z\(t)"]! == 1 - values["z\(t)"]!)
            #expect(values["zh\(t)"]! == values["z\(t)"]! * (t > 1 ? values["h\(t - 1)"]! : 0))
        }
    }

    @Test func aPlainRNNNamesEachValueOnce() throws {
        let names = try present("cell: rnn\nunits: 2\ninput: [1, 0, 0]").values.map(\.name)
        #expect(Set(names).count == names.count, "\(names)")
        #expect(names.contains("h3_u2") && names.contains("h3_pre") && !names.contains("c1"))
    }

    @Test func theHeatmapsHaveOneRowPerGateOrStateAndUnit() throws {
        let blocks = try present("cell: lstm\nunits: 2\ninput: [1, 0, 1, 0]\nshow: [gates, states]\ncaptions: [\"G.\", \"S.\"]").blocks
        guard case .figure(let gates, let first) = blocks[0], case .figure(let states, let second) = blocks[1] else {
            Issue.record("unexpected blocks \(blocks)")
            return
        }
        #expect(first == "G." && second == "S.")
        // Rows: i, f, o (the candidate shows with the states) and g, c, h, two units each.
        #expect(gates.svg(idPrefix: "a").components(separatedBy: ">f 2<").count == 2)
        for label in ["g 1", "c 2", "h 1"] { #expect(states.svg(idPrefix: "b").contains(">\(label)<"), "\(label)") }
    }

    @Test func theSameSeedGivesTheSameCellAndAnotherSeedAnother() throws {
        let a = try run("seed: 5\ninput: [1, 2]"), b = try run("seed: 6\ninput: [1, 2]")
        #expect(a.trace != b.trace)
        #expect(a.parameterCount == (1 + 2 + 1) * 4 * 2)
    }

    @Test func optionsOutOfRangeAreNamedWithTheirLine() {
        #expect(problems("input: [1]\nunits: 9").first?.hasPrefix("lessons/x.md:12: ") == true)
        #expect(!problems("units: 2").isEmpty)  // input is required
    }
}
