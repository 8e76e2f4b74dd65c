import Engine
import Foundation
import Testing

/// Forward passes: traces agree with the cell equations and with `run` and `predict`; shapes
/// and values are validated.
@Suite struct ModelTests {
    static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    static func model(_ kind: CellKind, seed: UInt64 = 11) -> (Model, [[Double]]) {
        var rng = SeededGenerator(seed: seed)
        let m = Support.randomModel(cells: [kind], units: [3], inputDim: 2, outputs: 2, activation: .linear, rng: &rng)
        return (m, Support.randomSequences(1, 5, 2, rng: &rng)[0])
    }

    @Test func lstmTraceFollowsTheEquations() throws {
        let (m, x) = Self.model(.lstm)
        let (trace, output) = try m.trace(x)
        #expect(trace.kind == .lstm && trace.units == 3 && trace.steps.count == 5)
        var cPrev = [0.0, 0, 0]
        for step in trace.steps {
            #expect(step.gates.map(\.name) == ["i", "f", "g", "o"])
            let i = try #require(step.gate("i")), f = try #require(step.gate("f"))
            let g = try #require(step.gate("g")), o = try #require(step.gate("o"))
            let c = try #require(step.c)
            for j in 0..<3 {
                #expect(abs(i.activation[j] - Self.sigmoid(i.preactivation[j])) < 1e-15)
                #expect(abs(g.activation[j] - tanh(g.preactivation[j])) < 1e-15)
                #expect(abs(c[j] - (f.activation[j] * cPrev[j] + i.activation[j] * g.activation[j])) < 1e-15)
                #expect(abs(step.h[j] - o.activation[j] * tanh(c[j])) < 1e-15)
            }
            cPrev = c
        }
        #expect(try m.predict([x]) == [output])
    }

    @Test(arguments: [true, false])
    func gruTraceFollowsTheEquations(resetAfter: Bool) throws {
        let (m, x) = Self.model(.gru(resetAfter: resetAfter))
        let trace = try m.recurrentLayers[0].trace(x)
        var hPrev = [0.0, 0, 0]
        for step in trace.steps {
            #expect(step.gates.map(\.name) == ["z", "r", "g"])
            #expect(step.c == nil)
            let z = try #require(step.gate("z")), g = try #require(step.gate("g"))
            for j in 0..<3 {
                #expect(abs(g.activation[j] - tanh(g.preactivation[j])) < 1e-15)
                #expect(abs(step.h[j] - (z.activation[j] * hPrev[j] + (1 - z.activation[j]) * g.activation[j])) < 1e-15)
            }
            hPrev = step.h
        }
    }

    @Test func simpleRNNTraceIsItsHiddenState() throws {
        let (m, x) = Self.model(.simpleRNN)
        let layer = m.recurrentLayers[0]
        let trace = try layer.trace(x)
        let run = try layer.run(x)
        #expect(trace.steps.map(\.h) == run.outputs)
        #expect(trace.steps.allSatisfy { $0.gates.count == 1 && $0.gates[0].name == "h" && $0.gates[0].activation == $0.h })
        #expect(run.h == run.outputs.last && run.c == nil)
    }

    @Test func runMatchesTraceAndStackedModelsFeedLayersUpward() throws {
        var rng = SeededGenerator(seed: 12)
        let m = Support.randomModel(cells: [.lstm, .gru(resetAfter: false)], units: [4, 3], inputDim: 2, outputs: 1, activation: .sigmoid, rng: &rng)
        let x = Support.randomSequences(1, 6, 2, rng: &rng)[0]
        let lower = try m.recurrentLayers[0].run(x)
        #expect(try m.recurrentLayers[0].trace(x).steps.map(\.h) == lower.outputs)
        #expect(lower.c == (try m.recurrentLayers[0].trace(x)).steps.last?.c)
        let upper = try m.recurrentLayers[1].run(lower.outputs)
        // Dense on the upper layer's final state, by hand.
        var y = m.dense.bias[0]
        for j in 0..<3 { y += upper.h[j] * m.dense.kernel[j, 0] }
        let predicted = try m.predict([x])[0][0]
        #expect(abs(predicted - 1 / (1 + exp(-y))) < 1e-15)
    }

    @Test func predictBatchesGiveTheSameAnswersAsSingleSequences() throws {
        var rng = SeededGenerator(seed: 13)
        let m = Support.randomModel(cells: [.gru(resetAfter: true)], units: [5], inputDim: 3, outputs: 4, activation: .softmax, rng: &rng)
        let xs = Support.randomSequences(300, 4, 3, rng: &rng)  // many internal batches of 32, the last one short
        let all = try m.predict(xs)
        #expect(all.count == 300)
        for s in [0, 1, 31, 32, 255, 256, 299] {
            #expect(try m.predict([xs[s]])[0] == all[s])
        }
        #expect(all.allSatisfy { abs($0.reduce(0, +) - 1) < 1e-15 && $0.allSatisfy { $0 > 0 } })
        #expect(try m.predict([]) == [])
    }

    @Test func badShapesAndValuesAreRefused() throws {
        let (m, x) = Self.model(.lstm)
        #expect(throws: EngineError.self) { try m.predict([[[1, 2, 3]]]) }  // 3 features, model takes 2
        #expect(throws: EngineError.self) { try m.predict([x, Array(x.prefix(3))]) }  // ragged lengths
        #expect(throws: EngineError.self) { try m.predict([[]]) }  // no steps
        var nan = x
        nan[2][1] = .nan
        do {
            _ = try m.predict([nan])
            Issue.record("NaN input was accepted")
        } catch let error as EngineError {
            #expect(error == .nonFinite("input sample 1, step 3, feature 2 is nan"))
            #expect(error.description == "Not a finite number: input sample 1, step 3, feature 2 is nan.")
        }
        var broken = m
        broken.recurrentLayers[0].kernel = Matrix(rows: 3, columns: 12)
        #expect(throws: EngineError.self) { try broken.predict([x]) }
        broken = m
        broken.recurrentLayers[0].recurrentKernel.storage.removeLast()  // storage no longer fills 3×12
        #expect(throws: EngineError.shapeMismatch("recurrent layer 1 (LSTM)'s recurrent kernel is 3×12 but holds 35 values")) {
            try broken.predict([x])
        }
        broken = m
        broken.dense.kernel.storage.append(1)
        #expect(throws: EngineError.self) { try broken.predict([x]) }
        broken = m
        broken.dense.bias = [.infinity, 0]
        #expect(throws: EngineError.self) { try broken.trace(x) }
        #expect(throws: EngineError.self) {
            try RecurrentLayer(kind: .gru(resetAfter: true), units: 2, inputDim: 1, kernel: Matrix(rows: 1, columns: 6),
                               recurrentKernel: Matrix(rows: 2, columns: 6), bias: Matrix(rows: 1, columns: 6))  // needs 2 bias rows
        }
        #expect(throws: EngineError.self) {
            try Model(recurrentLayers: [m.recurrentLayers[0], m.recurrentLayers[0]], dense: m.dense)  // 3 units feed input_dim 2
        }
    }
}
