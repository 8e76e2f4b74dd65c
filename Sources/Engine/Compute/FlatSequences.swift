/// Samples × steps × features, checked once at the API boundary and flattened sample-major, so
/// the hot loop only copies numbers (into a workspace's time-major batch) and never validates.
struct FlatSequences {
    /// [N·T·F]: sample s, step t, feature j at (s·T + t)·F + j.
    let values: [Double]
    let count: Int
    let steps: Int
    let features: Int

    /// Throws `shapeMismatch` for ragged or wrongly sized sequences and `nonFinite` for NaN or
    /// infinity, naming the sample, step and feature (counting from 1).
    init(_ samples: [[[Double]]], features: Int, label: String) throws {
        let steps = samples.first?.count ?? 0
        if !samples.isEmpty && steps == 0 {
            throw EngineError.shapeMismatch("\(label) sample 1 has no steps; a sequence needs at least one")
        }
        var values: [Double] = []
        values.reserveCapacity(samples.count * steps * features)
        for (s, sample) in samples.enumerated() {
            guard sample.count == steps else {
                throw EngineError.shapeMismatch("\(label) sample \(s + 1) has \(sample.count) steps but sample 1 has \(steps); "
                    + "all sequences in one call must have the same length")
            }
            for (t, step) in sample.enumerated() {
                guard step.count == features else {
                    throw EngineError.shapeMismatch("\(label) sample \(s + 1), step \(t + 1) has \(step.count) features but the "
                        + "model takes \(features)")
                }
                for (j, value) in step.enumerated() where !value.isFinite {
                    throw EngineError.nonFinite("\(label) sample \(s + 1), step \(t + 1), feature \(j + 1) is \(value)")
                }
                values += step
            }
        }
        self.values = values
        self.count = samples.count
        self.steps = steps
        self.features = features
    }

    /// Copies the samples `indices[0..<B]` into `x` time-major: x[(t·B + b)·F + j].
    func gather(_ indices: UnsafePointer<Int>, _ B: Int, into x: UnsafeMutablePointer<Double>) {
        let T = steps, F = features
        values.withUnsafeBufferPointer { v in
            let source = v.baseAddress!
            // Step by step, so that x is written in order (each sample is read in order too, B
            // streams side by side).
            for t in 0..<T {
                for b in 0..<B {
                    let from = source + (indices[b] * T + t) * F, to = x + (t * B + b) * F
                    if F > 8 {
                        to.update(from: from, count: F)
                    } else {
                        // A step of a few features: a library call per step cost more than the
                        // copy ({memory}'s two features, 100 steps, spent 2 % of its time there).
                        for j in 0..<F { to[j] = from[j] }
                    }
                }
            }
        }
    }
}

/// Targets [N × n], checked and flattened like `FlatSequences`.
struct FlatTargets {
    let values: [Double]
    let count: Int
    let width: Int

    init(_ targets: [[Double]], width: Int) throws {
        var values: [Double] = []
        values.reserveCapacity(targets.count * width)
        for (s, target) in targets.enumerated() {
            guard target.count == width else {
                throw EngineError.shapeMismatch("target \(s + 1) has \(target.count) values but the model has \(width) outputs")
            }
            for (k, value) in target.enumerated() where !value.isFinite {
                throw EngineError.nonFinite("target \(s + 1), value \(k + 1) is \(value)")
            }
            values += target
        }
        self.values = values
        self.count = targets.count
        self.width = width
    }

    /// Copies the targets `indices[0..<B]` into `t` ([B × n]).
    func gather(_ indices: UnsafePointer<Int>, _ B: Int, into t: UnsafeMutablePointer<Double>) {
        values.withUnsafeBufferPointer { v in
            for b in 0..<B {
                (t + b * width).update(from: v.baseAddress! + indices[b] * width, count: width)
            }
        }
    }
}
