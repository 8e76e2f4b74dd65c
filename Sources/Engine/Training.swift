/// How to train: Keras `fit`'s knobs, with its defaults where it has them.
public struct TrainingConfig: Sendable, Hashable {
    public var epochs: Int
    /// Samples per gradient step; the last batch of an epoch may be smaller, as in Keras.
    public var batchSize: Int
    /// Reshuffle the training samples before every epoch (Keras `fit`'s default).
    public var shuffle: Bool
    public var loss: Loss
    public var optimizer: Optimizer
    /// If set, gradients are scaled so their global L2 norm (over all parameters together) is at
    /// most this: Keras's `global_clipnorm`, which keeps the update's direction.
    public var clipNorm: Double?
    /// Threads a batch's large matrix products may be split over. The trained weights are
    /// bit-identical for any count (see `Parallelism`); only the time differs.
    public var threads: Int

    public init(epochs: Int, batchSize: Int = 32, shuffle: Bool = true, loss: Loss = .meanSquaredError,
                optimizer: Optimizer = .adam(), clipNorm: Double? = nil, threads: Int = 1) {
        self.epochs = epochs
        self.batchSize = batchSize
        self.shuffle = shuffle
        self.loss = loss
        self.optimizer = optimizer
        self.clipNorm = clipNorm
        self.threads = threads
    }

    func validate() throws {
        guard epochs >= 1 else { throw EngineError.invalidArgument("training needs at least one epoch, not \(epochs)") }
        guard threads >= 1 else { throw EngineError.invalidArgument("training needs at least one thread, not \(threads)") }
        guard batchSize >= 1 else { throw EngineError.invalidArgument("the batch size must be at least 1, not \(batchSize)") }
        if let clipNorm, !(clipNorm > 0 && clipNorm.isFinite) {
            throw EngineError.invalidArgument("the clipping norm must be a positive number, not \(clipNorm)")
        }
        try optimizer.validate()
    }
}

/// Training data: `inputs` [samples][steps][features] and `targets` [samples][outputs].
public struct Dataset: Sendable, Hashable {
    public var inputs: [[[Double]]]
    public var targets: [[Double]]

    /// Shapes and values are checked when training starts, against the model they meet.
    public init(inputs: [[[Double]]], targets: [[Double]]) {
        self.inputs = inputs
        self.targets = targets
    }
}

/// What training reports.
public struct TrainingHistory: Sendable, Hashable {
    /// Per epoch, the loss Keras reports: the mean of the batch losses seen during the epoch,
    /// each weighted by its batch size (so the weights change while it is being measured).
    public let epochLosses: [Double]
}

/// Trains `model` in place by backpropagation through time, as Keras `fit` would.
///
/// Randomness: one permutation per epoch is drawn from `rng` when shuffling (the model's initial
/// weights are the caller's business, usually drawn from the same generator first). The hot loop
/// works on preallocated buffers only: θ, its gradient and the optimiser's moments are flat
/// arrays, and each batch is gathered into the workspace time-major.
///
/// Throws for unusable weights, data or settings before training starts, and
/// `EngineError.diverged` naming the epoch as soon as a batch loss or the weights stop being
/// finite; on any error `model` is left unchanged.
public func train(_ model: inout Model, on data: Dataset, config: TrainingConfig, using rng: inout SeededGenerator,
                  progress: ((_ epoch: Int, _ loss: Double) -> Void)? = nil) throws -> TrainingHistory {
    try model.validate()
    try config.validate()
    try config.loss.check(model.dense.activation)
    let x = try FlatSequences(data.inputs, features: model.inputDim, label: "training input")
    let t = try FlatTargets(data.targets, width: model.outputDim)
    guard x.count > 0 else { throw EngineError.shapeMismatch("there are no training samples") }
    guard t.count == x.count else { throw EngineError.shapeMismatch("\(x.count) training sequences but \(t.count) targets") }

    let shape = model.shape
    let N = x.count, n = model.outputDim, P = shape.parameterCount
    let capacity = min(config.batchSize, N)
    let ws = Workspace(shape: shape, capacity: capacity, steps: x.steps, parallelism: Parallelism(threads: config.threads))
    let optimizer = OptimizerState(config.optimizer, parameterCount: P)
    let loss = config.loss, activation = model.dense.activation
    var θ = shape.pack(model.recurrentLayers, model.dense)
    var grad = [Double](repeating: 0, count: P)
    var batchTargets = [Double](repeating: 0, count: capacity * n)
    var order = Array(0..<N)
    var epochLosses: [Double] = []
    epochLosses.reserveCapacity(min(config.epochs, 100_000))  // bounded: epochs may be absurd

    for epoch in 1...config.epochs {
        if config.shuffle { rng.shuffle(&order) }
        var total = 0.0
        try θ.withUnsafeMutableBufferPointer { θb in
            try grad.withUnsafeMutableBufferPointer { gb in
                try batchTargets.withUnsafeMutableBufferPointer { tb in
                    try order.withUnsafeBufferPointer { ob in
                        let θp = θb.baseAddress!, g = gb.baseAddress!, targets = tb.baseAddress!
                        var start = 0
                        while start < N {
                            let B = min(capacity, N - start)
                            let indices = ob.baseAddress! + start
                            x.gather(indices, B, into: ws.x)
                            t.gather(indices, B, into: targets)
                            Network.forward(ws, θ: θp, B: B)
                            let batchLoss = loss.evaluate(y: ws.dense.y, p: ws.dense.p, t: targets, B: B, n: n,
                                                          activation: activation, dy: ws.dense.dy)
                            guard batchLoss.isFinite else { throw EngineError.diverged(epoch: epoch, loss: batchLoss) }
                            total += batchLoss * Double(B)
                            g.update(repeating: 0, count: P)
                            Network.backward(ws, θ: θp, grad: g, B: B, inputGradient: false)
                            if let clipNorm = config.clipNorm { clipByGlobalNorm(g, P, clipNorm) }
                            optimizer.step(θp, g, P)
                            start += B
                        }
                    }
                }
            }
        }
        let epochLoss = total / Double(N)
        // A non-finite weight would poison every later loss; catch it in the epoch that made it.
        guard epochLoss.isFinite, θ.allSatisfy({ $0.isFinite }) else {
            throw EngineError.diverged(epoch: epoch, loss: epochLoss.isFinite ? .nan : epochLoss)
        }
        epochLosses.append(epochLoss)
        progress?(epoch, epochLoss)
    }
    var layers = model.recurrentLayers
    var dense: DenseLayer? = model.dense
    shape.unpack(θ, into: &layers, &dense)
    model.recurrentLayers = layers
    model.dense = dense!
    return TrainingHistory(epochLosses: epochLosses)
}

/// Keras's `clip_by_global_norm`: g ← g · clip·min(1/‖g‖, 1/clip). Written with the same
/// formula (rather than "if ‖g‖ > clip") because clip·(1/clip) is not always exactly 1, and
/// agreeing with Keras to the last bits is what the fixtures test.
func clipByGlobalNorm(_ g: UnsafeMutablePointer<Double>, _ n: Int, _ clip: Double) {
    var sum = 0.0
    for k in 0..<n { sum += g[k] * g[k] }
    let scale = clip * min(1 / sum.squareRoot(), 1 / clip)
    for k in 0..<n { g[k] *= scale }
}
