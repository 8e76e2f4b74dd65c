import ArgumentParser
import Engine
import Foundation

/// `lstmbook forecast`: the note's airline-passenger experiment from the command line, so the
/// engine's figures can be checked without building a lesson. For every look_back and seed it
/// scales the series to [0, 1], splits it by time, cuts the note's windows (as features of one
/// step, with its off-by-one count), trains LSTM(units) → Dense(1) with Adam on MSE, and prints
/// train and test RMSE in the series' units.
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Run the note's airline forecast: train and test RMSE per look_back and seed.",
        discussion: """
            The data is one numeric column of a CSV file with a header row. Each run seeds one \
            generator that draws the initial weights and then each epoch's shuffle, so a seed \
            always gives the same numbers. Progress goes to standard error on long runs.
            """)

    @Option(help: "CSV file with a header row.")
    var data: String

    @Option(help: "The column to forecast (default: the last column).")
    var column: String?

    @Option(name: .customLong("look-back"), help: "Window lengths, comma-separated.", transform: ForecastCommand.integers)
    var lookBack: [Int] = [1, 3, 10]

    @Option(help: "Seeds, comma-separated; one run per look_back and seed.", transform: ForecastCommand.seedList)
    var seeds: [UInt64] = [7, 8, 9]

    @Option(help: "LSTM units.")
    var units = 4

    @Option(help: "Training epochs.")
    var epochs = 100

    @Option(name: .customLong("batch-size"), help: "Samples per gradient step.")
    var batchSize = 1

    @Option(name: .customLong("train-fraction"), help: "Share of the series (from the start) used for training.")
    var trainFraction = 0.7

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func validate() throws {
        guard !lookBack.isEmpty, lookBack.allSatisfy({ $0 >= 1 }) else { throw ValidationError("--look-back needs whole numbers of at least 1.") }
        guard !seeds.isEmpty else { throw ValidationError("--seeds needs at least one seed.") }
        // Far beyond what the note's data can use, and it keeps the weights (16·units² doubles) in memory.
        guard (1...1024).contains(units) else { throw ValidationError("--units must be between 1 and 1024.") }
        guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1.") }
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1.") }
        guard trainFraction > 0, trainFraction < 1 else { throw ValidationError("--train-fraction must lie strictly between 0 and 1.") }
    }

    /// One look_back and seed's scores.
    struct Run: Encodable {
        let look_back: Int
        let seed: UInt64
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
        let series = try CSV.readColumn(path: data, column: column)
        var runs: [Run] = []
        var lastReport = Date()
        for l in lookBack {
            for seed in seeds {
                let config = ForecastConfig(lookBack: l, seed: seed, units: units, epochs: epochs, batchSize: batchSize, trainFraction: trainFraction)
                let result = try forecast(series: series.values, config: config) { epoch, loss in
                    // Training the note's model takes milliseconds; only long runs say how far they are.
                    if Date().timeIntervalSince(lastReport) >= 1 {
                        lastReport = Date()
                        FileHandle.standardError.write(Data("forecast: look_back \(l), seed \(seed): epoch \(epoch)/\(epochs), loss \(loss)\n".utf8))
                    }
                }
                runs.append(Run(look_back: l, seed: seed, train_rmse: result.trainRMSE, test_rmse: result.testRMSE,
                                final_loss: result.epochLosses[result.epochLosses.count - 1]))
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let report = Report(column: series.name, values: series.values.count, units: units, epochs: epochs,
                                batch_size: batchSize, train_fraction: trainFraction, runs: runs)
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
            return
        }
        print("\"\(series.name)\": \(series.values.count) values; LSTM(\(units)) → Dense(1), Adam, MSE, \(epochs) epochs, batch \(batchSize), train fraction \(trainFraction)")
        print("look_back   seed   train RMSE   test RMSE   final loss")
        for r in runs {
            print(String(format: "%9d  %5llu  %11.2f  %10.2f  %11.6f", r.look_back, r.seed, r.train_rmse, r.test_rmse, r.final_loss))
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

    /// "7,8,9" → [7, 8, 9] (seeds are unsigned 64-bit).
    static func seedList(_ text: String) throws -> [UInt64] {
        try text.split(separator: ",", omittingEmptySubsequences: false).map { part in
            guard let value = UInt64(part.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("\"\(part)\" is not a seed (a whole number from 0 to 2⁶⁴−1).")
            }
            return value
        }
    }
}
