import Foundation

/// The Dense layer's forward and backward passes on a batch: y = h·K + b, p = activation(y).
enum DenseCompute {
    static func forward(_ d: DenseShape, θ: UnsafePointer<Double>, h: UnsafePointer<Double>, B: Int, _ buf: DenseBuffers) {
        let n = d.units
        Kernels.gemmNN(B, n, d.inputDim, h, d.inputDim, θ + d.K, n, startingFrom: θ + d.b, buf.y, n)
        for s in 0..<B {
            activate(d.activation, buf.y + s * n, buf.p + s * n, n)
        }
    }

    /// Given `buf.dy` = ∂L/∂y: dK += hᵀ·dy, db += Σ dy, and dh = dy·Kᵀ into `dh` ([B × inputDim]).
    static func backward(_ d: DenseShape, θ: UnsafePointer<Double>, grad: UnsafeMutablePointer<Double>,
                         h: UnsafePointer<Double>, B: Int, _ buf: DenseBuffers, dh: UnsafeMutablePointer<Double>) {
        let n = d.units
        Kernels.gemmTN(d.inputDim, n, B, h, d.inputDim, buf.dy, n, grad + d.K, n)
        Kernels.addColumnSums(B, n, buf.dy, n, grad + d.b)
        dh.update(repeating: 0, count: B * d.inputDim)
        Kernels.gemmNT(B, d.inputDim, n, buf.dy, n, θ + d.K, n, dh, d.inputDim)
    }

    /// p = activation(y) for one sample's n outputs; softmax subtracts the maximum first so
    /// exp never overflows.
    @inline(__always)
    static func activate(_ activation: Activation, _ y: UnsafePointer<Double>, _ p: UnsafeMutablePointer<Double>, _ n: Int) {
        switch activation {
        case .linear:
            p.update(from: y, count: n)
        case .sigmoid:
            Elementary.sigmoid(y, p, n)
        case .softmax:
            var top = y[0]
            for k in 1..<n { top = max(top, y[k]) }
            for k in 0..<n { p[k] = y[k] - top }
            Elementary.exp(p, p, n)
            var sum = 0.0
            for k in 0..<n { sum += p[k] }
            for k in 0..<n { p[k] /= sum }
        }
    }
}
