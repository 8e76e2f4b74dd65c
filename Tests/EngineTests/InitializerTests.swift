import Engine
import Testing

/// Keras's initialisers: the distributions and structure must match (the draws cannot).
@Suite struct InitializerTests {
    static func product(_ a: Matrix, transposingSecond b: Matrix) -> Matrix {
        var c = Matrix(rows: a.rows, columns: b.rows)
        for i in 0..<a.rows {
            for j in 0..<b.rows {
                var s = 0.0
                for k in 0..<a.columns { s += a[i, k] * b[j, k] }
                c[i, j] = s
            }
        }
        return c
    }

    @Test(arguments: [CellKind.simpleRNN, .lstm, .gru(resetAfter: true), .gru(resetAfter: false)], [1, 4, 16])
    func recurrentKernelHasOrthonormalRows(kind: CellKind, units: Int) {
        var rng = SeededGenerator(seed: 5)
        let layer = RecurrentLayer.initialised(kind: kind, units: units, inputDim: 3, using: &rng)
        let U = layer.recurrentKernel
        #expect(U.rows == units && U.columns == kind.gateCount * units)
        let gram = Self.product(U, transposingSecond: U)  // U·Uᵀ = I: rows orthonormal
        for i in 0..<units {
            for j in 0..<units {
                #expect(abs(gram[i, j] - (i == j ? 1 : 0)) < 1e-12)
            }
        }
    }

    @Test func squareRecurrentKernelIsOrthogonal() {
        var rng = SeededGenerator(seed: 6)
        let layer = RecurrentLayer.initialised(kind: .simpleRNN, units: 9, inputDim: 2, using: &rng)
        let U = layer.recurrentKernel  // square, so its columns must be orthonormal too
        var transposed = Matrix(rows: 9, columns: 9)
        for i in 0..<9 { for j in 0..<9 { transposed[i, j] = U[j, i] } }
        let gram = Self.product(transposed, transposingSecond: transposed)
        for i in 0..<9 { for j in 0..<9 { #expect(abs(gram[i, j] - (i == j ? 1 : 0)) < 1e-12) } }
    }

    @Test func glorotUniformHasKerasLimitAndVariance() {
        var rng = SeededGenerator(seed: 7)
        let layer = RecurrentLayer.initialised(kind: .lstm, units: 32, inputDim: 64, using: &rng)
        let W = layer.kernel.storage
        let limit = (6.0 / Double(64 + 128)).squareRoot()
        #expect(W.count == 64 * 128)
        #expect(W.allSatisfy { abs($0) <= limit })
        #expect(W.max()! > 0.95 * limit && W.min()! < -0.95 * limit)
        let variance = W.reduce(0) { $0 + $1 * $1 } / Double(W.count)
        #expect(abs(variance / (limit * limit / 3) - 1) < 0.05)  // U(−ℓ, ℓ) has variance ℓ²/3
    }

    @Test func biasesFollowKeras() {
        var rng = SeededGenerator(seed: 8)
        let lstm = RecurrentLayer.initialised(kind: .lstm, units: 3, inputDim: 2, using: &rng)
        #expect(lstm.bias.rows == 1)
        #expect(lstm.bias.storage == [0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0])  // unit forget bias: f block is 1
        let gru = RecurrentLayer.initialised(kind: .gru(resetAfter: true), units: 3, inputDim: 2, using: &rng)
        #expect(gru.bias.rows == 2 && gru.bias.columns == 9 && gru.bias.storage.allSatisfy { $0 == 0 })
        let classic = RecurrentLayer.initialised(kind: .gru(resetAfter: false), units: 3, inputDim: 2, using: &rng)
        #expect(classic.bias.rows == 1 && classic.bias.columns == 9)
        #expect(lstm.parameterCount == 2 * 12 + 3 * 12 + 12 && gru.parameterCount == 2 * 9 + 3 * 9 + 2 * 9)
        let model = Model.initialised(cell: .lstm, units: 4, inputDim: 1, outputs: 2, activation: .linear, using: &rng)
        #expect(model.dense.bias == [0, 0])
        #expect(model.parameterCount == 4 * 4 * (1 + 4 + 1) + 4 * 2 + 2)
    }

    @Test func initialisationIsDeterministic() {
        var a = SeededGenerator(seed: 9), b = SeededGenerator(seed: 9)
        let x = Model.initialised(cell: .gru(resetAfter: true), units: [5, 3], inputDim: 2, outputs: 1, activation: .linear, using: &a)
        let y = Model.initialised(cell: .gru(resetAfter: true), units: [5, 3], inputDim: 2, outputs: 1, activation: .linear, using: &b)
        #expect(x == y)
        #expect(x.recurrentLayers.map(\.units) == [5, 3])
        #expect(x.recurrentLayers[1].inputDim == 5)
    }
}
