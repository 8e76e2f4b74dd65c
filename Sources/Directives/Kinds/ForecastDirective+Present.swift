import Engine
import Foundation
import SVGPlot

extension ForecastDirective {
    /// Mean, minimum and maximum over seeds.
    struct Spread {
        let mean: Double, low: Double, high: Double
        init(_ values: [Double]) {
            mean = values.reduce(0, +) / Double(values.count)
            low = values.min()!
            high = values.max()!
        }
    }

    static func present(_ output: Output, options: Options) -> DirectiveResult {
        let lookBacks = options.lookBack
        let seedCount = options.seeds.count
        var captions = (options.captions ?? []).makeIterator()
        let start = month(options.start)!
        let unit = output.columnName.lowercased()
        var blocks: [ResultBlock] = []
        var models: [ModelFile] = []
        for view in options.show {
            switch view {
            case .predictions:
                for lookBack in lookBacks {
                    // The figure draws the first seed's run: its model is the one offered.
                    models.append(ModelFile(name: "lstm", json: runs(output, lookBack)[0].model, blocks: [blocks.count]))
                    blocks.append(predictions(output, lookBack: lookBack, start: start, options: options, caption: captions.next()))
                }
            case .loss:
                blocks.append(losses(output, lookBacks: lookBacks, caption: captions.next()))
            case .bars:
                blocks.append(bars(output, lookBacks: lookBacks, caption: captions.next()))
            case .table:
                blocks.append(.table(table(output, options: options, lookBacks: lookBacks, seedCount: seedCount, unit: unit,
                                           caption: captions.next())))
            }
        }
        return DirectiveResult(blocks: blocks, values: values(output, lookBacks: lookBacks, options: options), models: models)
    }

    private static func runs(_ output: Output, _ lookBack: Int) -> [Run] { output.runs.filter { $0.lookBack == lookBack } }

