import Foundation

/// The plain recurrent cell: h = tanh(x·W + h_{t−1}·U + b). Its one "gate" is h itself, so the
/// workspace stores its activations once, in the buffer that serves as both `a` and `h`.
enum SimpleRNNCell {
    static func forward(_ p: LayerPass) {
        let u = p.shape.units, B = p.B
        let buf = p.buffers
        p.projectInputs()
        for t in 0..<p.T {
            let zt = buf.z + t * B * u, ht = buf.h + t * B * u
            if t > 0 { Kernels.gemmNN(B, u, u, ht - B * u, u, p.U, u, zt, u, p.parallelism) }
            p.splitSamples(workPerValue: LayerPass.forwardWorkPerValue) { samples in
                let start = samples.lowerBound * u  // where these samples' values start in the step's B×u
                Elementary.tanh(zt + start, ht + start, samples.count * u)
            }
        }
    }

    /// dz = dh⊙(1−h²), dh_{t−1} = dz·Uᵀ: the factor that makes gradients fade (or blow up) as
    /// they travel back, which the "why a plain RNN forgets" lesson plots.
    static func backward(_ p: LayerPass, dhAbove: HiddenGradient, grad: UnsafeMutablePointer<Double>, computeDx: Bool) {
        let u = p.shape.units, B = p.B, T = p.T
        let buf = p.buffers
        let dhNext = buf.dhNext
        dhNext.update(repeating: 0, count: B * u)
        for t in stride(from: T - 1, through: 0, by: -1) {
            let dzt = buf.z + t * B * u, ht = buf.h + t * B * u
            let above = dhAbove.at(t, T, B, u)
            p.splitSamples(workPerValue: LayerPass.backwardWorkPerValue) { samples in
                forEachLanes(samples.count * u) { j, n in
                    let k = samples.lowerBound * u + j
                    let dh = Lanes(load: above, k, n) + Lanes(load: dhNext + k, n), h = Lanes(load: ht + k, n)
                    (dh * (1 - h * h)).store(to: dzt + k, n)
                    Lanes().store(to: dhNext + k, n)  // read; dz·Uᵀ accumulates into it next
                }
            }
            if t > 0 { Kernels.gemmNT(B, u, u, dzt, u, p.U, u, dhNext, u, p.parallelism) }
        }
        if T > 1 { Kernels.gemmTN(u, u, (T - 1) * B, buf.h, u, buf.z + B * u, u, grad + p.shape.U, u, p.parallelism) }
        p.accumulateInputGradients(into: grad, computeDx: computeDx)
    }
}
