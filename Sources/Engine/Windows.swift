/// How many windows a series of length n gives for a given look_back.
public enum WindowCount: String, Sendable, Hashable, CaseIterable {
    /// n − look_back − 1, as the note's `create_dataset` does (its `- 1` drops the last usable
    /// window: an off-by-one inherited from the tutorial it follows). The default, so the
    /// note's figures can be reproduced.
    case note
    /// n − look_back: all the windows, every one whose target is still inside the series.
    case all
}

/// How a window of look_back values is fed to the recurrent layer.
public enum WindowLayout: String, Sendable, Hashable, CaseIterable {
    /// One time step with look_back features, [samples, 1, look_back], as the note does; the
    /// recurrence then never runs more than one step.
    case features
    /// look_back time steps of one feature, [samples, look_back, 1]: the layout in which the
    /// recurrence actually reads the window in order.
    case timesteps
}

/// Supervised windows cut from a series: input i is the look_back values ending just before
/// target i, and `targetIndices` says where each target sits in the original series (the x
/// positions of the note's aligned plot).
public struct Windows: Sendable, Hashable {
    public let inputs: [[[Double]]]
    public let targets: [[Double]]
    public let targetIndices: [Int]

    public var dataset: Dataset { Dataset(inputs: inputs, targets: targets) }

    /// Windows over `series`, whose first value is at index `startIndex` of the whole series.
    /// Throws `seriesTooShort` when no window fits.
    public init(series: [Double], lookBack: Int, count: WindowCount = .note, layout: WindowLayout = .features, startIndex: Int = 0) throws {
        guard lookBack >= 1 else { throw EngineError.invalidArgument("look_back must be at least 1, not \(lookBack)") }
        let extra = count == .note ? 1 : 0
        // Compared without adding to look_back, which may be enormous (no overflow).
        guard lookBack < series.count, series.count - lookBack > extra else {
            let needed = lookBack < Int.max - 1 ? "; at least \(lookBack + extra + 1) are needed" : ""
            throw EngineError.seriesTooShort("\(series.count) values give no window for look_back \(lookBack)\(needed)")
        }
        let windows = series.count - lookBack - extra
        var inputs: [[[Double]]] = []
        var targets: [[Double]] = []
        inputs.reserveCapacity(windows)
        targets.reserveCapacity(windows)
        for i in 0..<windows {
            let window = Array(series[i..<(i + lookBack)])
            inputs.append(layout == .features ? [window] : window.map { [$0] })
            targets.append([series[i + lookBack]])
        }
        self.inputs = inputs
        self.targets = targets
        self.targetIndices = (0..<windows).map { startIndex + $0 + lookBack }
    }
}

/// Splits a series in time order: the first int(n·fraction) values train, the rest test (the
/// truncation is Python's `int()`, as in the note: int(144·0.7) = 100).
public func trainTestSplit(_ series: [Double], trainFraction: Double) throws -> (train: [Double], test: [Double]) {
    guard trainFraction > 0, trainFraction < 1 else {
        throw EngineError.invalidArgument("the train fraction must lie strictly between 0 and 1, not \(trainFraction)")
    }
    let trainSize = Int((Double(series.count) * trainFraction).rounded(.towardZero))
    return (Array(series[..<trainSize]), Array(series[trainSize...]))
}
