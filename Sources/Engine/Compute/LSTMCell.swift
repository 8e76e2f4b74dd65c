import Foundation

/// The LSTM cell, Keras's form:
///   i = σ(z_i)  f = σ(z_f)  g = tanh(z_g)  o = σ(z_o),  z = x·W + h_{t−1}·U + b
///   c = f⊙c_{t−1} + i⊙g,  h = o⊙tanh(c)
enum LSTMCell {
    static func forward(_ p: LayerPass) {
        let u = p.shape.units, K = p.shape.width, B = p.B
        let buf = p.buffers
        p.projectInputs()
        for t in 0..<p.T {
            let zt = buf.z + t * B * K, at = buf.a + t * B * K
            let ht = buf.h + t * B * u, ct = buf.c + t * B * u, tanhCt = buf.tanhC + t * B * u
            if t > 0 { Kernels.gemmNN(B, K, u, ht - B * u, u, p.U, K, zt, K, p.parallelism) }
            for b in 0..<B {
                let zb = zt + b * K, ab = at + b * K
                Elementary.sigmoid(zb, ab, 2 * u)                   // i, f
                Elementary.tanh(zb + 2 * u, ab + 2 * u, u)          // g
                Elementary.sigmoid(zb + 3 * u, ab + 3 * u, u)       // o
                for j in 0..<u {
                    let i = ab[j], f = ab[u + j], g = ab[2 * u + j]
                    let cPrev = t > 0 ? ct[b * u + j - B * u] : 0
                    ct[b * u + j] = f * cPrev + i * g
                }
            }
            Elementary.tanh(ct, tanhCt, B * u)
            for b in 0..<B {
                let ab = at + b * K
                for j in 0..<u { ht[b * u + j] = ab[3 * u + j] * tanhCt[b * u + j] }
            }
        }
    }

    /// Backpropagation through time. With dh = ∂L/∂h_t (from above plus from step t+1):
    ///   dc = dh⊙o⊙(1−tanh²c) + dc_{t+1}⊙f_{t+1}
    ///   dz_o = dh⊙tanh(c)⊙o(1−o)   dz_i = dc⊙g⊙i(1−i)   dz_f = dc⊙c_{t−1}⊙f(1−f)
    ///   dz_g = dc⊙i⊙(1−g²)         dh_{t−1} = dz·Uᵀ
    static func backward(_ p: LayerPass, dhAbove: HiddenGradient, grad: UnsafeMutablePointer<Double>, computeDx: Bool) {
        let u = p.shape.units, K = p.shape.width, B = p.B, T = p.T
        let buf = p.buffers
        buf.dhNext.update(repeating: 0, count: B * u)
        buf.dcNext.update(repeating: 0, count: B * u)
        for t in stride(from: T - 1, through: 0, by: -1) {
            let dzt = buf.z + t * B * K, at = buf.a + t * B * K
            let ct = buf.c + t * B * u, tanhCt = buf.tanhC + t * B * u
            for b in 0..<B {
                let ab = at + b * K, dzb = dzt + b * K
                for j in 0..<u {
                    let k = b * u + j
                    let dh = dhAbove.at(t, T, B, u, k) + buf.dhNext[k]
                    let i = ab[j], f = ab[u + j], g = ab[2 * u + j], o = ab[3 * u + j]
                    let tanhc = tanhCt[k]
                    let cPrev = t > 0 ? ct[k - B * u] : 0
                    let dc = dh * o * (1 - tanhc * tanhc) + buf.dcNext[k]
                    dzb[j] = dc * g * i * (1 - i)
                    dzb[u + j] = dc * cPrev * f * (1 - f)
                    dzb[2 * u + j] = dc * i * (1 - g * g)
                    dzb[3 * u + j] = dh * tanhc * o * (1 - o)
                    buf.dcNext[k] = dc * f
                }
            }
            buf.dhNext.update(repeating: 0, count: B * u)
            if t > 0 { Kernels.gemmNT(B, u, K, dzt, K, p.U, K, buf.dhNext, u, p.parallelism) }
        }
        // dU += Σ_t h_{t−1}ᵀ·dz_t: rows of h for steps 0…T−2 against dz for steps 1…T−1.
        if T > 1 { Kernels.gemmTN(u, K, (T - 1) * B, buf.h, u, buf.z + B * K, K, grad + p.shape.U, K, p.parallelism) }
        p.accumulateInputGradients(into: grad, computeDx: computeDx)
    }
}
