import Engine

/// The long-term dependency task of lessons 1 and 5: recall the first value after T steps.
///
/// Each step has two inputs, a value and a marker. At step 1 the value is ±1 (a fair coin) and
/// the marker is 1; at steps 2…T the value is Gaussian noise with standard deviation `noise` and
/// the marker is 0. The target is 1 when the first value was +1 and 0 when it was −1. Nothing
/// after step 1 tells the sign, so a model can beat chance (0.5) only by carrying it across all
/// T − 1 later steps: the latching problem of Bengio, Simard & Frasconi (1994). The marker says
/// which step to keep, as the markers of Hochreiter & Schmidhuber's (1997) adding problem do, so
/// the task tests memory alone and not also finding the first step by counting.
struct RecallTask: Sendable {
    let length: Int
    let noise: Double

    static let features = 2

    /// `count` sequences and their targets.
    func samples(_ count: Int, using rng: inout SeededGenerator) -> Dataset {
        var inputs: [[[Double]]] = [], targets: [[Double]] = []
        inputs.reserveCapacity(count)
        targets.reserveCapacity(count)
        for _ in 0..<count {
            let sign: Double = rng.uniform() < 0.5 ? -1 : 1
            var sequence = [[sign, 1]]
            sequence.reserveCapacity(length)
            for _ in 1..<length { sequence.append([noise * rng.normal(), 0]) }
            inputs.append(sequence)
            targets.append([sign > 0 ? 1 : 0])
        }
        return Dataset(inputs: inputs, targets: targets)
    }
}
