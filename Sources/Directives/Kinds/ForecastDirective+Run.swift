import Engine
import Foundation

extension ForecastDirective {
    /// One training run: a look_back and a seed.
    struct Run: Codable, Sendable {
        var lookBack: Int
        var seed: Int
        var trainRMSE: Double
        var testRMSE: Double
        var epochLosses: [Double]
        var trainPredictions: [Double]
        var testPredictions: [Double]
        var trainIndices: [Int]
        var testIndices: [Int]
        /// The trained model as `lstmbook-model/1` JSON, offered beside the figure that shows it.
        var model: String
    }

    struct Output: Codable, Sendable {
        var columnName: String
        var series: [Double]
        var runs: [Run]
        /// Persistence-baseline test RMSE per look_back, on the same test targets as the LSTM.
        var persistenceTest: [Int: Double]
        var persistenceTrain: [Int: Double]
    }

    static func run(_ options: Options, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let file = context.data(at: options.data)
        guard let text = String(data: file.bytes, encoding: .utf8) else {
            throw DirectiveFailure("data file '\(file.path)' is not UTF-8 text", option: \Options.data)
        }
        let column: CSVColumn
        do {
            column = try CSV.readColumn(text: text, column: options.column, source: file.displayPath)
        } catch {
            throw DirectiveFailure("\(error)", option: options.column != nil ? \Options.column : \Options.data)
        }
        let lookBacks = options.lookBack, seeds = options.seeds
        let epochs = options.epochs
        let grid = lookBacks.flatMap { lookBack in seeds.map { (lookBack: lookBack, seed: $0) } }
        // Every run owns its generator, so spreading them over threads gives the serial results,
        // in grid order; a longer look-back makes a longer sequence (or a wider input), so start those first.
        let tally = EpochTally(runs: grid.count, total: grid.count * epochs, report: context.progress)
        let trained = LongestFirst.map(grid, workers: context.workers, cost: { $0.lookBack }) { index, job in
            Result { () throws(DirectiveFailure) in
                try train(job.lookBack, seed: job.seed, on: column.values, options) { tally.update(run: index, epochs: $0) }
            }
        }
        var runs: [Run] = []
        var persistenceTest: [Int: Double] = [:], persistenceTrain: [Int: Double] = [:]
        for outcome in trained {
            let run = try outcome.get()
            runs.append(run)
            if persistenceTest[run.lookBack] == nil {
                persistenceTest[run.lookBack] = persistenceRMSE(column.values, targets: run.testIndices)
                persistenceTrain[run.lookBack] = persistenceRMSE(column.values, targets: run.trainIndices)
            }
        }
        return Output(columnName: column.name, series: column.values, runs: runs,
                      persistenceTest: persistenceTest, persistenceTrain: persistenceTrain)
    }

    /// One run of the grid; `progress` is called after every epoch with the epoch's number.
    static func train(_ lookBack: Int, seed: Int, on series: [Double], _ options: Options,
                      progress: @escaping (Int) -> Void) throws(DirectiveFailure) -> Run {
        let config = ForecastConfig(
            lookBack: lookBack, seed: UInt64(seed), units: options.units, epochs: options.epochs,
            batchSize: options.batchSize, trainFraction: options.trainFraction,
            layout: options.layout == .timesteps ? .timesteps : .features, windowCount: options.windows == .all ? .all : .note,
            optimizer: options.optimizer == .sgd ? .sgd(learningRate: options.learningRate) : .adam(learningRate: options.learningRate))
        let result: ForecastResult
        do {
            result = try forecast(series: series, config: config) { epoch, _ in progress(epoch) }
        } catch EngineError.diverged(let epoch, let loss) {
            throw DirectiveFailure("look_back \(lookBack), seed \(seed): "
                + "\(EngineError.diverged(epoch: epoch, loss: loss))", option: \Options.learningRate)
        } catch {
            throw DirectiveFailure("look_back \(lookBack), seed \(seed): \(error)", option: \Options.lookBack)
        }
        let model: String
        do { model = try result.model.jsonString() } catch { throw DirectiveFailure("look_back \(lookBack), seed \(seed): \(error)") }
        return Run(lookBack: lookBack, seed: seed, trainRMSE: result.trainRMSE, testRMSE: result.testRMSE,
                   epochLosses: result.epochLosses, trainPredictions: result.trainPredictions,
                   testPredictions: result.testPredictions, trainIndices: result.trainIndices, testIndices: result.testIndices,
                   model: model)
    }

    /// Predicting each target by the month before it: the baseline any forecaster must beat.
    static func persistenceRMSE(_ series: [Double], targets: [Int]) -> Double {
        let errors = targets.map { series[$0] - series[$0 - 1] }
        return (errors.map { $0 * $0 }.reduce(0, +) / Double(errors.count)).squareRoot()
    }
}