    private static func values(_ output: Output, lookBacks: [Int], options: Options) -> [NamedValue] {
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
            values.append(NamedValue("lb\(lookBack)_test_beats_persistence",
                                     integer: group.filter { $0.testRMSE < output.persistenceTest[lookBack]! }.count))
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
            if let split = try? trainTestSplit(output.series, trainFraction: options.trainFraction) {
                values.append(NamedValue("train_months", integer: split.train.count))
                values.append(NamedValue("test_months", integer: split.test.count))
            }
        }
        values.append(NamedValue("seeds", integer: Set(output.runs.map(\.seed)).count))
        values.append(NamedValue("months", integer: output.series.count))
        for (index, lookBack) in lookBacks.enumerated() {
            for (name, reported) in [("reported_train", options.reportedTrain), ("reported_test", options.reportedTest)] {
                if let reported { values.append(NamedValue("lb\(lookBack)_\(name)", reported[index], decimals: 2)) }
            }
        }
        if let start = month(options.start) {
            let last = start.month - 1 + output.series.count - 1
            values.append(NamedValue("first_month", text: Self.monthName(year: start.year, month: start.month)))
            values.append(NamedValue("last_month", text: Self.monthName(year: start.year + last / 12, month: last % 12 + 1)))
        }
        values.append(NamedValue("epochs", integer: options.epochs))
        values.append(NamedValue("units", integer: options.units))
        if let best = lookBacks.min(by: { Spread(runs(output, $0).map(\.testRMSE)).mean < Spread(runs(output, $1).map(\.testRMSE)).mean }) {
            values.append(NamedValue("best_look_back", integer: best))
        }
        return values
    }

    private static func predictions(_ output: Output, lookBack: Int, start: (year: Int, month: Int), options: Options,
                                    caption: String?) -> ResultBlock {
        let run = runs(output, lookBack)[0]
        let train = run.trainIndices.first.map { Double($0) } ?? 0
        let split = Double(run.testIndices.first ?? output.series.count)
        // The test months are what the lesson reads; over the whole series they would take a
        // quarter of the width. Two years of training before them show the fit for comparison.
        let from = max(0, split - 24)
        let shownMonths = Int(Double(output.series.count - 1) - from) + 1
        let chart = LineChart(
            title: "\(options.quantity ?? output.columnName) and the LSTM's one-month-ahead predictions, look_back \(lookBack)",
            description: "Monthly \(output.columnName) over the last \(shownMonths) of \(output.series.count) months (two years of training, "
                + "then the test months), with the model's predictions on the training months (RMSE \(NumberText.fixed(run.trainRMSE, decimals: 1))) "
                + "and on the test months (RMSE \(NumberText.fixed(run.testRMSE, decimals: 1))), seed \(run.seed).",
            xAxis: Axis("", kind: .months(startYear: start.year, startMonth: start.month), domain: from...Double(output.series.count - 1)),
            yAxis: Axis(output.columnName.lowercased() + (options.unit.map { " (\($0))" } ?? "")),
            series: [
                // Only the months shown: a line drawn beyond the axis and clipped still widens the page.
                Series("data", points: output.series.enumerated().filter { Double($0.offset) >= from }
                    .map { (x: Double($0.offset), y: Optional($0.element)) }),
                Series("train predictions", points: zip(run.trainIndices, run.trainPredictions).filter { Double($0.0) >= from }
                    .map { (x: Double($0), y: Optional($1)) }),
                Series("test predictions", points: zip(run.testIndices, run.testPredictions).map { (x: Double($0), y: Optional($1)) }),
            ],
            regions: [ShadedRegion(from: max(train, from), to: split - 1, label: "train"),
                      ShadedRegion(from: split, to: Double(output.series.count - 1), label: "test")])
        return .figure(chart, caption: caption ?? "look_back \(lookBack), seed \(run.seed): "
            + "the data, and the model's predictions for each month from the \(lookBack) month\(lookBack == 1 ? "" : "s") before it, "
            + "over the last \(shownMonths - Int(Double(output.series.count) - split)) training months and the "
            + "\(Int(Double(output.series.count) - split)) test months. Training RMSE \(NumberText.fixed(run.trainRMSE, decimals: 2)), "
            + "test RMSE \(NumberText.fixed(run.testRMSE, decimals: 2)) (\(inUnits(output, options))).")
    }

    private static func losses(_ output: Output, lookBacks: [Int], caption: String?) -> ResultBlock {
        let series = lookBacks.map { lookBack in
            let run = runs(output, lookBack)[0]
            return Series("look_back \(lookBack)", values: run.epochLosses, xStart: 1)
        }
        let chart = LineChart(
            title: "Training loss per epoch",
            description: "Mean squared error on the scaled training data after "
                + "each epoch, for look_back " + lookBacks.map(String.init).joined(separator: ", ") + ", on a log scale.",
            xAxis: Axis("epoch", kind: .integer), yAxis: Axis("training loss (MSE, log scale)", scale: .log10), series: series)
        return .figure(chart, caption: caption ?? "The training loss (mean squared error on the scaled data) falls fast in the first epochs and then "
            + "flattens: most of what the model learns, it learns early.")
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
        return .figure(chart, caption: caption ?? "Test RMSE of the LSTM (bars: mean over seeds; whiskers: "
            + "lowest and highest) and of simply repeating last month's value.")
    }

    private static func table(_ output: Output, options: Options, lookBacks: [Int], seedCount: Int, unit: String, caption: String?) -> ResultTable {
        let reportedTrain = options.reportedTrain, reportedTest = options.reportedTest
        let spread = { (s: Spread) in "\(NumberText.fixed(s.mean, decimals: 2)) "
            + "(\(NumberText.fixed(s.low, decimals: 1))–\(NumberText.fixed(s.high, decimals: 1)))" }
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
        return ResultTable(caption: caption ?? "Root-mean-square error in \(unit) (\(seeds)). "
            + "Persistence predicts each month by the month before, on the same test months as the LSTM of that row; "
            + "a longer window leaves fewer test months, so its error differs a little from row to row.\(reported)",
                           header: header, rows: rows)
    }

    /// "thousands of passengers", or "passengers" when no unit is given.
    private static func inUnits(_ output: Output, _ options: Options) -> String {
        (options.unit.map { "\($0) of " } ?? "") + output.columnName.lowercased()
    }

    /// `lstmbook forecast` computes the same numbers when the optimizer and layout are the ones
    /// it uses (Adam at Keras's default rate, windows as features, the note's window count).
    static func command(_ options: Options, folder: String) -> String? {
        guard options.optimizer == .adam, options.learningRate == 0.001, options.layout == .features, options.windows == .note else { return nil }
        var words = ["lstmbook", "forecast", "--data", ShellWords.quoted(LessonTree.join(folder, options.data))]
        if let column = options.column { words += ["--column", ShellWords.quoted(column)] }
        words += ["--look-back", options.lookBack.map(String.init).joined(separator: ","),
                  "--seeds", options.seeds.map(String.init).joined(separator: ","),
                  "--units", String(options.units), "--epochs", String(options.epochs), "--batch-size", String(options.batchSize),
                  "--train-fraction", OptionKind.format(options.trainFraction)]
        return words.joined(separator: " ")
    }
}
