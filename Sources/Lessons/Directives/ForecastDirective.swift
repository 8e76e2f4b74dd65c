import Engine
import Foundation
import SVGPlot

/// `{forecast}`: the source note's airline experiment — scale, split, window, train LSTM → Dense
/// with Adam on mean squared error — for several look-back windows and seeds, with a persistence
/// baseline ("next month = this month") scored on exactly the same test months.
struct ForecastDirective: Directive {
    static let name = "forecast"
    static let summary = "Trains LSTM → Dense on a monthly series for each look_back and seed (the note's experiment); plots predictions and losses; tabulates RMSE beside a persistence baseline."
    static let options: [OptionSpec] = [
        OptionSpec("data", .dataPath, required: true, doc: "The CSV file, relative to the lessons folder."),
        OptionSpec("column", .text(maxLength: 200), doc: "The column to forecast (default: the last one)."),
        OptionSpec("look_back", .integers(1...48, maxCount: 8), default: .integers([1]), doc: "Window length(s): how many past months the model sees."),
        OptionSpec("seeds", .integers(0...1_000_000, maxCount: 20), default: .integers([7]), doc: "Seeds for the initial weights and the shuffling; one run per seed."),
        OptionSpec("units", .integer(1...64), default: .integer(4), doc: "LSTM units."),
        OptionSpec("epochs", .integer(1...1000), default: .integer(100), doc: "Training epochs."),
        OptionSpec("batch_size", .integer(1...512), default: .integer(1), doc: "Samples per Adam step."),
        OptionSpec("optimizer", .choice(["adam", "sgd"]), default: .text("adam"), doc: "`adam` (as the note) or plain `sgd`."),
        OptionSpec("learning_rate", .number(1e-6...1e6), default: .number(0.001), doc: "The optimizer's learning rate (Keras's Adam default, as the note uses)."),
        OptionSpec("train_fraction", .number(0.1...0.95), default: .number(0.7), doc: "Share of the series used for training (the first months)."),
        OptionSpec("layout", .choice(["features", "timesteps"]), default: .text("features"),
                   doc: "`features`: the window is one step of look_back features, as the note does; `timesteps`: look_back steps of one feature."),
        OptionSpec("windows", .choice(["note", "all"]), default: .text("note"),
                   doc: "`note`: len − look_back − 1 windows per split, as the note's create_dataset; `all`: every window (len − look_back)."),
        OptionSpec("start", .text(maxLength: 7), default: .text("1949-01"), doc: "The month of the first value, YYYY-MM, for the time axis."),
        OptionSpec("show", .choices(["predictions", "loss", "table", "bars"]), default: .texts(["predictions", "loss", "table"]),
                   doc: "Which figures and tables to show, in order."),
        OptionSpec("reported_train", .numbers(0...1e9, maxCount: 8), doc: "Train RMSEs a source reported, one per look_back, shown beside ours."),
        OptionSpec("reported_test", .numbers(0...1e9, maxCount: 8), doc: "Test RMSEs a source reported, one per look_back, shown beside ours."),
        OptionSpec("captions", .texts(maxCount: 12, maxLength: 600), doc: "Captions replacing the default ones, in the order the blocks appear."),
    ]

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

