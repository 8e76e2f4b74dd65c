import Engine

/// A trained LSTM from {memory}, traced on two test sequences — the first starting +1, the
/// first starting −1 — after and before training, and the unit that carries the memory.
struct MemoryProbe: Codable, Sendable, Equatable {
    /// What travels along the cell-state path: input gate i, forget gate f and cell state c,
    /// each [step][unit].
    struct Path: Codable, Sendable, Equatable {
        var i: [[Double]]
        var f: [[Double]]
        var c: [[Double]]
        /// The model's output: the probability it gives to "the first value was +1".
        var output: Double

        init(_ model: Model, _ sequence: [[Double]]) throws {
            let (trace, output) = try model.trace(sequence)
            i = trace.steps.map { $0.gate("i")!.activation }
            f = trace.steps.map { $0.gate("f")!.activation }
            c = trace.steps.map { $0.c! }
            self.output = output[0]
        }
    }

    var length: Int
    var seed: Int
    var accuracy: Double
    var units: Int
    /// 0-based; see `memoryUnit(_:test:)`.
    var memoryUnit: Int
    var plus: Path
    var minus: Path
    var untrainedPlus: Path
    var untrainedMinus: Path
    /// The traced, trained model as `lstmbook-model/1` JSON, offered beside the figures that trace it.
    var model: String

    /// How many test sequences pick the memory unit: enough to tell signal from noise.
    static let sampleCount = 128

    init(_ run: RecallTraining.Run, length: Int, seed: Int) throws(DirectiveFailure) {
        let test = run.test
        guard let first = test.targets.firstIndex(where: { $0[0] == 1 }), let second = test.targets.firstIndex(where: { $0[0] == 0 }) else {
            throw DirectiveFailure("the test sequences all start with the same sign; a larger test_size gives both", option: \RecallTraining.testSize)
        }
        do {
            self.length = length
            self.seed = seed
            accuracy = run.accuracy
            units = run.trained.recurrentLayers[0].units
            memoryUnit = try Self.memoryUnit(run.trained, test: test)
            plus = try Path(run.trained, test.inputs[first])
            minus = try Path(run.trained, test.inputs[second])
            untrainedPlus = try Path(run.initial, test.inputs[first])
            untrainedMinus = try Path(run.initial, test.inputs[second])
            model = try run.trained.jsonString()
        } catch let failure as DirectiveFailure {
            throw failure
        } catch {
            throw DirectiveFailure("could not trace the LSTM: \(error)")
        }
    }

    /// The unit whose final cell state c_T best separates sequences that started +1 from those
    /// that started −1: the largest gap between the two groups' means, in units of their pooled
    /// standard deviation (so a unit with large but noisy values does not win by size alone).
    static func memoryUnit(_ model: Model, test: Dataset) throws -> Int {
        var plus: [[Double]] = [], minus: [[Double]] = []
        for (sequence, target) in zip(test.inputs, test.targets).prefix(sampleCount) {
            let c = try model.trace(sequence).trace.steps.last!.c!
            if target[0] == 1 { plus.append(c) } else { minus.append(c) }
        }
        guard !plus.isEmpty, !minus.isEmpty else {
            throw DirectiveFailure("the test sequences all start with the same sign; a larger test_size gives both", option: \RecallTraining.testSize)
        }
        let units = plus[0].count
        func separation(_ u: Int) -> Double {
            let a = plus.map { $0[u] }, b = minus.map { $0[u] }
            let gap = abs(Statistics.mean(a) - Statistics.mean(b))
            return gap / ((Statistics.variance(a) + Statistics.variance(b)) / 2 + 1e-12).squareRoot()
        }
        return (0..<units).max { separation($0) < separation($1) }!
    }
}
