/// Preallocated buffers for one network, a batch of up to `capacity` samples and `steps` steps.
///
/// All buffers are time-major and batch-major within a step: the row for (t, b) starts at
/// (t·B + b)·width, where B is the current batch size (≤ capacity). So the rows of one step are
/// one contiguous B×width block (a matrix the kernels can multiply), and the rows of all steps
/// are one (T·B)×width block, which lets the input projection and the weight gradients be single
/// large matrix products over every step at once. Allocated once per training run, so the hot
/// loop never allocates.
struct LayerBuffers {
    /// [T·B·K] pre-activations in the forward pass; the backward pass overwrites them with the
    /// loss gradient w.r.t. them (the input-side gradient for the GRU), since they are no
    /// longer needed by then.
    let z: UnsafeMutablePointer<Double>
    /// [T·B·K] gate activations (i, f, g, o / z, r, g / h).
    let a: UnsafeMutablePointer<Double>
    /// [T·B·u] hidden states; the same memory as `a` for a plain RNN, whose one gate is h.
    let h: UnsafeMutablePointer<Double>
    /// [T·B·u] LSTM cell states and their tanh (kept for the backward pass).
    let c: UnsafeMutablePointer<Double>
    let tanhC: UnsafeMutablePointer<Double>
    /// [T·B·u] GRU only: reset-after m = h_prev·U_g + b_hg; reset-before r⊙h_prev.
    let aux: UnsafeMutablePointer<Double>
    /// [T·B·K] reset-after GRU only: gradient w.r.t. the recurrent-side pre-activations.
    let dzh: UnsafeMutablePointer<Double>
    /// [T·B·inputDim] gradient w.r.t. the layer's input sequence.
    let dx: UnsafeMutablePointer<Double>
    /// [B·u] gradient w.r.t. h_{t−1} carried back one step (and, for the LSTM, w.r.t. c_{t−1}).
    let dhNext: UnsafeMutablePointer<Double>
    let dcNext: UnsafeMutablePointer<Double>
    /// [B·u] reset-before GRU only: gradient w.r.t. r⊙h_prev.
    let drh: UnsafeMutablePointer<Double>
}

struct DenseBuffers {
    /// [B·units] pre-activations (logits), activations, and the loss gradient w.r.t. the logits.
    let y: UnsafeMutablePointer<Double>
    let p: UnsafeMutablePointer<Double>
    let dy: UnsafeMutablePointer<Double>
}

final class Workspace {
    let shape: NetworkShape
    let capacity: Int
    let steps: Int
    /// [T·B·inputDim] the batch's input sequences, gathered time-major.
    let x: UnsafeMutablePointer<Double>
    let layers: [LayerBuffers]
    let dense: DenseBuffers
    /// [B·u_last] gradient w.r.t. the last layer's final hidden state (from Dense, or seeded).
    let dhTop: UnsafeMutablePointer<Double>
    /// Threads the large products may use (the results do not depend on it).
    let parallelism: Parallelism
    private let arena: UnsafeMutablePointer<Double>

    init(shape: NetworkShape, capacity: Int, steps: Int, parallelism: Parallelism = .serial) {
        precondition(capacity > 0 && steps > 0, "a workspace needs at least one sample and one step")
        self.shape = shape
        self.parallelism = parallelism
        self.capacity = capacity
        self.steps = steps
        let rows = capacity * steps
        // First pass counts, second pass hands out slices of one zero-filled arena.
        func sizes(_ layer: LayerShape) -> [Int] {
            let u = layer.units, K = layer.width
            let isLSTM = layer.kind == .lstm
            let isGRU = layer.kind.gateCount == 3
            let resetAfter = layer.kind == .gru(resetAfter: true)
            let resetBefore = layer.kind == .gru(resetAfter: false)
            return [
                rows * K, rows * K, layer.kind == .simpleRNN ? 0 : rows * u,
                isLSTM ? rows * u : 0, isLSTM ? rows * u : 0, isGRU ? rows * u : 0,
                resetAfter ? rows * K : 0, rows * layer.inputDim,
                capacity * u, isLSTM ? capacity * u : 0, resetBefore ? capacity * u : 0,
            ]
        }
        let outputs = shape.dense?.units ?? 0
        let fixed = rows * shape.inputDim + 3 * capacity * outputs + capacity * shape.lastUnits
        let total = fixed + shape.layers.reduce(0) { $0 + sizes($1).reduce(0, +) }
        arena = UnsafeMutablePointer<Double>.allocate(capacity: max(total, 1))
        arena.initialize(repeating: 0, count: max(total, 1))
        var next = arena
        func take(_ count: Int) -> UnsafeMutablePointer<Double> {
            defer { next += count }
            return next
        }
        x = take(rows * shape.inputDim)
        dense = DenseBuffers(y: take(capacity * outputs), p: take(capacity * outputs), dy: take(capacity * outputs))
        dhTop = take(capacity * shape.lastUnits)
        layers = shape.layers.map { layer in
            let s = sizes(layer)
            let z = take(s[0]), a = take(s[1]), hOwn = take(s[2])
            return LayerBuffers(
                z: z, a: a, h: layer.kind == .simpleRNN ? a : hOwn,
                c: take(s[3]), tanhC: take(s[4]), aux: take(s[5]), dzh: take(s[6]), dx: take(s[7]),
                dhNext: take(s[8]), dcNext: take(s[9]), drh: take(s[10]))
        }
    }

    deinit {
        arena.deallocate()
    }
}
