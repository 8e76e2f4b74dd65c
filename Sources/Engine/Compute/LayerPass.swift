/// One recurrent layer's forward or backward pass over one batch: its shape, its buffers, the
/// parameters, and where its input sequence lives. Cells read everything from here.
struct LayerPass {
    let shape: LayerShape
    let buffers: LayerBuffers
    /// All parameters θ; this layer's W, U and b sit at `shape.W`, `shape.U`, `shape.b`.
    let θ: UnsafePointer<Double>
    /// Batch size and number of steps.
    let B: Int
    let T: Int
    /// [T·B·inputDim] the layer's input sequence (time-major).
    let x: UnsafePointer<Double>
    /// Threads the large products may use; see `Parallelism`.
    let parallelism: Parallelism

    var W: UnsafePointer<Double> { θ + shape.W }
    var U: UnsafePointer<Double> { θ + shape.U }
    var b: UnsafePointer<Double> { θ + shape.b }

    /// z = b + x·W for every step at once (one (T·B)×K product): the input side does not depend
    /// on the recurrence, so only h_{t−1}·U is left for the step loop.
    func projectInputs() {
        let K = shape.width
        Kernels.gemmNN(T * B, K, shape.inputDim, x, shape.inputDim, W, K, startingFrom: b, buffers.z, K, parallelism)
    }
}

/// Where the loss gradient w.r.t. a layer's hidden states comes from: the layer above's input
/// gradient at every step, or (for the top layer) only the final state's gradient.
struct HiddenGradient {
    let pointer: UnsafePointer<Double>
    let everyStep: Bool

    /// [B·u] ∂L/∂h at step t from above, or nil at the steps where none flows in (zero).
    @inline(__always)
    func at(_ t: Int, _ T: Int, _ B: Int, _ u: Int) -> UnsafePointer<Double>? {
        if everyStep { return pointer + t * B * u }
        return t == T - 1 ? pointer : nil
    }
}

extension LayerPass {
    /// Multiply-adds one gate value costs, roughly: its σ or tanh and its share of the cell's
    /// update in the forward pass, its share of the dz formulas in the backward pass. They only
    /// decide whether a step's element-wise work is worth a second thread.
    static let forwardWorkPerValue = 16
    static let backwardWorkPerValue = 4

    /// Step t − 1's B×u block of a time-major state buffer (h or c), or nil at t = 0, where the
    /// state before the first step is zero.
    @inline(__always)
    func previous(_ states: UnsafeMutablePointer<Double>, before t: Int) -> UnsafePointer<Double>? {
        t > 0 ? UnsafePointer(states + (t - 1) * B * shape.units) : nil
    }

    /// Runs body over consecutive ranges of samples covering 0..<B, on several threads when the
    /// step's element-wise work (`workPerValue` for each of the B·K gate values) is large enough.
    /// Each sample's values are computed by the same operations whichever range holds it, so the
    /// bits do not depend on the split. A range holds at most `sampleGroup` samples, so that the
    /// gate values a cell computes for the whole range are still in the first-level cache when
    /// its later loops read them back.
    @inline(__always)
    func splitSamples(workPerValue: Int, _ body: (_ samples: Range<Int>) -> Void) {
        parallelism.splitRows(B, work: B * shape.width * workPerValue) { first, count in
            var start = first
            while start < first + count {
                let end = min(start + Self.sampleGroup, first + count)
                body(start..<end)
                start = end
            }
        }
    }

    /// Eight samples of a 128-unit LSTM's gates are 32 KB.
    static let sampleGroup = 8
}

extension LayerPass {
    /// The backward tail shared by all cells, once `buffers.z` holds ∂L/∂(input-side
    /// pre-activations) for every step: dW += xᵀ·dz, db += Σ dz (the input bias row), and, if
    /// asked, dx = dz·Wᵀ for the layer below or for the input sensitivity.
    func accumulateInputGradients(into grad: UnsafeMutablePointer<Double>, computeDx: Bool) {
        let K = shape.width, n = shape.inputDim
        Kernels.gemmTN(n, K, T * B, x, n, buffers.z, K, grad + shape.W, K, parallelism)
        Kernels.addColumnSums(T * B, K, buffers.z, K, grad + shape.b)
        if computeDx {
            buffers.dx.update(repeating: 0, count: T * B * n)
            Kernels.gemmNT(T * B, n, K, buffers.z, K, W, K, buffers.dx, n, parallelism)
        }
    }
}
