import Foundation

/// `lstmbook forecast`: {forecast}'s experiment from the command line, built on its declaration —
/// the same defaults, the same limits and checks (the values are read by the lesson's option
/// parser and `validate`), and the same `run`.
public struct ForecastCommandLine: Sendable {
    var options = ForecastDirective.Options()

    public init() {}

    /// {forecast}'s defaults, for the command's help.
    public static let defaults = ForecastCommandLine()

    public var column: String? { get { options.column } set { options.column = newValue } }
    public var lookBack: [Int] { get { options.lookBack } set { options.lookBack = newValue } }
    public var seeds: [Int] { get { options.seeds } set { options.seeds = newValue } }
    public var units: Int { get { options.units } set { options.units = newValue } }
    public var epochs: Int { get { options.epochs } set { options.epochs = newValue } }
    public var batchSize: Int { get { options.batchSize } set { options.batchSize = newValue } }
    public var trainFraction: Double { get { options.trainFraction } set { options.trainFraction = newValue } }

    /// One look_back and seed's scores.
    public struct Run: Sendable {
        public let lookBack: Int
        public let seed: Int
        public let trainRMSE: Double
        public let testRMSE: Double
        public let finalLoss: Double
    }

    public struct Report: Sendable {
        public let column: String
        public let values: Int
        public let runs: [Run]
    }

    /// Why the settings cannot run, one message per problem, each starting with its flag
    /// (`--units`); empty when they can.
    public func problems(data: String) -> [String] {
        var checked = options
        checked.data = data
        // Every run option written out as a lesson would write it, one per line, so the parser's
        // line of a problem names its option.
        let written = ForecastDirective.Options.declarations.filter { $0.spec.effect == .run }
            .compactMap { declared in declared.read(checked).map { (declared.spec.name, $0) } }
        let yaml = written.map { "\($0.0): \($0.1)" }.joined(separator: "\n")
        let flag = { (line: Int) in
            written.indices.contains(line - 1) ? "--" + written[line - 1].0.replacingOccurrences(of: "_", with: "-") + ": " : ""
        }
        let parser = OptionParser(specs: ForecastDirective.specs, file: "", lineBase: 0, context: "forecast")
        do {
            switch ForecastDirective.configureAndCheck(try parser.parse(yaml, directiveLine: 0), file: "") {
            case .success: return []
            case .failure(let problem): return [flag(problem.line) + problem.message]
            }
        } catch {
            return error.all.map { flag($0.line) + $0.message }
        }
    }

    /// Runs every look_back and seed on the CSV's bytes; `progress` is told epochs done of all.
    public func run(data path: String, bytes: Data, progress: @escaping @Sendable (Int, Int) -> Void) throws -> Report {
        var options = self.options
        options.data = path
        let file = DataFile(path: path, displayPath: path, bytes: bytes)
        do {
            let output = try ForecastDirective.run(options, in: DirectiveContext(file: path, dataFiles: [path: file], progress: progress))
            return Report(column: output.columnName, values: output.series.count, runs: output.runs.map {
                Run(lookBack: $0.lookBack, seed: $0.seed, trainRMSE: $0.trainRMSE, testRMSE: $0.testRMSE, finalLoss: $0.epochLosses.last ?? .nan)
            })
        } catch {
            throw ForecastCommandLineError(message: error.message)
        }
    }
}

public struct ForecastCommandLineError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