    static func run(_ options: ResolvedOptions, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let file = context.data("data")
        guard let text = String(data: file.bytes, encoding: .utf8) else {
            throw DirectiveFailure("data file '\(file.path)' is not UTF-8 text", option: "data")
        }
        let column: CSVColumn
        do {
            column = try CSV.readColumn(text: text, column: options.text("column"), source: file.displayPath)
        } catch {
            throw DirectiveFailure("\(error)", option: options.has("column") ? "column" : "data")
        }
        let lookBacks = options.integers("look_back"), seeds = options.integers("seeds")
        for name in ["reported_train", "reported_test"] where options.has(name) && options.numbers(name).count != lookBacks.count {
            throw DirectiveFailure("'\(name)' has \(options.numbers(name).count) values but there are \(lookBacks.count) look_back values", option: name)
        }
        guard month(options.text("start")!) != nil else {
            throw DirectiveFailure("'start' must be a month written YYYY-MM, like 1949-01", option: "start")
        }
        let epochs = options.integer("epochs")
        let total = lookBacks.count * seeds.count * epochs
        var runs: [Run] = []
        var persistenceTest: [Int: Double] = [:], persistenceTrain: [Int: Double] = [:]
        for lookBack in lookBacks {
            for seed in seeds {
                let config = ForecastConfig(
                    lookBack: lookBack, seed: UInt64(seed), units: options.integer("units"), epochs: epochs,
                    batchSize: options.integer("batch_size"), trainFraction: options.number("train_fraction"),
                    layout: options.text("layout") == "timesteps" ? .timesteps : .features,
                    windowCount: options.text("windows") == "all" ? .all : .note, optimizer: options.text("optimizer") == "sgd" ? .sgd(learningRate: options.number("learning_rate")) : .adam(learningRate: options.number("learning_rate")))
                let done = runs.count * epochs
                let result: ForecastResult
                do {
                    result = try forecast(series: column.values, config: config) { epoch, _ in context.progress(done + epoch, total) }
                } catch EngineError.diverged(let epoch, let loss) {
                    throw DirectiveFailure("look_back \(lookBack), seed \(seed): \(EngineError.diverged(epoch: epoch, loss: loss))", option: "learning_rate")
                } catch {
                    throw DirectiveFailure("look_back \(lookBack), seed \(seed): \(error)", option: "look_back")
                }
                let model: String
                do { model = try result.model.jsonString() } catch { throw DirectiveFailure("look_back \(lookBack), seed \(seed): \(error)") }
                runs.append(Run(lookBack: lookBack, seed: seed, trainRMSE: result.trainRMSE, testRMSE: result.testRMSE,
                                epochLosses: result.epochLosses, trainPredictions: result.trainPredictions,
                                testPredictions: result.testPredictions, trainIndices: result.trainIndices, testIndices: result.testIndices,
                                model: model))
                if persistenceTest[lookBack] == nil {
                    persistenceTest[lookBack] = persistenceRMSE(column.values, targets: result.testIndices)
                    persistenceTrain[lookBack] = persistenceRMSE(column.values, targets: result.trainIndices)
                }
            }
        }
        return Output(columnName: column.name, series: column.values, runs: runs, persistenceTest: persistenceTest, persistenceTrain: persistenceTrain)
    }

    /// Predicting each target by the month before it: the baseline any forecaster must beat.
    static func persistenceRMSE(_ series: [Double], targets: [Int]) -> Double {
        let errors = targets.map { series[$0] - series[$0 - 1] }
        return (errors.map { $0 * $0 }.reduce(0, +) / Double(errors.count)).squareRoot()
    }

    /// "1949-01" → (1949, 1).
    static func month(_ text: String) -> (year: Int, month: Int)? {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        return (year, month)
    }

