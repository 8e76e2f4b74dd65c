import Foundation

/// The training losses, each averaged over the batch as Keras's default reduction does
/// ("sum over batch size").
///
/// - `meanSquaredError`: per sample, the mean over outputs of (p − t)²; any activation.
/// - `binaryCrossEntropy`: per sample, the mean over outputs of −[t·log p + (1−t)·log(1−p)].
///   Needs a sigmoid output and is computed from the logits y, as Keras does when the output
///   comes from a sigmoid: max(y,0) − y·t + log(1 + e^−|y|), which never takes log(0).
/// - `softmaxCrossEntropy`: per sample, −Σ t·log p with p = softmax(y). Needs a softmax output
///   and is computed from the logits as logsumexp(y)·Σt − Σ t·y, again as Keras does.
public enum Loss: String, Sendable, Hashable, CaseIterable {
    case meanSquaredError
    case binaryCrossEntropy
    case softmaxCrossEntropy

    /// Throws unless the Dense activation is one this loss is defined for.
    func check(_ activation: Activation) throws {
        switch (self, activation) {
        case (.meanSquaredError, _), (.binaryCrossEntropy, .sigmoid), (.softmaxCrossEntropy, .softmax):
            return
        case (.binaryCrossEntropy, _):
            throw EngineError.invalidArgument("binary cross-entropy needs a sigmoid output layer, not \(activation.rawValue)")
        case (.softmaxCrossEntropy, _):
            throw EngineError.invalidArgument("softmax cross-entropy needs a softmax output layer, not \(activation.rawValue)")
        }
    }

    /// The batch-mean loss of outputs p (logits y) against targets t, each [B × n]; with `dy`,
    /// also writes ∂loss/∂y there.
    func evaluate(y: UnsafePointer<Double>, p: UnsafePointer<Double>, t: UnsafePointer<Double>,
                  B: Int, n: Int, activation: Activation, dy: UnsafeMutablePointer<Double>?) -> Double {
        guard self == .binaryCrossEntropy else { return evaluate(y: y, p: p, t: t, B: B, n: n, activation: activation, dy: dy, softplus: nil) }
        // log(1 + e^−|y|) for the whole batch first, four values at a time (the per-sample sums
        // below were a tenth of lesson 5's loss and Adam time, one scalar logarithm at a time).
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: B * n) { softplus in
            let L = softplus.baseAddress!
            var k = 0
            while k < B * n {
                let count = min(4, B * n - k)
                let e = Exponential.exp(-Lanes(load: y + k, count).magnitude)
                Logarithm.log1pOfFraction(e).store(to: L + k, count)
                k += count
            }
            return evaluate(y: y, p: p, t: t, B: B, n: n, activation: activation, dy: dy, softplus: L)
        }
    }

    /// `evaluate`, given log(1 + e^−|y|) for every value when the loss is the binary cross-entropy.
    private func evaluate(y: UnsafePointer<Double>, p: UnsafePointer<Double>, t: UnsafePointer<Double>,
                          B: Int, n: Int, activation: Activation, dy: UnsafeMutablePointer<Double>?,
                          softplus: UnsafePointer<Double>?) -> Double {
        var total = 0.0
        let perBatch = 1 / Double(B)
        for s in 0..<B {
            let ys = y + s * n, ps = p + s * n, ts = t + s * n
            switch self {
            case .meanSquaredError:
                var sum = 0.0
                for k in 0..<n {
                    let e = ps[k] - ts[k]
                    sum += e * e
                }
                total += sum / Double(n)
                if let dy {
                    // ∂/∂p, then through the activation's Jacobian.
                    let dys = dy + s * n
                    for k in 0..<n { dys[k] = 2 * (ps[k] - ts[k]) / Double(n) * perBatch }
                    switch activation {
                    case .linear: break
                    case .sigmoid:
                        for k in 0..<n { dys[k] *= ps[k] * (1 - ps[k]) }
                    case .softmax:
                        var dot = 0.0
                        for k in 0..<n { dot += dys[k] * ps[k] }
                        for k in 0..<n { dys[k] = ps[k] * (dys[k] - dot) }
                    }
                }
            case .binaryCrossEntropy:
                var sum = 0.0
                let Ls = softplus! + s * n
                for k in 0..<n { sum += max(ys[k], 0) - ys[k] * ts[k] + Ls[k] }
                total += sum / Double(n)
                if let dy {
                    for k in 0..<n { dy[s * n + k] = (ps[k] - ts[k]) / Double(n) * perBatch }
                }
            case .softmaxCrossEntropy:
                var top = ys[0]
                for k in 1..<n { top = max(top, ys[k]) }
                var sumExp = 0.0, sumT = 0.0, sumTY = 0.0
                for k in 0..<n {
                    sumExp += Elementary.exp(ys[k] - top)
                    sumT += ts[k]
                    sumTY += ts[k] * ys[k]
                }
                total += (top + Elementary.log(sumExp)) * sumT - sumTY
                if let dy {
                    for k in 0..<n { dy[s * n + k] = (ps[k] * sumT - ts[k]) * perBatch }
                }
            }
        }
        return total * perBatch
    }
}
