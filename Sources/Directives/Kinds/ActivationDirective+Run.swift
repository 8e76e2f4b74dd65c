import Engine
import Foundation

extension ActivationDirective {
    struct Output: Codable, Sendable {
        var xs: [Double]
        var tanh: [Double]
        var sigmoid: [Double]
        var relu: [Double]
        /// Sample inputs and what each function makes of them.
        var samples: [Double]
        var samplesTanh: [Double]
        var samplesSigmoid: [Double]
        /// x₀, w·x₀, w·(w·x₀)… and x₀, tanh(w·x₀)…
        var linear: [Double]
        var squashed: [Double]
        /// Gate pre-activations, σ of each, and the signal times σ.
        var gateInputs: [Double]
        var gates: [Double]
        var passed: [Double]
    }

    static func run(_ options: Options, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let from = options.from, to = options.to
        let w = options.weight, steps = options.steps, signal = options.signal
        let count = 241
        let xs = (0..<count).map { from + (to - from) * Double($0) / Double(count - 1) }
        var linear = [options.start], squashed = [options.start]
        for _ in 0..<steps {
            linear.append(w * linear.last!)
            squashed.append(Foundation.tanh(w * squashed.last!))
        }
        let samples: [Double] = [-10, -2, -0.5, 0, 0.5, 2, 10]
        let gateInputs: [Double] = [-6, -2, 0, 2, 6]
        let gates = gateInputs.map(Engine.sigmoid)
        return Output(
            xs: xs, tanh: xs.map(Foundation.tanh), sigmoid: xs.map(Engine.sigmoid), relu: xs.map { max(0, $0) },
            samples: samples, samplesTanh: samples.map(Foundation.tanh), samplesSigmoid: samples.map(Engine.sigmoid),
            linear: linear, squashed: squashed,
            gateInputs: gateInputs, gates: gates, passed: gates.map { $0 * signal })
    }
}
