import ArgumentParser
import Foundation
import Directives

/// `lstmbook forecast`: the {forecast} directive's experiment from the command line, so the
/// engine's figures can be checked without building a lesson. For every look_back and seed it
/// scales the series to [0, 1], splits it by time, cuts the note's windows (as features of one
/// step, with its off-by-one count), trains LSTM(units) → Dense(1) with Adam on MSE, and prints
/// train and test RMSE in the series' units. Defaults, limits and checks are {forecast}'s own
/// (`ForecastCommandLine`).
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Run {forecast}'s experiment (the note's airline forecast): train and test RMSE per look_back and seed.",
        discussion: """
            The data is one numeric column of a CSV file with a header row. Each run seeds one \
            generator that draws the initial weights and then each epoch's shuffle, so a seed \
            always gives the same numbers. The defaults and limits are those of the {forecast} \
            directive. Progress goes to standard error on long runs.
            """)
    static let defaults = ForecastCommandLine.defaults

    @Option(help: "CSV file with a header row.")
    var data: String

    @Option(help: "The column to forecast (default: the last column).")
    var column: String?

    @Option(name: .customLong("look-back"), help: "Window lengths, comma-separated.", transform: ForecastCommand.integers)
    var lookBack: [Int] = defaults.lookBack

    @Option(help: "Seeds, comma-separated; one run per look_back and seed.", transform: ForecastCommand.integers)
    var seeds: [Int] = defaults.seeds

    @Option(help: "LSTM units.")
    var units = defaults.units

    @Option(help: "Training epochs.")
    var epochs = defaults.epochs

    @Option(name: .customLong("batch-size"), help: "Samples per gradient step.")
    var batchSize = defaults.batchSize

    @Option(name: .customLong("train-fraction"), help: "Share of the series (from the start) used for training.")
    var trainFraction = defaults.trainFraction

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    var experiment: ForecastCommandLine {
        var experiment = ForecastCommandLine()
        experiment.column = column
        experiment.lookBack = lookBack
        experiment.seeds = seeds
        experiment.units = units
        experiment.epochs = epochs
        experiment.batchSize = batchSize
        experiment.trainFraction = trainFraction
        return experiment
    }

    func validate() throws {
        if let problem = experiment.problems(data: data).first { throw ValidationError(problem) }
    }

    /// One look_back and seed's scores.
    struct Run: Encodable {
        let look_back: Int
        let seed: Int
        let train_rmse: Double
        let test_rmse: Double
        let final_loss: Double
    }

    /// The JSON document: the settings, then one entry per run.
    struct Report: Encodable {
        let column: String
        let values: Int
        let units: Int
        let epochs: Int
        let batch_size: Int
        let train_fraction: Double
        let runs: [Run]
    }

    func run() throws {
        guard let bytes = FileManager.default.contents(atPath: data) else { throw ValidationError("cannot read \(data)") }
        let lastReport = Clock()
        let report = try experiment.run(data: data, bytes: bytes) { done, total in
            // Training the note's model takes milliseconds; only long runs say how far they are.
            if lastReport.secondElapsed() {
                FileHandle.standardError.write(Data("forecast: epoch \(done) of \(total)\n".utf8))
            }
        }
        let runs = report.runs.map {
            Run(look_back: $0.lookBack, seed: $0.seed, train_rmse: $0.trainRMSE, test_rmse: $0.testRMSE, final_loss: $0.finalLoss)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let document = Report(column: report.column, values: report.values, units: units, epochs: epochs,
                                  batch_size: batchSize, train_fraction: trainFraction, runs: runs)
            print(String(decoding: try encoder.encode(document), as: UTF8.self))
            return
        }
        print("\"\(report.column)\": \(report.values) values; LSTM(\(units)) → Dense(1), Adam, MSE, \(epochs) epochs, batch \(batchSize), "
            + "train fraction \(trainFraction)")
        print("look_back   seed   train RMSE   test RMSE   final loss")
        for r in runs {
            print(String(format: "%9d  %5d  %11.2f  %10.2f  %11.6f", r.look_back, r.seed, r.train_rmse, r.test_rmse, r.final_loss))
        }
    }

    /// Says yes at most once a second, from any thread.
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var last = Date()

        func secondElapsed() -> Bool {
            lock.lock()
            defer { lock.unlock() }
            guard Date().timeIntervalSince(last) >= 1 else { return false }
            last = Date()
            return true
        }
    }

    /// "1,3,10" → [1, 3, 10].
    static func integers(_ text: String) throws -> [Int] {
        try text.split(separator: ",", omittingEmptySubsequences: false).map { part in
            guard let value = Int(part.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("\"\(part)\" is not a whole number.")
            }
            return value
        }
    }
}
