/// The note's airline experiment as one call: scale, split, window, train LSTM(units) → Dense(1)
/// with Adam and MSE, predict, and score in the series' own units.
public struct ForecastConfig: Sendable, Hashable {
    public var lookBack: Int
    /// Seeds the one generator that draws the initial weights and then each epoch's shuffle.
    public var seed: UInt64
    public var units: Int
    public var epochs: Int
    public var batchSize: Int
    public var trainFraction: Double
    public var layout: WindowLayout
    public var windowCount: WindowCount
    public var shuffle: Bool
    /// The note uses Adam with Keras's defaults.
    public var optimizer: Optimizer

    /// The defaults are the note's: 4 units, 100 epochs, batch 1, 70 % train, the window as
    /// features of one step, its off-by-one window count, Keras's per-epoch shuffle.
    public init(lookBack: Int, seed: UInt64, units: Int = 4, epochs: Int = 100, batchSize: Int = 1,
                trainFraction: Double = 0.7, layout: WindowLayout = .features, windowCount: WindowCount = .note,
                shuffle: Bool = true, optimizer: Optimizer = .adam()) {
        self.lookBack = lookBack
        self.seed = seed
        self.units = units
        self.epochs = epochs
        self.batchSize = batchSize
        self.trainFraction = trainFraction
        self.layout = layout
        self.windowCount = windowCount
        self.shuffle = shuffle
        self.optimizer = optimizer
    }
}

/// What the experiment gives: scores, the predictions in the series' units, where they sit in
/// the series (for the note's plot: series, train predictions and test predictions on one time
/// axis), the training curve and the trained model.
public struct ForecastResult: Sendable, Hashable {
    public let trainRMSE: Double
    public let testRMSE: Double
    public let trainPredictions: [Double]
    public let testPredictions: [Double]
    /// Series index of each prediction's target (train: look_back…, test: train size + look_back…).
    public let trainIndices: [Int]
    public let testIndices: [Int]
    public let epochLosses: [Double]
    public let model: Model
}

/// Runs the experiment on `series` (raw values, e.g. passengers in thousands).
/// `progress` is called after every epoch with the epoch (from 1) and its loss.
public func forecast(series: [Double], config: ForecastConfig,
                     progress: ((_ epoch: Int, _ loss: Double) -> Void)? = nil) throws -> ForecastResult {
    guard config.units >= 1 else { throw EngineError.invalidArgument("the model needs at least one unit, not \(config.units)") }
    let scaler = try MinMaxScaler.fit(series)
    let (train, test) = try trainTestSplit(scaler.transform(series), trainFraction: config.trainFraction)
    func windows(_ part: [Double], _ name: String, _ start: Int) throws -> Windows {
        do {
            return try Windows(series: part, lookBack: config.lookBack, count: config.windowCount, layout: config.layout, startIndex: start)
        } catch EngineError.seriesTooShort(let detail) {
            throw EngineError.seriesTooShort("the \(name) split of \(part.count) values (\(detail))")
        }
    }
    let trainWindows = try windows(train, "training", 0)
    let testWindows = try windows(test, "test", train.count)

    var rng = SeededGenerator(seed: config.seed)
    let inputDim = config.layout == .features ? config.lookBack : 1
    var model = Model.initialised(cell: .lstm, units: config.units, inputDim: inputDim, outputs: 1, activation: .linear, using: &rng)
    let training = TrainingConfig(epochs: config.epochs, batchSize: config.batchSize, shuffle: config.shuffle,
                                  loss: .meanSquaredError, optimizer: config.optimizer)
    let history = try Engine.train(&model, on: trainWindows.dataset, config: training, using: &rng, progress: progress)

    // Scored as the note does: predictions and targets both mapped back to passengers.
    func score(_ w: Windows) throws -> (predictions: [Double], rmse: Double) {
        let predictions = scaler.inverse(try model.predict(w.inputs).map { $0[0] })
        let targets = scaler.inverse(w.targets.map { $0[0] })
        let error = try rmse(predictions, targets)
        guard error.isFinite else { throw EngineError.nonFinite("the RMSE came out as \(error)") }
        return (predictions, error)
    }
    let trainScore = try score(trainWindows)
    let testScore = try score(testWindows)
    return ForecastResult(trainRMSE: trainScore.rmse, testRMSE: testScore.rmse,
                          trainPredictions: trainScore.predictions, testPredictions: testScore.predictions,
                          trainIndices: trainWindows.targetIndices, testIndices: testWindows.targetIndices,
                          epochLosses: history.epochLosses, model: model)
}
