import Engine

/// The LSTM unit whose cell state moves most at the review's first word, and what its gates do
/// with that value over the words after it. The cell state is the LSTM's long-term memory: its
/// update c_t = f_t·c_{t−1} + i_t·g_t carries an old value along unchanged when the forget gate f
/// stays near 1 and the input gate i near 0; it can also keep a value by writing it in again at
/// later steps through i·g, since g depends on the hidden state the old value shaped.
struct MemoryUnit: Codable, Sendable, Equatable {
    /// Counted from 1, as the pages count units.
    var unit: Int
    /// c just after the first word minus c just before it.
    var jump: Double
    var cAfterFirst: Double
    var cFinal: Double
    /// The same unit's last cell state when the first word is blanked: the difference from
    /// `cFinal` is what the first word still contributes at the end.
    var cFinalWithoutFirst: Double
    /// Over the steps after the first word.
    var forgetMean: Double
    var forgetMin: Double
    /// ∏ f_t: the share of c the forget gates alone let through to the end.
    var forgetProduct: Double
    /// jump · ∏ f_t: how much of the jump would reach the last word if the forget gates alone
    /// carried it, with nothing written in on top.
    var forgetPath: Double
    /// cFinal − cFinalWithoutFirst: how much of the first word is actually in the last cell state,
    /// however it got there.
    var finalMark: Double
    var inputMean: Double

    /// `first` indexes the steps of `trace`; at least one step must follow it.
    init(trace: Trace, withoutFirst: Trace, first: Range<Int>) {
        let c = trace.steps.map { $0.c! }
        let before = first.lowerBound > 0 ? c[first.lowerBound - 1] : [Double](repeating: 0, count: trace.units)
        let after = c[first.upperBound - 1]
        let k = (0..<trace.units).max { abs(after[$0] - before[$0]) < abs(after[$1] - before[$1]) }!
        let following = trace.steps[first.upperBound...]
        let f = following.map { $0.gate("f")!.activation[k] }
        let i = following.map { $0.gate("i")!.activation[k] }
        unit = k + 1
        jump = after[k] - before[k]
        cAfterFirst = after[k]
        cFinal = c.last![k]
        cFinalWithoutFirst = withoutFirst.steps.last!.c![k]
        forgetMean = f.reduce(0, +) / Double(f.count)
        forgetMin = f.min()!
        forgetProduct = f.reduce(1, *)
        forgetPath = jump * forgetProduct
        finalMark = cFinal - cFinalWithoutFirst
        inputMean = i.reduce(0, +) / Double(i.count)
    }
}
