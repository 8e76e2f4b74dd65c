import Engine
import Foundation
import Testing
@testable import Directives
import DirectiveTestSupport

@Suite("{forgetting}")
struct ForgettingTests: DirectiveSuite {
    typealias Kind = ForgettingDirective

    @Test func stepOneIsAllOfItAndQuietStatesOnlyLoseWhatTanhSquashes() throws {
        let output = try run("steps: 20\nunits: 4\nseeds: [1, 2]\nsamples: 3")
        #expect(output.quiet.count == 20 && output.noisy.count == 20)
        #expect(output.quiet[0] == 1 && output.noisy[0] == 1)
        // With zeros after step 1, h_t = tanh(U h_{t−1}): U starts orthogonal (it keeps lengths)
        // and tanh shrinks differences, so the share left can only fall, step after step.
        #expect(zip(output.quiet, output.quiet.dropFirst()).allSatisfy { $1 <= $0 })
        #expect(output.noisy[19] < output.quiet[19])
    }

    /// The share left is measured, not modelled: one seed and one sequence, computed by hand
    /// from two traces of the same seeded layer.
    @Test func theShareIsTheDistanceBetweenTwoRunsOverItsFirstValue() throws {
        let output = try run("steps: 6\nat: 3\nunits: 3\nseeds: [5]\nsamples: 1\nnoise: 0")
        var rng = SeededGenerator(seed: 5)
        let layer = RecurrentLayer.initialised(kind: .simpleRNN, units: 3, inputDim: 1, using: &rng)
        let plus = try layer.trace([[1], [0], [0], [0], [0], [0]]).steps.map(\.h)
        let minus = try layer.trace([[-1], [0], [0], [0], [0], [0]]).steps.map(\.h)
        func distance(_ t: Int) -> Double {
            var sum = 0.0
            for (a, b) in zip(plus[t], minus[t]) { sum += (a - b) * (a - b) }
            return sum.squareRoot()
        }
        for t in 0..<6 {
            let share: Double = distance(t) / distance(0)
            #expect(abs(output.quiet[t] - share) < 1e-12 * share, "step \(t + 1)")
            // With noise 0 the random inputs are zeros too.
            #expect(output.noisy[t] == output.quiet[t])
        }
    }

    @Test func readingPastTheLastStepIsRefused() throws {
        #expect(try failure("steps: 8\nat: 9")?.option == "at")
    }
}
