import Foundation

/// The GRU cell in Keras's two forms (blocks z, r, g of W, U and b):
///   z = σ(x·W_z + h_{t−1}·U_z + b_z)   r = σ(x·W_r + h_{t−1}·U_r + b_r)
///   reset after (Keras 3's default; bias rows b_x and b_h):
///     g = tanh(x·W_g + b_xg + r⊙(h_{t−1}·U_g + b_hg))
///   reset before (the classic form):
///     g = tanh(x·W_g + (r⊙h_{t−1})·U_g + b_g)
///   h = z⊙h_{t−1} + (1−z)⊙g
/// The z and r pre-activations include both bias rows in the reset-after form, as in Keras.
enum GRUCell {
    static func forward(_ p: LayerPass) {
        if p.shape.kind == .gru(resetAfter: true) {
            forwardResetAfter(p)
        } else {
            forwardResetBefore(p)
        }
    }

    static func backward(_ p: LayerPass, dhAbove: HiddenGradient, grad: UnsafeMutablePointer<Double>, computeDx: Bool) {
        if p.shape.kind == .gru(resetAfter: true) {
            backwardResetAfter(p, dhAbove: dhAbove, grad: grad, computeDx: computeDx)
        } else {
            backwardResetBefore(p, dhAbove: dhAbove, grad: grad, computeDx: computeDx)
        }
    }

    // MARK: reset after

    private static func forwardResetAfter(_ p: LayerPass) {
        let u = p.shape.units, K = p.shape.width, B = p.B
        let buf = p.buffers
        let bh = p.b + K  // the recurrent bias row
        p.projectInputs()
        for t in 0..<p.T {
            let zt = buf.z + t * B * K, at = buf.a + t * B * K
            let ht = buf.h + t * B * u, mt = buf.aux + t * B * u
            // z, r blocks get h_{t−1}·U + b_h added; the candidate's recurrent part m is kept
            // apart because r multiplies it.
            for b in 0..<B {
                for k in 0..<(2 * u) { zt[b * K + k] += bh[k] }
            }
            Kernels.broadcastRow(B, u, bh + 2 * u, mt, u)
            if t > 0 {
                let hPrev = ht - B * u
                Kernels.gemmNN(B, 2 * u, u, hPrev, u, p.U, K, zt, K, p.parallelism)
                Kernels.gemmNN(B, u, u, hPrev, u, p.U + 2 * u, K, mt, u, p.parallelism)
            }
            for b in 0..<B {
                let zb = zt + b * K, ab = at + b * K
                Elementary.sigmoid(zb, ab, 2 * u)                   // z, r
                for j in 0..<u { zb[2 * u + j] += ab[u + j] * mt[b * u + j] }
                Elementary.tanh(zb + 2 * u, ab + 2 * u, u)          // g
                for j in 0..<u {
                    let k = b * u + j
                    let z = ab[j], g = ab[2 * u + j]
                    let hPrev = t > 0 ? ht[k - B * u] : 0
                    ht[k] = z * hPrev + (1 - z) * g
                }
            }
        }
    }

    /// With dh = ∂L/∂h_t: dz_z = dh⊙(h_{t−1}−g)⊙z(1−z), dz_g = dh⊙(1−z)⊙(1−g²),
    /// dz_r = dz_g⊙m⊙r(1−r); the recurrent side sees the candidate gradient through r
    /// (dm = dz_g⊙r), so it has its own gradient rows `dzh`.
    private static func backwardResetAfter(_ p: LayerPass, dhAbove: HiddenGradient, grad: UnsafeMutablePointer<Double>, computeDx: Bool) {
        let u = p.shape.units, K = p.shape.width, B = p.B, T = p.T
        let buf = p.buffers
        buf.dhNext.update(repeating: 0, count: B * u)
        for t in stride(from: T - 1, through: 0, by: -1) {
            let dzt = buf.z + t * B * K, dzht = buf.dzh + t * B * K, at = buf.a + t * B * K
            let ht = buf.h + t * B * u, mt = buf.aux + t * B * u
            for b in 0..<B {
                let ab = at + b * K, dzb = dzt + b * K, dzhb = dzht + b * K
                for j in 0..<u {
                    let k = b * u + j
                    let dh = dhAbove.at(t, T, B, u, k) + buf.dhNext[k]
                    let z = ab[j], r = ab[u + j], g = ab[2 * u + j]
                    let hPrev = t > 0 ? ht[k - B * u] : 0
                    let dzz = dh * (hPrev - g) * z * (1 - z)
                    let dzg = dh * (1 - z) * (1 - g * g)
                    let dzr = dzg * mt[k] * r * (1 - r)
                    dzb[j] = dzz; dzb[u + j] = dzr; dzb[2 * u + j] = dzg
                    dzhb[j] = dzz; dzhb[u + j] = dzr; dzhb[2 * u + j] = dzg * r
                    buf.dhNext[k] = dh * z  // the direct path h_{t−1} → h_t
                }
            }
            if t > 0 { Kernels.gemmNT(B, u, K, dzht, K, p.U, K, buf.dhNext, u, p.parallelism) }
        }
        if T > 1 { Kernels.gemmTN(u, K, (T - 1) * B, buf.h, u, buf.dzh + B * K, K, grad + p.shape.U, K, p.parallelism) }
        // b_h is added at every step, including the first (where h_{t−1} = 0).
        Kernels.addColumnSums(T * B, K, buf.dzh, K, grad + p.shape.b + K)
        p.accumulateInputGradients(into: grad, computeDx: computeDx)
    }

