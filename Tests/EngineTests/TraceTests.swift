import Engine
import Foundation
import Testing

/// The trace is the one record of a step that tables, heatmaps and diagrams show, so its terms
/// must be the forward pass's own numbers: its states equal `run`'s bit for bit, and its terms
/// add up to the new state exactly as the cell adds them (no tolerance: any other arithmetic,
/// a fused multiply-add in the cell or a recomputation in the trace, fails here).
@Suite struct TraceTests {
    static let cells: [CellKind] = [.simpleRNN, .lstm, .gru(resetAfter: true), .gru(resetAfter: false)]

    static func layerAndSequence(_ kind: CellKind, seed: UInt64) -> (RecurrentLayer, [[Double]]) {
        var rng = SeededGenerator(seed: seed)
        let model = Support.randomModel(cells: [kind], units: [3], inputDim: 2, outputs: 1, activation: .linear, rng: &rng)
        return (model.recurrentLayers[0], Support.randomSequences(1, 7, 2, rng: &rng)[0])
    }

    @Test(arguments: cells)
    func statesAreTheForwardPassesOwn(kind: CellKind) throws {
        for seed in UInt64(1)...4 {
            let (layer, x) = Self.layerAndSequence(kind, seed: seed)
            let trace = try layer.trace(x)
            let run = try layer.run(x)
            #expect(trace.steps.map(\.h) == run.outputs)
            #expect(trace.steps.last?.c == run.c)
            #expect(trace.steps.first?.hPrevious == [0, 0, 0])
            for (before, step) in zip(trace.steps, trace.steps.dropFirst()) {
                #expect(step.hPrevious == before.h)
            }
        }
    }

    @Test func lstmTermsAddUpToTheStateBitForBit() throws {
        for seed in UInt64(1)...4 {
            let (layer, x) = Self.layerAndSequence(.lstm, seed: seed)
            var cBefore = [0.0, 0, 0]
            for step in try layer.trace(x).steps {
                guard case .lstm(let terms) = step.update else { Issue.record("an LSTM step without LSTM terms"); return }
                let (i, f, g, o) = try (#require(step.gate("i")), #require(step.gate("f")), #require(step.gate("g")), #require(step.gate("o")))
                #expect(terms.cPrevious == cBefore)
                for j in 0..<3 {
                    #expect(terms.fc[j] == f.activation[j] * cBefore[j])
                    #expect(terms.ig[j] == i.activation[j] * g.activation[j])
                    #expect(terms.c[j] == terms.fc[j] + terms.ig[j], "c = f⊙c_{t−1} + i⊙g")
                    #expect(step.h[j] == o.activation[j] * terms.tanhC[j], "h = o⊙tanh(c)")
                    #expect(abs(terms.tanhC[j] - tanh(terms.c[j])) < 1e-15)
                }
                cBefore = terms.c
            }
        }
    }

    @Test(arguments: [true, false])
    func gruTermsAddUpToTheStateBitForBit(resetAfter: Bool) throws {
        for seed in UInt64(1)...4 {
            let (layer, x) = Self.layerAndSequence(.gru(resetAfter: resetAfter), seed: seed)
            for step in try layer.trace(x).steps {
                guard case .gru(let terms) = step.update else { Issue.record("a GRU step without GRU terms"); return }
                let (z, r, g) = try (#require(step.gate("z")), #require(step.gate("r")), #require(step.gate("g")))
                for j in 0..<3 {
                    #expect(terms.oneMinusZ[j] == 1 - z.activation[j])
                    #expect(terms.zh[j] == z.activation[j] * step.hPrevious[j])
                    #expect(terms.zg[j] == terms.oneMinusZ[j] * g.activation[j])
                    #expect(step.h[j] == terms.zh[j] + terms.zg[j], "h = z⊙h_{t−1} + (1−z)⊙h̃")
                    if !resetAfter {
                        #expect(terms.reset[j] == r.activation[j] * step.hPrevious[j], "r⊙h_{t−1}")
                    }
                }
            }
        }
    }

    /// Reset after: the candidate's pre-activation is x·W_g + b_xg + r⊙(h_{t−1}·U_g + b_hg), and
    /// the trace's reset term is the last part, so taking it away leaves the input side alone.
    @Test func theResetAfterTermIsWhatTheCandidateAdds() throws {
        let (layer, x) = Self.layerAndSequence(.gru(resetAfter: true), seed: 5)
        let u = 3
        for (t, step) in try layer.trace(x).steps.enumerated() {
            guard case .gru(let terms) = step.update else { Issue.record("a GRU step without GRU terms"); return }
            let g = try #require(step.gate("g"))
            for j in 0..<u {
                var inputSide = layer.bias[0, 2 * u + j]
                for k in 0..<2 { inputSide += x[t][k] * layer.kernel[k, 2 * u + j] }
                #expect(abs(g.preactivation[j] - terms.reset[j] - inputSide) < 1e-14)
            }
        }
    }

    @Test func aPlainRNNHasNoTermsButItsState() throws {
        let (layer, x) = Self.layerAndSequence(.simpleRNN, seed: 6)
        let trace = try layer.trace(x)
        #expect(trace.steps.allSatisfy { $0.update == .simpleRNN && $0.c == nil })
    }

    /// Directives keep their traces in the cache as JSON: what comes back must be the same trace.
    @Test(arguments: cells)
    func aTraceSurvivesJSON(kind: CellKind) throws {
        let (layer, x) = Self.layerAndSequence(kind, seed: 7)
        let trace = try layer.trace(x)
        let data = try JSONEncoder().encode(trace)
        #expect(try JSONDecoder().decode(Trace.self, from: data) == trace)
        #expect(String(decoding: data, as: UTF8.self).contains("\"kind\":\"\(kind.word)\""))
    }

    @Test func cellWordsNameEachCellOnce() {
        #expect(CellKind.all.map(\.word) == ["lstm", "gru", "gru_reset_before", "rnn"])
        #expect(CellKind.all.allSatisfy { CellKind(word: $0.word) == $0 })
        #expect(CellKind(word: "simple_rnn") == nil)
    }

    @Test func withoutInputsKeepsTheCellsNumbersFromTheGivenStep() throws {
        let (layer, x) = Self.layerAndSequence(.lstm, seed: 8)
        let trace = try layer.trace(x)
        let tail = trace.withoutInputs(from: 3)
        #expect(tail.steps.count == trace.steps.count - 3)
        #expect(tail.steps.allSatisfy { $0.x.isEmpty })
        #expect(tail.steps.map(\.h) == trace.steps.dropFirst(3).map(\.h))
        #expect(tail.steps.map(\.update) == trace.steps.dropFirst(3).map(\.update))
    }
}