    /// "January 1949".
    static func monthName(year: Int, month: Int) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(names[month - 1]) \(year)"
    }

    // MARK: Presenting

    /// Mean, minimum and maximum over seeds.
    struct Spread {
        let mean: Double, low: Double, high: Double
        init(_ values: [Double]) {
            mean = values.reduce(0, +) / Double(values.count)
            low = values.min()!
            high = values.max()!
        }
    }

    static func present(_ output: Output, options: ResolvedOptions) -> DirectiveResult {
        let lookBacks = options.integers("look_back")
        let seedCount = options.integers("seeds").count
        var captions = options.texts("captions").makeIterator()
        let start = month(options.text("start")!)!
        let unit = output.columnName.lowercased()
        var blocks: [ResultBlock] = []
        var models: [ModelFile] = []
        for view in options.texts("show") {
            switch view {
            case "predictions":
                for lookBack in lookBacks {
                    // The figure draws the first seed's run: its model is the one offered.
                    models.append(ModelFile(name: "lstm", json: runs(output, lookBack)[0].model, blocks: [blocks.count]))
                    blocks.append(predictions(output, lookBack: lookBack, start: start, caption: captions.next()))
                }
            case "loss":
                blocks.append(losses(output, lookBacks: lookBacks, caption: captions.next()))
            case "bars":
                blocks.append(bars(output, lookBacks: lookBacks, caption: captions.next()))
            default:
                blocks.append(.table(table(output, options: options, lookBacks: lookBacks, seedCount: seedCount, unit: unit, caption: captions.next())))
            }
        }
        return DirectiveResult(blocks: blocks, values: values(output, lookBacks: lookBacks, options: options), models: models)
    }

    private static func runs(_ output: Output, _ lookBack: Int) -> [Run] { output.runs.filter { $0.lookBack == lookBack } }

    private static func values(_ output: Output, lookBacks: [Int], options: ResolvedOptions) -> [NamedValue] {
        var values: [NamedValue] = []
        for lookBack in lookBacks {
            let group = runs(output, lookBack)
            let train = Spread(group.map(\.trainRMSE)), test = Spread(group.map(\.testRMSE))
            let named: [(String, Double)] = [
                ("train_rmse", train.mean), ("train_min", train.low), ("train_max", train.high),
                ("test_rmse", test.mean), ("test_min", test.low), ("test_max", test.high),
                ("persistence_test_rmse", output.persistenceTest[lookBack]!),
                ("persistence_train_rmse", output.persistenceTrain[lookBack]!),
                ("final_loss", Spread(group.map { $0.epochLosses.last! }).mean),
            ]
            // With one look_back the names stand alone ({{lb1.test_rmse}}); every look_back also
            // has prefixed names ({{all.lb10_test_rmse}}).
            for (name, number) in named {
                let decimals = name == "final_loss" ? 4 : 2
                if lookBacks.count == 1 { values.append(NamedValue(name, number, decimals: decimals)) }
                values.append(NamedValue("lb\(lookBack)_\(name)", number, decimals: decimals))
            }
            values.append(NamedValue("lb\(lookBack)_test_beats_persistence", integer: group.filter { $0.testRMSE < output.persistenceTest[lookBack]! }.count))
            values.append(NamedValue("lb\(lookBack)_gap", Spread(group.map { $0.testRMSE - $0.trainRMSE }).mean, decimals: 2))
            values.append(NamedValue("lb\(lookBack)_vs_persistence_percent",
                                     100 * (test.mean / output.persistenceTest[lookBack]! - 1), decimals: 1))
            // Seed by seed against the first look_back: did the longer window predict the test
            // months better with the same initial weights and shuffles?
            if let first = lookBacks.first, first != lookBack {
                let base = runs(output, first)
                let wins = zip(group, base).filter { $0.testRMSE < $1.testRMSE }.count
                values.append(NamedValue("lb\(lookBack)_beats_lb\(first)", integer: wins))
            }
        }
        if let run = output.runs.first {
            values.append(NamedValue("train_windows", integer: run.trainIndices.count))
            values.append(NamedValue("test_windows", integer: run.testIndices.count))
            if let split = try? trainTestSplit(output.series, trainFraction: options.number("train_fraction")) {
                values.append(NamedValue("train_months", integer: split.train.count))
                values.append(NamedValue("test_months", integer: split.test.count))
            }
        }
        values.append(NamedValue("seeds", integer: Set(output.runs.map(\.seed)).count))
        values.append(NamedValue("months", integer: output.series.count))
        for (index, lookBack) in lookBacks.enumerated() {
            for name in ["reported_train", "reported_test"] where options.has(name) {
                values.append(NamedValue("lb\(lookBack)_\(name)", options.numbers(name)[index], decimals: 2))
            }
        }
        if let start = month(options.text("start")!) {
            let last = start.month - 1 + output.series.count - 1
            values.append(NamedValue("first_month", text: Self.monthName(year: start.year, month: start.month)))
            values.append(NamedValue("last_month", text: Self.monthName(year: start.year + last / 12, month: last % 12 + 1)))
        }
        values.append(NamedValue("epochs", integer: options.integer("epochs")))
        values.append(NamedValue("units", integer: options.integer("units")))
        if let best = lookBacks.min(by: { Spread(runs(output, $0).map(\.testRMSE)).mean < Spread(runs(output, $1).map(\.testRMSE)).mean }) {
            values.append(NamedValue("best_look_back", integer: best))
        }
        return values
    }

    private static func predictions(_ output: Output, lookBack: Int, start: (year: Int, month: Int), caption: String?) -> ResultBlock {
        let run = runs(output, lookBack)[0]
        let train = run.trainIndices.first.map { Double($0) } ?? 0
        let split = Double(run.testIndices.first ?? output.series.count)
        // The test months are what the lesson reads; over the whole series they would take a
        // quarter of the width. Two years of training before them show the fit for comparison.
        let from = max(0, split - 24)
        let shownMonths = Int(Double(output.series.count - 1) - from) + 1
        let chart = LineChart(
            title: "Airline passengers and the LSTM's one-month-ahead predictions, look_back \(lookBack)",
            description: "Monthly \(output.columnName) over the last \(shownMonths) of \(output.series.count) months (two years of training, then the test months), with the model's predictions on the training months (RMSE \(NumberText.fixed(run.trainRMSE, decimals: 1))) and on the test months (RMSE \(NumberText.fixed(run.testRMSE, decimals: 1))), seed \(run.seed).",
            xAxis: Axis("", kind: .months(startYear: start.year, startMonth: start.month), domain: from...Double(output.series.count - 1)),
            yAxis: Axis(output.columnName.lowercased() + " (thousands)"),
            series: [
                // Only the months shown: a line drawn beyond the axis and clipped still widens the page.
                Series("data", points: output.series.enumerated().filter { Double($0.offset) >= from }.map { (x: Double($0.offset), y: Optional($0.element)) }),
                Series("train predictions", points: zip(run.trainIndices, run.trainPredictions).filter { Double($0.0) >= from }.map { (x: Double($0), y: Optional($1)) }),
                Series("test predictions", points: zip(run.testIndices, run.testPredictions).map { (x: Double($0), y: Optional($1)) }),
            ],
            regions: [ShadedRegion(from: max(train, from), to: split - 1, label: "train"), ShadedRegion(from: split, to: Double(output.series.count - 1), label: "test")])
        return .figure(chart, caption: caption ?? "look_back \(lookBack), seed \(run.seed): the data, and the model's predictions for each month from the \(lookBack) month\(lookBack == 1 ? "" : "s") before it, over the last \(shownMonths - Int(Double(output.series.count) - split)) training months and the \(Int(Double(output.series.count) - split)) test months. Training RMSE \(NumberText.fixed(run.trainRMSE, decimals: 2)), test RMSE \(NumberText.fixed(run.testRMSE, decimals: 2)) (thousands of passengers).")
    }

    private static func losses(_ output: Output, lookBacks: [Int], caption: String?) -> ResultBlock {
        let series = lookBacks.map { lookBack in
            let run = runs(output, lookBack)[0]
            return Series("look_back \(lookBack)", values: run.epochLosses, xStart: 1)
        }
        let chart = LineChart(
            title: "Training loss per epoch",
            description: "Mean squared error on the scaled training data after each epoch, for look_back " + lookBacks.map(String.init).joined(separator: ", ") + ", on a log scale.",
            xAxis: Axis("epoch", kind: .integer), yAxis: Axis("training loss (MSE, log scale)", scale: .log10), series: series)
        return .figure(chart, caption: caption ?? "The training loss (mean squared error on the scaled data) falls fast in the first epochs and then flattens: most of what the model learns, it learns early.")
    }

    private static func bars(_ output: Output, lookBacks: [Int], caption: String?) -> ResultBlock {
        let lstm = lookBacks.map { Spread(runs(output, $0).map(\.testRMSE)) }
        let chart = BarChart(
            title: "Test RMSE per look_back",
            description: "Mean test RMSE over seeds for each look_back, with the range over seeds, beside the persistence baseline.",
            categories: lookBacks.map { "look_back \($0)" },
            series: [
                BarSeries("LSTM (mean, range over seeds)", values: lstm.map(\.mean), ranges: lstm.map { Whisker(low: $0.low, high: $0.high) }),
                BarSeries("persistence", values: lookBacks.map { output.persistenceTest[$0] }),
            ],
            yAxis: Axis("test RMSE"), showValues: true, valueDecimals: 1)
        return .figure(chart, caption: caption ?? "Test RMSE of the LSTM (bars: mean over seeds; whiskers: lowest and highest) and of simply repeating last month's value.")
    }

    private static func table(_ output: Output, options: ResolvedOptions, lookBacks: [Int], seedCount: Int, unit: String, caption: String?) -> ResultTable {
        let reportedTrain = options.has("reported_train") ? options.numbers("reported_train") : nil
        let reportedTest = options.has("reported_test") ? options.numbers("reported_test") : nil
        let spread = { (s: Spread) in "\(NumberText.fixed(s.mean, decimals: 2)) (\(NumberText.fixed(s.low, decimals: 1))–\(NumberText.fixed(s.high, decimals: 1)))" }
        var header = ["look_back", "train RMSE", "test RMSE", "persistence test RMSE"]
        // The source's own numbers, labelled as the source's, not ours.
        if reportedTrain != nil { header.append("source's train RMSE") }
        if reportedTest != nil { header.append("source's test RMSE") }
        let rows = lookBacks.enumerated().map { index, lookBack in
            let group = runs(output, lookBack)
            var row = [String(lookBack), spread(Spread(group.map(\.trainRMSE))), spread(Spread(group.map(\.testRMSE))),
                       NumberText.fixed(output.persistenceTest[lookBack]!, decimals: 2)]
            if let reportedTrain { row.append(NumberText.fixed(reportedTrain[index], decimals: 2)) }
            if let reportedTest { row.append(NumberText.fixed(reportedTest[index], decimals: 2)) }
            return row
        }
        let seeds = seedCount == 1 ? "one seed" : "mean over \(seedCount) seeds, lowest–highest in brackets"
        let reported = reportedTrain != nil || reportedTest != nil ? " The source's columns are the single run it reported, not ours." : ""
        return ResultTable(caption: caption ?? "Root-mean-square error in \(unit) (\(seeds)). Persistence predicts each month by the month before, on the same test months as the LSTM of that row; a longer window leaves fewer test months, so its error differs a little from row to row.\(reported)",
                           header: header, rows: rows)
    }
}
