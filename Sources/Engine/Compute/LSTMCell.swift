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
            let cPrev = p.previous(buf.c, before: t)
            if t > 0 { Kernels.gemmNN(B, K, u, ht - B * u, u, p.U, K, zt, K, p.parallelism) }
            p.splitSamples(workPerValue: LayerPass.forwardWorkPerValue) { samples in
                let z0 = zt + samples.lowerBound * K, a0 = at + samples.lowerBound * K
                // A sample's gates one after another, in one loop: its three evaluations are
                // independent and sit side by side in the instruction stream, which trains 2–4 %
                // faster than one gate for all the samples, then the next.
                Exponential.table.withUnsafeBufferPointer { table in
                    let table = table.baseAddress!
                    for r in 0..<samples.count {
                        let z = z0 + r * K, a = a0 + r * K
                        Elementary.sigmoid(z, a, 2 * u, table)                  // i, f
                        Elementary.tanh(z + 2 * u, a + 2 * u, u, table)         // g
                        Elementary.sigmoid(z + 3 * u, a + 3 * u, u, table)      // o
                    }
                }
                for b in samples {
                    let ab = at + b * K
                    forEachLanes(u) { j, n in
                        let i = Lanes(load: ab + j, n), f = Lanes(load: ab + u + j, n), g = Lanes(load: ab + 2 * u + j, n)
                        let c = f * Lanes(load: cPrev, b * u + j, n) + i * g
                        c.store(to: ct + b * u + j, n)
                    }
                }
                let start = samples.lowerBound * u  // where these samples' values start in the step's B×u
                Elementary.tanh(ct + start, tanhCt + start, samples.count * u)
                for b in samples {
                    let ab = at + b * K
                    forEachLanes(u) { j, n in
                        let o = Lanes(load: ab + 3 * u + j, n)
                        (o * Lanes(load: tanhCt + b * u + j, n)).store(to: ht + b * u + j, n)
                    }
                }
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
        let dhNext = buf.dhNext, dcNext = buf.dcNext
        dhNext.update(repeating: 0, count: B * u)
        dcNext.update(repeating: 0, count: B * u)
        for t in stride(from: T - 1, through: 0, by: -1) {
            let dzt = buf.z + t * B * K, at = buf.a + t * B * K
            let tanhCt = buf.tanhC + t * B * u
            let above = dhAbove.at(t, T, B, u)
            let cPrev = p.previous(buf.c, before: t)
            p.splitSamples(workPerValue: LayerPass.backwardWorkPerValue) { samples in
                for b in samples {
                    let ab = at + b * K, dzb = dzt + b * K
                    forEachLanes(u) { j, n in
                        let k = b * u + j
                        let dh = Lanes(load: above, k, n) + Lanes(load: dhNext + k, n)
                        let i = Lanes(load: ab + j, n), f = Lanes(load: ab + u + j, n)
                        let g = Lanes(load: ab + 2 * u + j, n), o = Lanes(load: ab + 3 * u + j, n)
                        let tanhc = Lanes(load: tanhCt + k, n)
                        let dc = dh * o * (1 - tanhc * tanhc) + Lanes(load: dcNext + k, n)
                        (dc * g * i * (1 - i)).store(to: dzb + j, n)
                        (dc * Lanes(load: cPrev, k, n) * f * (1 - f)).store(to: dzb + u + j, n)
                        (dc * i * (1 - g * g)).store(to: dzb + 2 * u + j, n)
                        (dh * tanhc * o * (1 - o)).store(to: dzb + 3 * u + j, n)
                        (dc * f).store(to: dcNext + k, n)
                        Lanes().store(to: dhNext + k, n)  // read; dz·Uᵀ accumulates into it next
                    }
                }
            }
            if t > 0 { Kernels.gemmNT(B, u, K, dzt, K, p.U, K, dhNext, u, p.parallelism) }
        }
        // dU += Σ_t h_{t−1}ᵀ·dz_t: rows of h for steps 0…T−2 against dz for steps 1…T−1.
        if T > 1 { Kernels.gemmTN(u, K, (T - 1) * B, buf.h, u, buf.z + B * K, K, grad + p.shape.U, K, p.parallelism) }
        p.accumulateInputGradients(into: grad, computeDx: computeDx)
    }
}
