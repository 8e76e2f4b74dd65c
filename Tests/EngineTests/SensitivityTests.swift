import Engine
import Foundation
import Testing

/// ‖∂h_T/∂x_t‖ against a finite-difference Jacobian, and the behaviour the lesson plots.
@Suite struct SensitivityTests {
    @Test(arguments: [CellKind.simpleRNN, .lstm, .gru(resetAfter: true), .gru(resetAfter: false)])
    func matchesFiniteDifferences(kind: CellKind) throws {
        var rng = SeededGenerator(seed: 41)
        let model = Support.randomModel(cells: [kind], units: [4], inputDim: 2, outputs: 1, activation: .linear, rng: &rng)
        let layer = model.recurrentLayers[0]
        let x = Support.randomSequences(1, 7, 2, rng: &rng)[0]
        let analytic = try layer.hiddenStateSensitivity(x)
        #expect(try model.hiddenStateSensitivity(x) == analytic)
        #expect(analytic.count == 7)
        for t in 0..<7 {
            var sum = 0.0
            for j in 0..<2 {
                for k in 0..<4 {
                    let d = Support.derivative(at: x[t][j]) { v in
                        var perturbed = x
                        perturbed[t][j] = v
                        return try! layer.run(perturbed).h[k]
                    }
                    sum += d * d
                }
            }
            #expect(Support.relativeError(analytic[t], sum.squareRoot(), floor: 1e-4) < 1e-6, "step \(t + 1)")
        }
    }

    @Test func stackedModelsMeasureTheTopLayerAgainstTheInputs() throws {
        var rng = SeededGenerator(seed: 42)
        let model = Support.randomModel(cells: [.gru(resetAfter: true), .lstm], units: [3, 2], inputDim: 2, outputs: 1, activation: .linear,
            rng: &rng)
        let x = Support.randomSequences(1, 5, 2, rng: &rng)[0]
        let s = try model.hiddenStateSensitivity(x)
        let t = 2
        var sum = 0.0
        for j in 0..<2 {
            for k in 0..<2 {
                let d = Support.derivative(at: x[t][j]) { v in
                    var perturbed = x
                    perturbed[t][j] = v
                    let lower = try! model.recurrentLayers[0].run(perturbed).outputs
                    return try! model.recurrentLayers[1].run(lower).h[k]
                }
                sum += d * d
            }
        }
        #expect(Support.relativeError(s[t], sum.squareRoot(), floor: 1e-4) < 1e-6)
    }

    @Test func aPlainRNNForgetsGeometrically() throws {
        // Small recurrent weights: each step back multiplies the gradient by at most ‖U‖·max tanh′ < 1.
        var rng = SeededGenerator(seed: 43)
        let layer = Support.randomModel(cells: [.simpleRNN], units: [8], inputDim: 1, outputs: 1, activation: .linear,
                                        scale: 0.2, rng: &rng).recurrentLayers[0]
        let x = Support.randomSequences(1, 30, 1, rng: &rng)[0]
        let s = try layer.hiddenStateSensitivity(x)
        #expect(zip(s.dropFirst(), s).allSatisfy { $0 > $1 })  // nearer steps matter more
        #expect(s[0] < 1e-10 * s[29])
    }
}
