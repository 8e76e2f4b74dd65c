import DirectiveTestSupport
@testable import Directives
import Foundation
import Testing

/// `train: marked`: the walked-through cells of lessons 3, 4 and 8 are trained so their gates
/// decide. The test holds the lesson to what it says: a marked step shuts the forget gate and
/// opens the input gate, an unmarked one keeps the memory.
@Suite("{gates} and {cell} with train: marked")
struct TrainedCellTests: DirectiveSuite {
    typealias Kind = GatesDirective

    let walk = "units: 1\nseed: 2\ntrain: marked\ninput: [0.6, 1, -0.3, 0.4, -1, 0.2]\nmarks: [0, 1, 0, 0, 1, 0]"

    @Test func aMarkedStepForgetsAndWritesAnUnmarkedStepKeeps() throws {
        let output = try run(walk)
        let accuracy = try #require(output.accuracy)
        #expect(accuracy > 0.95)
        func gate(_ name: String, _ t: Int) -> Double {
            output.trace.steps[t - 1].gates.first { $0.name == name }!.activation[0]
        }
        for t in [2, 5] { #expect(gate("f", t) < 0.2 && gate("i", t) > 0.9, "marked step \(t)") }
        for t in [3, 4] { #expect(gate("f", t) > 0.9 && gate("i", t) < 0.3, "unmarked step \(t)") }
        // The cell ends holding the sign of the last marked value (−1 at step 5).
        #expect(output.trace.steps[4].c![0] < 0 && output.trace.steps[3].c![0] > 0)
        #expect(output.trace.steps.map(\.x.count) == Array(repeating: 2, count: 6))
    }

    @Test func theSameSeedTrainsTheSameCell() throws {
        let first = try run(walk), second = try run(walk)
        #expect(try OutputCoding.encoder.encode(first) == OutputCoding.encoder.encode(second))
        #expect(try run(walk.replacingOccurrences(of: "seed: 2", with: "seed: 3")).trace != first.trace)
    }

    @Test func marksAndTrainMustComeTogetherAndMatchTheInput() throws {
        #expect(try failure("input: [1, 0]\nmarks: [1, 0]")?.message == "'marks' is read only with 'train: marked'")
        #expect(try failure("input: [1, 0]\ntrain: marked")?.option == "train")
        #expect(try failure("input: [1, 0, 0]\ntrain: marked\nmarks: [1, 0]")?.message == "'marks' has 2 values but 'input' has 3 steps")
        #expect(try failure("input: [1, 0]\ntrain: marked\nmarks: [1, 0.5]")?.message == "'marks' must be 0 or 1 at each step")
    }

    @Test func theMarkerIsNamedAndDrawnBesideTheValue() throws {
        let values = Dictionary(uniqueKeysWithValues: GatesDirective.values(try run(walk)).map { ($0.name, $0.display) })
        #expect(values["x5"] == "−1" && values["m5"] == "1" && values["m4"] == "0" && values["trained_accuracy"] != nil)
        #expect(values["x5_u2"] == nil)
        let diagram = CellDiagram(trace: try run(walk).trace, t: 5, title: "t", description: "")
        #expect(diagram.marker == 1)
        #expect(DiagramText.plain(diagram.inputLabel) == "x₅ = −1.00, m₅ = 1")
    }
}
