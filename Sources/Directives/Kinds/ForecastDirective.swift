import Engine
import Foundation
import SVGPlot

/// `{forecast}`: the source note's airline experiment — scale, split, window, train LSTM → Dense
/// with Adam on mean squared error — for several look-back windows and seeds, with a persistence
/// baseline ("next month = this month") scored on exactly the same test months.
struct ForecastDirective: Directive {
    static let name = "forecast"
    static let summary = "Trains LSTM → Dense on a monthly series for each look_back and seed (the note's experiment); "
        + "plots predictions and losses; tabulates RMSE beside a persistence baseline."
    static let results = [
        NamedResult("lb{L}_{split}_rmse", "mean RMSE over seeds for look_back L on the `train` or `test` months", unit: "the data's unit"),
        NamedResult("lb{L}_{split}_min", "the lowest RMSE over seeds", unit: "the data's unit"),
        NamedResult("lb{L}_{split}_max", "the highest RMSE over seeds", unit: "the data's unit"),
        NamedResult("lb{L}_persistence_{split}_rmse", "RMSE of repeating last month on the same months", unit: "the data's unit"),
        NamedResult("lb{L}_final_loss", "mean last-epoch training loss", unit: "MSE on the scaled data"),
        NamedResult("{split}_rmse", "with one look_back only, its `lb{L}_` values without the prefix (also `_min`, `_max`, "
                    + "`persistence_{split}_rmse`, `final_loss`)", unit: "the data's unit"),
        NamedResult("lb{L}_test_beats_persistence", "seeds whose test RMSE is below persistence's", unit: "seeds"),
        NamedResult("lb{L}_gap", "mean test RMSE minus training RMSE", unit: "the data's unit"),
        NamedResult("lb{L}_vs_persistence_percent", "how much the mean test RMSE is above (+) or below (−) persistence's", unit: "%"),
        NamedResult("lb{L}_beats_lb{F}", "seeds for which look_back L beats the first look_back F on the test months", unit: "seeds"),
        NamedResult("lb{L}_reported_{split}", "the source's reported RMSE on the `train` or `test` months", unit: "the data's unit"),
        NamedResult("train_windows", "training windows", unit: "windows"), NamedResult("test_windows", "test windows", unit: "windows"),
        NamedResult("train_months", "months in the training split", unit: "months"),
        NamedResult("test_months", "months in the test split", unit: "months"),
        NamedResult("seeds", "seeds run", unit: "seeds"), NamedResult("months", "length of the series", unit: "months"),
        NamedResult("first_month", "the first month, as text"), NamedResult("last_month", "the last month, as text"),
        NamedResult("epochs", "the option `epochs`"), NamedResult("units", "the option `units`"),
        NamedResult("best_look_back", "the look_back with the lowest mean test RMSE"),
    ]

    struct Options: DirectiveOptions, CostEstimating {
        enum Optimizer: String, OptionChoice { case adam, sgd }
        enum Layout: String, OptionChoice { case features, timesteps }
        enum Windows: String, OptionChoice { case note, all }
        enum View: String, OptionChoice { case predictions, loss, table, bars }

        var data = ""
        var column: String?
        var lookBack = [1]
        var seeds = [7]
        var units = 4
        var epochs = 100
        var batchSize = 1
        var optimizer = Optimizer.adam
        var learningRate = 0.001
        var trainFraction = 0.7
        var layout = Layout.features
        var windows = Windows.note
        var start = "1949-01"
        var quantity: String?
        var unit: String?
        var show: [View] = [.predictions, .loss, .table]
        var reportedTrain: [Double]?
        var reportedTest: [Double]?
        var captions: [String]?

        static let declarations: [DeclaredOption<Self>] = [
            .init("data", \.data, .dataPath, .run, required: true, doc: "The CSV file, relative to the lessons folder."),
            .init("column", \.column, .text(maxLength: 200), .run, doc: "The column to forecast (default: the last one)."),
            .init("look_back", \.lookBack, .integers(1...48, maxCount: 8), .run, doc: "Window length(s): how many past months the model sees."),
            .init("seeds", \.seeds, .integers(0...1_000_000, maxCount: 20), .run,
                  doc: "Seeds for the initial weights and the shuffling; one run per seed."),
            .init("units", \.units, .integer(1...64), .run, doc: "LSTM units."),
            .init("epochs", \.epochs, .integer(1...1000), .run, doc: "Training epochs."),
            .init("batch_size", \.batchSize, .integer(1...512), .run, doc: "Samples per Adam step."),
            .init("optimizer", \.optimizer, Optimizer.one, .run, doc: "`adam` (as the note) or plain `sgd`."),
            .init("learning_rate", \.learningRate, .number(1e-6...1e6), .run,
                  doc: "The optimizer's learning rate (Keras's Adam default, as the note uses)."),
            .init("train_fraction", \.trainFraction, .number(0.1...0.95), .run, doc: "Share of the series used for training (the first months)."),
            .init("layout", \.layout, Layout.one, .run,
                  doc: "`features`: the window is one step of look_back features, as the note does; `timesteps`: look_back steps of one feature."),
            .init("windows", \.windows, Windows.one, .run,
                  doc: "`note`: len − look_back − 1 windows per split, as the note's create_dataset; `all`: every window (len − look_back)."),
            .init("start", \.start, .text(maxLength: 7), .presentation, doc: "The month of the first value, YYYY-MM, for the time axis."),
            .init("quantity", \.quantity, .text(maxLength: 80), .presentation,
                  doc: "What the series counts, as the prediction chart's title starts (default: the column's name)."),
            .init("unit", \.unit, .text(maxLength: 40), .presentation,
                  doc: "The unit of the values, e.g. `thousands`, for the axis and the captions (default: none)."),
            .init("show", \.show, View.some, .presentation, doc: "Which figures and tables to show, in order."),
            .init("reported_train", \.reportedTrain, .numbers(0...1e9, maxCount: 8), .presentation,
                  doc: "Train RMSEs a source reported, one per look_back, shown beside ours."),
            .init("reported_test", \.reportedTest, .numbers(0...1e9, maxCount: 8), .presentation,
                  doc: "Test RMSEs a source reported, one per look_back, shown beside ours."),
            .init("captions", \.captions, .texts(maxCount: 12, maxLength: 600), .presentation,
                  doc: "Captions replacing the default ones, in the order the blocks appear."),
        ]

        func validate(_ written: WrittenOptions<Self>) throws(DirectiveFailure) {
            let reported = [("reported_train", \Self.reportedTrain, reportedTrain), ("reported_test", \Self.reportedTest, reportedTest)]
            for (name, path, values) in reported {
                if let values, values.count != lookBack.count {
                    throw DirectiveFailure("'\(name)' has \(values.count) values but there are \(lookBack.count) look_back values", option: path)
                }
            }
            guard ForecastDirective.month(start) != nil else {
                throw DirectiveFailure("'start' must be a month written YYYY-MM, like 1949-01", option: \Self.start)
            }
        }
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

}
