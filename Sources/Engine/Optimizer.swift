/// How training turns gradients into weight updates, with Keras's defaults and update rules.
public enum Optimizer: Sendable, Hashable {
    /// Plain gradient descent (Keras `SGD` without momentum): θ −= lr·g.
    case sgd(learningRate: Double)
    /// Adam as Keras 3 implements it (see `AdamState` for the exact rule).
    case adam(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-7)

    func validate() throws {
        switch self {
        case .sgd(let lr):
            guard lr > 0, lr.isFinite else { throw EngineError.invalidArgument("the learning rate must be a positive number, not \(lr)") }
        case .adam(let lr, let beta1, let beta2, let epsilon):
            guard lr > 0, lr.isFinite else { throw EngineError.invalidArgument("the learning rate must be a positive number, not \(lr)") }
            guard (0..<1).contains(beta1), (0..<1).contains(beta2) else {
                throw EngineError.invalidArgument("Adam's β1 and β2 must lie in [0, 1), not \(beta1) and \(beta2)")
            }
            guard epsilon >= 0, epsilon.isFinite else { throw EngineError.invalidArgument("Adam's ε must be a non-negative number, not \(epsilon)") }
        }
    }
}

/// An optimiser's running state over the flat parameter vector θ (same layout as the gradient).
final class OptimizerState {
    private enum Rule {
        case sgd(learningRate: Double)
        case adam(AdamState)
    }
    private var rule: Rule

    init(_ optimizer: Optimizer, parameterCount: Int) {
        switch optimizer {
        case .sgd(let lr): rule = .sgd(learningRate: lr)
        case .adam(let lr, let beta1, let beta2, let epsilon):
            rule = .adam(AdamState(learningRate: lr, beta1: beta1, beta2: beta2, epsilon: epsilon, parameterCount: parameterCount))
        }
    }

    /// One update of θ[0..<n] from the gradient g[0..<n].
    func step(_ θ: UnsafeMutablePointer<Double>, _ g: UnsafePointer<Double>, _ n: Int) {
        switch rule {
        case .sgd(let lr):
            // Keras: variable −= gradient · learning_rate.
            for k in 0..<n { θ[k] -= g[k] * lr }
        case .adam(let adam):
            adam.step(θ, g, n)
        }
    }
}
