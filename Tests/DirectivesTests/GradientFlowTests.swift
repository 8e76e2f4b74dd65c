import DirectiveTestSupport
@testable import Directives
import Foundation
import Testing

@Suite("{gradient-flow}")
struct GradientFlowTests: DirectiveSuite {
    typealias Kind = GradientFlowDirective

    /// Small enough to run in a fraction of a second.
    let small = "steps: 12\nseeds: [1]\nsamples: 2\nepochs: 2\ntrain_size: 32\ntest_size: 16\ndistance: 5\nshow: [initial, trained]"

    @Test func unknownAndOutOfRangeOptionsAreReported() {
        #expect(problems("step: 10").first?.contains("unknown option 'step' for directive {gradient-flow} (did you mean 'steps'?)") == true)
        #expect(problems("steps: 1") == ["lessons/x.md:11: 'steps' is 1, outside the allowed 2…200"])
        #expect(problems("samples: 0") == ["lessons/x.md:11: 'samples' is 0, outside the allowed 1…64"])
        #expect(problems("cells: [lstm, tcn]").first?.contains("'tcn' is not allowed for 'cells'") == true)
        #expect(problems("show: [trained, later]").first?.contains("'later' is not allowed for 'show'") == true)
    }

    @Test func inconsistentOptionsBlameTheRightOne() throws {
        #expect(try failure("steps: 10\ndistance: 10")?.option == "distance")
        #expect(try failure("cells: [rnn, rnn]")?.option == "cells")
        #expect(try failure("seeds: [1, 1]")?.message == "'seeds' lists 1 twice")
        #expect(try failure("steps: 12\ndistance: 5\nsamples: 20\ntest_size: 16")?.option == "samples")
    }

    @Test func sameOptionsGiveBitIdenticalOutput() throws {
        let first = try run(small), second = try run(small)
        #expect(first == second)
        #expect(try OutputCoding.encoder.encode(first) == OutputCoding.encoder.encode(second))
        // One curve per cell and phase, one value per distance 0…T − 1.
        #expect(first.curves.map(\.cell) == ["rnn", "rnn", "lstm", "lstm", "gru", "gru"])
        #expect(first.curves.allSatisfy { $0.sensitivity.count == 12 && $0.sensitivity.allSatisfy { $0 > 0 && $0.isFinite } })
        // Another seed gives other networks.
        #expect(try run(small.replacingOccurrences(of: "seeds: [1]", with: "seeds: [2]")) != first)
    }

    /// What lesson 1 shows, with the default options: at initialisation the GRU forgets fastest
    /// (its update gates start near σ(0) = 0.5), and an LSTM whose forget gates start near 1
    /// hardly forgets at all, far less than the plain RNN or Keras's LSTM.
    @Test func aForgetGateNearOneKeepsTheDistantPast() throws {
        let output = try run("compare_forget_bias: 5")
        func ratio(_ cell: String) -> Double {
            let s = output.curves.first { $0.cell == cell }!.sensitivity
            return s[20] / s[0]
        }
        #expect(output.curves.map(\.cell) == ["rnn", "lstm", "gru", "lstm_fb"])
        #expect(ratio("gru") < ratio("rnn") && ratio("gru") < ratio("lstm"))
        #expect(ratio("lstm_fb") > 10 * ratio("rnn") && ratio("lstm_fb") > 10 * ratio("lstm"))
    }

    @Test func presentsOneFigurePerPhaseAndTheDocumentedValues() throws {
        let options = try options(small + "\ncaptions: [Mine.]")
        let result = GradientFlowDirective.present(try run(small), options: options)
        guard result.blocks.count == 2, case .figure(_, let mine) = result.blocks[0], case .figure(_, let written) = result.blocks[1] else {
            Issue.record("expected two figures, got \(result.blocks)")
            return
        }
        #expect(mine == "Mine.")
        #expect(written.contains("after training each network for 2 epochs"))
        let names = Set(result.values.map(\.name))
        for cell in ["rnn", "lstm", "gru"] {
            for prefix in [cell + "_", cell + "_trained_"] {
                for name in ["ratio", "decades", "per_step", "below_1pct", "first", "lowest", "lowest_at", "accuracy"] {
                    #expect(names.contains(prefix + name))
                }
            }
        }
        for name in ["steps", "distance", "seeds", "sequences", "epochs"] { #expect(names.contains(name)) }
    }

    @Test func percentagesKeepTwoSignificantDigits() {
        #expect(Percent.text(0.0572) == "5.7 %")
        #expect(Percent.text(0.000031) == "0.0031 %")
        #expect(Percent.text(1.234) == "123 %")
        #expect(Wording.scientific(0.0000057) == "5.7 × 10⁻⁶")
        #expect(Wording.scientific(0.057) == "0.057")
    }
}
