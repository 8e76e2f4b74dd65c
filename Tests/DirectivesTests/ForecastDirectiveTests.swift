import Foundation
import SVGPlot
import Testing
@testable import Directives
import DirectiveTestSupport

/// `{forecast}`: its checks across options, its words taken from the options or the data rather
/// than the airline series, and the command line built on the same declaration.
@Suite("{forecast}")
struct ForecastDirectiveTests: DirectiveSuite {
    typealias Kind = ForecastDirective

    /// A short series in another unit, so nothing airline-specific can be right by accident.
    static let riders = "Month,Riders\n" + (0..<40).map { "2001-\($0 % 12 + 1),\(100 + ($0 * 7) % 23)" }.joined(separator: "\n") + "\n"

    func run(_ yaml: String, csv: String = Self.riders) throws -> (Kind.Output, Kind.Options) {
        let options = try options("data: r.csv\n" + yaml)
        let file = DataFile(path: "r.csv", displayPath: "lessons/r.csv", bytes: Data(csv.utf8))
        return (try Kind.run(options.runOnly, in: DirectiveContext(file: file.path, dataFiles: ["r.csv": file])), options)
    }

    @Test func reportedValuesMustMatchTheLookBacksBeforeAnythingRuns() {
        #expect(problems("data: a.csv\nlook_back: [1, 3]\nreported_test: [40]") == [
            "lessons/x.md:13: {forecast}: 'reported_test' has 1 values but there are 2 look_back values",
        ])
        #expect(problems("data: a.csv\nstart: 1949-13") == ["lessons/x.md:12: {forecast}: 'start' must be a month written YYYY-MM, like 1949-01"])
        #expect(problems("data: a.csv\nshow: [table, bar]").first?.contains("did you mean 'bars'") == true)
    }

    @Test func titlesAndUnitsComeFromTheDataOrTheOptions() throws {
        let (output, plain) = try run("epochs: 2\nshow: [predictions, table]")
        let blocks = Kind.present(output, options: plain).blocks
        guard case .figure(let chart as LineChart, let caption)? = blocks.first, case .table(let table)? = blocks.last else {
            Issue.record("expected a prediction chart and a table")
            return
        }
        #expect(chart.title == "Riders and the LSTM's one-month-ahead predictions, look_back 1")
        #expect(chart.yAxis.label == "riders")
        #expect(caption.hasSuffix("(riders)."))
        #expect(table.caption.hasPrefix("Root-mean-square error in riders"))
        #expect(!caption.contains("passengers") && !chart.title.contains("Airline"))

        var named = plain
        named.quantity = "Bus riders"
        named.unit = "hundreds"
        guard case .figure(let namedChart as LineChart, let namedCaption)? = Kind.present(output, options: named).blocks.first else {
            Issue.record("expected a prediction chart")
            return
        }
        #expect(namedChart.title.hasPrefix("Bus riders and the LSTM's"))
        #expect(namedChart.yAxis.label == "riders (hundreds)")
        #expect(namedCaption.hasSuffix("(hundreds of riders)."))
    }

    /// Named results are declared: every value the directive gives matches a declared name.
    @Test func everyNamedValueIsDeclared() throws {
        let (output, options) = try run("epochs: 2\nlook_back: [1, 2]\nreported_test: [1, 2]")
        for value in Kind.present(output, options: options).values {
            #expect(Kind.results.contains { $0.matches(value.name) }, "\(value.name) is not declared")
        }
    }

    @Test func theCommandLineHasTheDirectivesLimitsAndNumbers() throws {
        var command = ForecastCommandLine()
        command.units = 65
        #expect(command.problems(data: "r.csv") == ["--units: 'units' is 65, outside the allowed 1…64"])
        command.units = 3
        command.epochs = 2
        command.lookBack = [1, 2]
        #expect(command.problems(data: "r.csv").isEmpty)
        let report = try command.run(data: "r.csv", bytes: Data(Self.riders.utf8)) { _, _ in }
        let (output, _) = try run("epochs: 2\nunits: 3\nlook_back: [1, 2]")
        #expect(report.runs.map(\.testRMSE) == output.runs.map(\.testRMSE))
        #expect(report.column == "Riders")
    }

    /// The cache key's options: the run options whatever their order or lines, and nothing else.
    @Test func runKeyIgnoresOrderLinesAndPresentation() throws {
        let a = try options("data: a.csv\nunits: 8")
        #expect(a.runKey == (try options("\n\nunits: 8\ndata: a.csv")).runKey)
        #expect(a.runKey == (try options("data: a.csv\nunits: 8\ncaptions: [Hello.]\nunit: thousands\nshow: [bars]")).runKey)
        #expect(a.runKey != (try options("data: a.csv\nunits: 9")).runKey)
    }

    @Test func provenanceCommandOnlyForWhatTheCommandLineCanRun() throws {
        let adam = try options("data: r.csv\nseeds: [1, 2]\nepochs: 5")
        #expect(Kind.command(adam, folder: "lessons")
                == "lstmbook forecast --data lessons/r.csv --look-back 1 --seeds 1,2 --units 4 --epochs 5 --batch-size 1 --train-fraction 0.7")
        #expect(Kind.command(try options("data: r.csv\noptimizer: sgd"), folder: "lessons") == nil)
    }
}
