import Engine
import Testing

/// Analytic gradients (BPTT) against finite differences, for every parameter and every input
/// value, for all cells, several shapes, the Dense activations and each loss.
@Suite struct GradientCheckTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let cells: [CellKind]
        let units: [Int]
        let inputDim: Int
        let steps: Int
        let samples: Int
        var outputs = 1
        var activation = Activation.linear
        var loss = Loss.meanSquaredError

        var testDescription: String {
            "\(cells.map(\.displayName).joined(separator: "→")) units \(units) input \(inputDim) steps \(steps) batch \(samples) "
                + "→ Dense(\(outputs), \(activation)) \(loss)"
        }
    }

    static let cells: [CellKind] = [.simpleRNN, .lstm, .gru(resetAfter: true), .gru(resetAfter: false)]
    static let shapes: [(units: Int, inputDim: Int, steps: Int, samples: Int)] = [
        (1, 1, 1, 1), (2, 3, 4, 3), (5, 1, 7, 2), (8, 3, 12, 2), (3, 2, 12, 1),
    ]

    static let cases: [Case] =
        cells.flatMap { cell in
            shapes.map { Case(cells: [cell], units: [$0.units], inputDim: $0.inputDim, steps: $0.steps, samples: $0.samples) }
        } + cells.flatMap { cell in
            [
                Case(cells: [cell], units: [3], inputDim: 2, steps: 5, samples: 3, outputs: 3, activation: .sigmoid, loss: .binaryCrossEntropy),
                Case(cells: [cell], units: [3], inputDim: 2, steps: 5, samples: 3, outputs: 4, activation: .softmax, loss: .softmaxCrossEntropy),
            ]
        } + [
            Case(cells: [.lstm], units: [4], inputDim: 2, steps: 6, samples: 2, outputs: 2, activation: .sigmoid),
            Case(cells: [.gru(resetAfter: true)], units: [4], inputDim: 2, steps: 6, samples: 2, outputs: 3, activation: .softmax),
            Case(cells: [.lstm, .gru(resetAfter: true), .simpleRNN], units: [4, 3, 2], inputDim: 2, steps: 6, samples: 2, outputs: 2),
            Case(cells: [.gru(resetAfter: false), .lstm], units: [3, 5], inputDim: 3, steps: 4, samples: 3),
        ]

    /// Finite-difference check of every parameter and input; returns the worst relative error.
    static func check(_ c: Case, seed: UInt64) throws -> (worst: Double, where: String) {
        var rng = SeededGenerator(seed: seed)
        let model = Support.randomModel(cells: c.cells, units: c.units, inputDim: c.inputDim, outputs: c.outputs,
                                        activation: c.activation, rng: &rng)
        let x = Support.randomSequences(c.samples, c.steps, c.inputDim, rng: &rng)
        let y = Support.randomTargets(c.samples, c.outputs, loss: c.loss, rng: &rng)
        let analytic = try model.gradients(inputs: x, targets: y, loss: c.loss)
        #expect(try analytic.loss == model.loss(inputs: x, targets: y, loss: c.loss))

        var worst = 0.0, worstAt = ""
        let (θ, blocks) = Support.flatten(model)
        let g = Support.flatten(analytic)
        #expect(g.count == θ.count)
        for block in blocks {
            var largest = 0.0
            for k in block.range {
                let numeric = Support.derivative(at: θ[k]) { v in
                    var perturbed = θ
                    perturbed[k] = v
                    return try! Support.rebuild(model, perturbed).loss(inputs: x, targets: y, loss: c.loss)
                }
                largest = max(largest, abs(numeric))
                let e = Support.relativeError(g[k], numeric, floor: 1e-4)
                if e > worst { (worst, worstAt) = (e, "\(block.name) entry \(k - block.range.lowerBound)") }
            }
            // Every block must matter to the loss, or a dropped term could hide behind two zeros
            // (except recurrent kernels over one step, which only ever multiply h₀ = 0).
            if c.steps > 1 || !block.name.contains("recurrent") {
                #expect(largest > 1e-6, "\(block.name) has no influence on the loss")
            }
        }
        for s in 0..<c.samples {
            for t in 0..<c.steps {
                for j in 0..<c.inputDim {
                    let numeric = Support.derivative(at: x[s][t][j]) { v in
                        var perturbed = x
                        perturbed[s][t][j] = v
                        return try! model.loss(inputs: perturbed, targets: y, loss: c.loss)
                    }
                    let e = Support.relativeError(analytic.inputs[s][t][j], numeric, floor: 1e-4)
                    if e > worst { (worst, worstAt) = (e, "input sample \(s) step \(t) feature \(j)") }
                }
            }
        }
        return (worst, worstAt)
    }

    @Test(arguments: cases)
    func gradientsMatchFiniteDifferences(_ c: Case) throws {
        let result = try Self.check(c, seed: 42)
        #expect(result.worst < 1e-6, "worst relative error \(result.worst) at \(result.where)")
    }

    /// The check has teeth: a gradient off by one part in 10⁵ in a single entry fails it, so a
    /// wrong sign or a dropped term (errors of order 1) cannot pass.
    @Test func checkCatchesASmallError() throws {
        var rng = SeededGenerator(seed: 3)
        let model = Support.randomModel(cells: [.lstm], units: [3], inputDim: 2, outputs: 1, activation: .linear, rng: &rng)
        let x = Support.randomSequences(2, 4, 2, rng: &rng)
        let y = Support.randomTargets(2, 1, loss: .meanSquaredError, rng: &rng)
        let analytic = Support.flatten(try model.gradients(inputs: x, targets: y, loss: .meanSquaredError))
        let (θ, _) = Support.flatten(model)
        let k = analytic.indices.max { abs(analytic[$0]) < abs(analytic[$1]) }!
        let numeric = Support.derivative(at: θ[k]) { v in
            var perturbed = θ
            perturbed[k] = v
            return try! Support.rebuild(model, perturbed).loss(inputs: x, targets: y, loss: .meanSquaredError)
        }
        #expect(Support.relativeError(analytic[k], numeric, floor: 1e-4) < 1e-6)
        #expect(Support.relativeError(analytic[k] * (1 + 1e-5), numeric, floor: 1e-4) > 1e-6)
        #expect(Support.relativeError(-analytic[k], numeric, floor: 1e-4) > 1)
    }
}
