import Foundation

/// Adam with Keras 3's update rule (keras/src/optimizers/adam.py), for float64 variables:
///
///   t = iterations + 1
///   α = lr·√(1 − β2ᵗ) / (1 − β1ᵗ)
///   m += (g − m)·(1 − β1)
///   v += (g² − v)·(1 − β2)
///   θ −= (m·α) / (√v + ε)
///
/// Two details matter for agreeing with Keras to 1e-9 rather than 1e-8:
/// - ε is added to the *uncorrected* √v (the paper's "ε hat"); the bias correction lives in α.
/// - The powers β1ᵗ, β2ᵗ use β rounded to float32. Keras computes them from
///   `ops.cast(self.beta_1, variable.dtype)`, and `tf.cast` of a Python float first makes a
///   float32 constant, so even a float64 model gets β1 = 0.8999999761581421 and
///   β2 = 0.9990000128746033 there. The factors (1 − β1) and (1 − β2) in the moment updates are
///   Python-float arithmetic, exact in float64.
/// - The learning rate is *not* rounded: Keras keeps it in a variable of dtype `floatx()`, which
///   is float64 in the float64 Keras that the fixtures (and this engine) correspond to. Only a
///   float32 Keras stores 0.001 as 0.0010000000474974513, and then everything else is float32 too.
///
/// Measured by tools/keras/make_fixtures.py, replaying six steps of `fit` (Keras 3.15.1): the
/// largest weight difference from Keras is 0 with float32 β and exact lr (this rule), 2.7e-10
/// with both rounded, 3.8e-8 for textbook Adam with exact β.
final class AdamState {
    let learningRate: Double
    let beta1: Double
    let beta2: Double
    let epsilon: Double
    /// β1ᵗ and β2ᵗ with β1 and β2 as Keras's bias correction sees them (through float32).
    private let beta1Power: Power
    private let beta2Power: Power
    private var iterations = 0
    private let m: UnsafeMutablePointer<Double>
    private let v: UnsafeMutablePointer<Double>

    init(learningRate: Double, beta1: Double, beta2: Double, epsilon: Double, parameterCount: Int) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        beta1Power = Power(Double(Float(beta1)))
        beta2Power = Power(Double(Float(beta2)))
        m = .allocate(capacity: max(parameterCount, 1))
        v = .allocate(capacity: max(parameterCount, 1))
        m.initialize(repeating: 0, count: max(parameterCount, 1))
        v.initialize(repeating: 0, count: max(parameterCount, 1))
    }

    deinit {
        m.deallocate()
        v.deallocate()
    }

    /// One update. Written with SIMD4 lanes because the square root and the division dominate
    /// a small model's training step, and the compiler will not vectorise the scalar loop itself
    /// (it cannot rule out that θ, g, m and v overlap); each lane computes exactly what the scalar
    /// formula would, so results are identical.
    func step(_ θ: UnsafeMutablePointer<Double>, _ g: UnsafePointer<Double>, _ n: Int) {
        let t = iterations + 1
        let alpha = learningRate * (1 - beta2Power(t)).squareRoot() / (1 - beta1Power(t))
        let oneMinusBeta1 = 1 - beta1, oneMinusBeta2 = 1 - beta2
        let m = self.m, v = self.v, epsilon = self.epsilon
        var k = 0
        while k + 4 <= n {
            let gk = SIMD4(load: g + k), mk = SIMD4(load: m + k), vk = SIMD4(load: v + k)
            let mNew = mk + (gk - mk) * oneMinusBeta1
            let vNew = vk + (gk * gk - vk) * oneMinusBeta2
            let θNew = SIMD4(load: θ + k) - (mNew * alpha) / (vNew.squareRoot() + epsilon)
            mNew.store(to: m + k)
            vNew.store(to: v + k)
            θNew.store(to: θ + k)
            k += 4
        }
        while k < n {
            m[k] += (g[k] - m[k]) * oneMinusBeta1
            v[k] += (g[k] * g[k] - v[k]) * oneMinusBeta2
            θ[k] -= (m[k] * alpha) / (v[k].squareRoot() + epsilon)
            k += 1
        }
        iterations += 1
    }
}
