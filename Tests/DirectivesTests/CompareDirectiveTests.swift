import Foundation
import Testing
@testable import Directives
import DirectiveTestSupport

/// `{compare}`: two cells over the same input, the directive added to show that a new kind is a
/// declaration file, a run file and one registry line.
@Suite("{compare}")
struct CompareDirectiveTests: DirectiveSuite {
    typealias Kind = CompareDirective

    @Test func needsTwoDifferentCells() {
        let twoCells = "lessons/x.md:12: {compare}: 'cells' names the two different cells to compare, e.g. [lstm, gru]"
        #expect(problems("input: [1]\ncells: [lstm, lstm]") == [twoCells])
        #expect(problems("input: [1]\ncells: [gru]") == [twoCells])
        #expect(problems("input: [1, 0.5]\ncells: [rnn, gru]").isEmpty)
    }

    /// Each side is the cell {gates} runs with the same seed and units: two code paths, one answer.
    @Test func eachSideIsTheCellGatesRuns() throws {
        let output = try run("input: [1, 0.5, -1]\ncells: [lstm, gru]\nunits: 2\nseed: 4")
        let gates = GatesSuite()
        #expect(output.traces[0] == (try gates.run("input: [1, 0.5, -1]\ncell: lstm\nunits: 2\nseed: 4")).trace)
        #expect(output.traces[1] == (try gates.run("input: [1, 0.5, -1]\ncell: gru\nunits: 2\nseed: 4")).trace)
    }

    @Test func namedValuesAreDeclaredAndTheGapIsTheLargest() throws {
        let output = try run("input: [1, 0.5, -1, 2]\ncells: [lstm, rnn]")
        let values = Kind.present(output, options: try options("input: [1, 0.5, -1, 2]\ncells: [lstm, rnn]")).values
        for value in values { #expect(Kind.results.contains { $0.matches(value.name) }, "\(value.name) is not declared") }
        let gap = try #require(values.first { $0.name == "largest_gap" }?.number)
        let gaps = zip(output.traces[0].steps, output.traces[1].steps).map { abs($0.h[0] - $1.h[0]) }
        #expect(gap == gaps.max())
        #expect(values.contains { $0.name == "rnn_h4" } && values.contains { $0.name == "lstm_parameters" && $0.number == 12 })
    }

    struct GatesSuite: DirectiveSuite { typealias Kind = GatesDirective }
}
