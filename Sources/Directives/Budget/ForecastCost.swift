import Engine

extension ForecastDirective: CostEstimating {
    /// The rows of the series are not known until its file is read; the estimate assumes the
    /// airline series (144 months), which the option ranges were chosen for.
    static let assumedRows = 144

    /// One LSTM per look_back and seed, trained on the training split's windows.
    static func cost(of options: ResolvedOptions) -> Cost {
        let seeds = options.integers("seeds").count
        let fraction = options.number("train_fraction")
        let features = options.text("layout") == "features"
        return options.integers("look_back").reduce(Cost.zero) { total, lookBack in
            let windows = max(1, assumedRows - lookBack - 1)
            let trainSize = max(1, Int(Double(windows) * fraction))
            let run = Cost.training(.lstm, units: options.integer("units"), inputs: features ? lookBack : 1,
                                    length: features ? 1 : lookBack, epochs: options.integer("epochs"),
                                    trainSize: trainSize, testSize: windows - trainSize, batchSize: options.integer("batch_size"))
            return total + seeds * run
        }
    }
}
