import Engine

extension ForecastDirective.Options {
    /// The rows of the series are not known until its file is read; the estimate assumes the
    /// airline series (144 months), which the option ranges were chosen for.
    static let assumedRows = 144

    /// One LSTM per look_back and seed, trained on the training split's windows.
    var cost: Cost {
        let features = layout == .features
        return lookBack.reduce(Cost.zero) { total, lookBack in
            let windows = max(1, Self.assumedRows - lookBack - 1)
            let trainSize = max(1, Int(Double(windows) * trainFraction))
            let run = Cost.training(.lstm, units: units, inputs: features ? lookBack : 1, length: features ? 1 : lookBack, epochs: epochs,
                                    trainSize: trainSize, testSize: windows - trainSize, batchSize: batchSize)
            return total + seeds.count * run
        }
    }
}
