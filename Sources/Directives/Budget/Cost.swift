import Engine

/// What a directive will cost, estimated from its options before anything runs: the
/// multiply-adds of its training and tracing, and the memory one of its runs holds at once.
package struct Cost: Sendable, Equatable {
    var multiplyAdds: Double
    /// Peak bytes of one run (data, weights, activations kept for backpropagation); runs that
    /// go side by side (`--jobs`) each hold this much.
    var bytes: Double

    static let zero = Cost(multiplyAdds: 0, bytes: 0)

    static func + (a: Cost, b: Cost) -> Cost {
        Cost(multiplyAdds: a.multiplyAdds + b.multiplyAdds, bytes: max(a.bytes, b.bytes))
    }

    static func * (count: Int, cost: Cost) -> Cost {
        Cost(multiplyAdds: Double(count) * cost.multiplyAdds, bytes: cost.bytes)
    }

    /// Multiply-adds of one step of one sequence through a recurrent cell: each gate block is a
    /// `u × (d + u)` matrix product (LSTM 4 blocks, GRU 3, plain RNN 1).
    static func stepMultiplyAdds(_ cell: CellKind, units u: Int, inputs d: Int) -> Double {
        let blocks: Double = switch cell {
        case .lstm: 4
        case .gru: 3
        case .simpleRNN: 1
        }
        return blocks * Double(u) * Double(d + u)
    }

    /// Training one recurrent layer: forward and backward through time, the backward pass about
    /// twice the forward; then one forward pass over the test set. Memory: both data sets, and
    /// per batch every step's gate values (kept for backpropagation through time).
    static func training(_ cell: CellKind, units: Int, inputs: Int, length: Int, epochs: Int,
                         trainSize: Int, testSize: Int, batchSize: Int) -> Cost {
        let step = stepMultiplyAdds(cell, units: units, inputs: inputs)
        let trained = 3 * step * Double(length) * Double(trainSize) * Double(epochs)
        let tested = step * Double(length) * Double(testSize)
        // Each step of each sequence is an array of its own: about 100 bytes of allocation on top
        // of its values (measured: 16,384 recall sequences of 200 steps hold 428 MB).
        let data = Double(trainSize + testSize) * Double(length) * (100 + 16 * Double(inputs))
        let kept = 8 * Double(min(batchSize, trainSize)) * Double(length) * (6 * Double(units) + Double(inputs))
        return Cost(multiplyAdds: trained + tested, bytes: data + kept)
    }
}

/// Options whose directive's cost grows with them. Kinds whose options do not conform cost next
/// to nothing (a forward pass of a handful of steps, a curve).
protocol CostEstimating {
    var cost: Cost { get }
}