    // MARK: reset before

    private static func forwardResetBefore(_ p: LayerPass) {
        let u = p.shape.units, K = p.shape.width, B = p.B
        let buf = p.buffers
        p.projectInputs()
        for t in 0..<p.T {
            let zt = buf.z + t * B * K, at = buf.a + t * B * K
            let ht = buf.h + t * B * u, rht = buf.aux + t * B * u
            if t > 0 { Kernels.gemmNN(B, 2 * u, u, ht - B * u, u, p.U, K, zt, K, p.parallelism) }
            for b in 0..<B {
                let zb = zt + b * K, ab = at + b * K
                Elementary.sigmoid(zb + u, ab + u, u)               // r
                for j in 0..<u {
                    let k = b * u + j
                    rht[k] = t > 0 ? ab[u + j] * ht[k - B * u] : 0
                }
            }
            if t > 0 { Kernels.gemmNN(B, u, u, rht, u, p.U + 2 * u, K, zt + 2 * u, K, p.parallelism) }
            for b in 0..<B {
                let zb = zt + b * K, ab = at + b * K
                Elementary.sigmoid(zb, ab, u)                       // z
                Elementary.tanh(zb + 2 * u, ab + 2 * u, u)          // g
                for j in 0..<u {
                    let k = b * u + j
                    let z = ab[j], g = ab[2 * u + j]
                    let hPrev = t > 0 ? ht[k - B * u] : 0
                    ht[k] = z * hPrev + (1 - z) * g
                }
            }
        }
    }

    /// With dh = ∂L/∂h_t: dz_z and dz_g as in the reset-after form; then d(r⊙h_{t−1}) =
    /// dz_g·U_gᵀ, so dz_r = d(r⊙h_{t−1})⊙h_{t−1}⊙r(1−r) and h_{t−1} gets d(r⊙h_{t−1})⊙r.
    private static func backwardResetBefore(_ p: LayerPass, dhAbove: HiddenGradient, grad: UnsafeMutablePointer<Double>, computeDx: Bool) {
        let u = p.shape.units, K = p.shape.width, B = p.B, T = p.T
        let buf = p.buffers
        buf.dhNext.update(repeating: 0, count: B * u)
        for t in stride(from: T - 1, through: 0, by: -1) {
            let dzt = buf.z + t * B * K, at = buf.a + t * B * K, ht = buf.h + t * B * u
            for b in 0..<B {
                let ab = at + b * K, dzb = dzt + b * K
                for j in 0..<u {
                    let k = b * u + j
                    let dh = dhAbove.at(t, T, B, u, k) + buf.dhNext[k]
                    let z = ab[j], g = ab[2 * u + j]
                    let hPrev = t > 0 ? ht[k - B * u] : 0
                    dzb[j] = dh * (hPrev - g) * z * (1 - z)
                    dzb[2 * u + j] = dh * (1 - z) * (1 - g * g)
                    dzb[u + j] = 0  // set below once d(r⊙h_{t−1}) is known; stays 0 at t = 0
                    buf.dhNext[k] = dh * z
                }
            }
            guard t > 0 else { break }
            buf.drh.update(repeating: 0, count: B * u)
            Kernels.gemmNT(B, u, u, dzt + 2 * u, K, p.U + 2 * u, K, buf.drh, u, p.parallelism)
            for b in 0..<B {
                let ab = at + b * K, dzb = dzt + b * K
                for j in 0..<u {
                    let k = b * u + j
                    let r = ab[u + j]
                    let hPrev = ht[k - B * u]
                    dzb[u + j] = buf.drh[k] * hPrev * r * (1 - r)
                    buf.dhNext[k] += buf.drh[k] * r
                }
            }
            Kernels.gemmNT(B, u, 2 * u, dzt, K, p.U, K, buf.dhNext, u, p.parallelism)
        }
        if T > 1 {
            let dz1 = buf.z + B * K
            Kernels.gemmTN(u, 2 * u, (T - 1) * B, buf.h, u, dz1, K, grad + p.shape.U, K, p.parallelism)
            Kernels.gemmTN(u, u, (T - 1) * B, buf.aux + B * u, u, dz1 + 2 * u, K, grad + p.shape.U + 2 * u, K, p.parallelism)
        }
        p.accumulateInputGradients(into: grad, computeDx: computeDx)
    }
}
