import Foundation
import Testing

/// `lstmbook trace`, `forecast` and `bench`, run as a user runs them: the built binary, its
/// exit status, standard output and standard error.
@Suite struct EngineCommandsTests {
    typealias Result = CLI.Outcome

    static let root = CLI.root
    static let fixtures = root.appendingPathComponent("Tests/EngineTests/Fixtures")
    static let airline = fixtures.appendingPathComponent("airline-passengers.csv").path

    static func run(_ arguments: [String]) throws -> Result {
        let outcome = try CLI.run(arguments)
        #expect(!outcome.crashed, "lstmbook crashed: \(arguments)")
        return outcome
    }

    /// A failure: non-zero exit, nothing on stdout, one "Error: …" line (plus usage for bad
    /// arguments) containing `reason`.
    static func expectFailure(_ arguments: [String], _ reason: String) throws {
        let result = try run(arguments)
        #expect(result.status != 0, "\(arguments) succeeded")
        #expect(result.stdout.isEmpty)
        let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("Error: ") && first.contains(reason), "stderr: \(result.stderr)")
    }

    static func temporaryFile(_ contents: String, _ suffix: String = ".json") throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lstmbook-\(UUID().uuidString)\(suffix)").path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A one-unit plain RNN whose outputs can be computed by hand.
    static let tinyModel = """
        {"format": "lstmbook-model/1", "layers": [
          {"type": "simple_rnn", "units": 1, "input_dim": 1, "kernel": [[0.5]], "recurrent_kernel": [[0.25]], "bias": [0.1]},
          {"type": "dense", "units": 1, "input_dim": 1, "kernel": [[2.0]], "bias": [0]}]}
        """

    @Test func traceJSONHasEveryStepAndTheOutput() throws {
        let model = try Self.temporaryFile(Self.tinyModel)
        defer { try? FileManager.default.removeItem(atPath: model) }
        let result = try Self.run(["trace", "--model", model, "--input", "-1,2", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.count == 2)
        // By hand (the engine may add the terms in another order, hence the 1e-14).
        let h1 = tanh(0.5 * -1 + 0.1), a2 = 0.5 * 2 + 0.25 * h1 + 0.1, h2 = tanh(a2)
        func close(_ value: Any?, _ expected: Double) -> Bool {
            guard let v = value as? [Double], v.count == 1 else { return false }
            return abs(v[0] - expected) <= 1e-14 * abs(expected)
        }
        #expect(steps[0]["x"] as? [Double] == [-1])
        #expect(close(steps[0]["h"], h1))
        #expect(close(steps[1]["h"], h2))
        let gates = try #require(steps[1]["gates"] as? [String: [String: [Double]]])
        #expect(close(gates["h"]?["preactivation"], a2))
        #expect(gates["h"]?["activation"] == steps[1]["h"] as? [Double])
        #expect(steps[1]["c"] == nil)
        #expect(close(json["output"], 2 * h2))
        #expect(json["gate_order"] as? [String] == ["h"])
    }

    @Test func traceTableShowsEveryGateOfAnLSTM() throws {
        let input = try Self.temporaryFile("[[0.1, -0.5], [0.3, 0.2], [0, 1]]")
        defer { try? FileManager.default.removeItem(atPath: input) }
        let model = Self.fixtures.appendingPathComponent("keras/lstm.model.json").path
        let result = try Self.run(["trace", "--model", model, "--input", "@" + input])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "LSTM layer: 4 units, input_dim 2, 3 steps; gates i f g o")
        for label in ["i pre", "i", "f pre", "f", "g pre", "g", "o pre", "o", "c", "h"] {
            // One row per label and step, each with four numbers.
            let rows = lines.filter { $0.hasPrefix(label.padding(toLength: 8, withPad: " ", startingAt: 0)) }
            #expect(rows.count == 3, "\(label)")
            #expect(rows.allSatisfy { $0.dropFirst(8).split(separator: " ").compactMap { Double($0) }.count == 4 })
        }
        #expect(lines.contains("step 3  x = 0.000000, 1.000000"))
        #expect(lines.last?.hasPrefix("output = ") == true)
    }

    @Test func traceRefusesBadInput() throws {
        let model = try Self.temporaryFile(Self.tinyModel)
        let broken = try Self.temporaryFile(String(Self.tinyModel.dropLast(20)))
        defer {
            try? FileManager.default.removeItem(atPath: model)
            try? FileManager.default.removeItem(atPath: broken)
        }
        let lstm = Self.fixtures.appendingPathComponent("keras/lstm.model.json").path
        try Self.expectFailure(["trace", "--model", "/nonexistent.json", "--input", "1"], "cannot read /nonexistent.json")
        try Self.expectFailure(["trace", "--model", broken, "--input", "1"], "not valid JSON")
        try Self.expectFailure(["trace", "--model", model, "--input", "1,abc"], "\"abc\" in --input is not a number")
        try Self.expectFailure(["trace", "--model", model, "--input", "1,nan"], "step 2, feature 1 is nan")
        try Self.expectFailure(["trace", "--model", lstm, "--input", "1,2"], "takes 2 features per step")
        try Self.expectFailure(["trace", "--model", model, "--input", "@/nonexistent.json"], "cannot read the input file")
        try Self.expectFailure(["trace", "--model", model], "--input")
    }

    @Test func forecastPrintsOneRowPerRun() throws {
        let table = try Self.run(["forecast", "--data", Self.airline, "--look-back", "1,3", "--seeds", "7,8", "--epochs", "3"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines[1] == "look_back   seed   train RMSE   test RMSE   final loss")
        #expect(lines[2].split(separator: " ").prefix(2) == ["1", "7"])

        let json = try Self.run(["forecast", "--data", Self.airline, "--look-back", "1,3", "--seeds", "7,8", "--epochs", "3", "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let runs = try #require(report["runs"] as? [[String: Any]])
        #expect(runs.count == 4)
        #expect(runs.map { $0["look_back"] as? Int } == [1, 1, 3, 3])
        #expect(runs.allSatisfy { ($0["test_rmse"] as? Double)?.isFinite == true })
        #expect(report["column"] as? String == "Passengers" && report["values"] as? Int == 144)
        // The table's numbers are the JSON's, rounded.
        let first = lines[2].split(separator: " ")
        #expect(first[2] == String(format: "%.2f", runs[0]["train_rmse"] as! Double))
        // Same seed, same numbers, run after run.
        #expect(try Self.run(["forecast", "--data", Self.airline, "--look-back", "1,3", "--seeds", "7,8", "--epochs", "3", "--json"]).stdout
            == json.stdout)
    }

    @Test func forecastRefusesBadDataAndSettings() throws {
        let nan = try Self.temporaryFile("Month,Passengers\n1949-01,112\n1949-02,NaN\n", ".csv")
        defer { try? FileManager.default.removeItem(atPath: nan) }
        try Self.expectFailure(["forecast", "--data", Self.airline, "--column", "Riders"], "no column \"Riders\"")
        try Self.expectFailure(["forecast", "--data", nan], ".csv:3: column \"Passengers\" holds NaN")
        try Self.expectFailure(["forecast", "--data", "/nonexistent.csv"], "cannot read /nonexistent.csv")
        // {forecast}'s limits: look_back up to 48, units up to 64.
        try Self.expectFailure(["forecast", "--data", Self.airline, "--look-back", "60", "--epochs", "1"],
                               "--look-back: 'look_back' is 60, outside the allowed 1…48")
        try Self.expectFailure(["forecast", "--data", Self.airline, "--look-back", "48", "--train-fraction", "0.1", "--epochs", "1"],
                               "Series too short")
        try Self.expectFailure(["forecast", "--data", Self.airline, "--look-back", "1,x"], "\"x\" is not a whole number")
        try Self.expectFailure(["forecast", "--data", Self.airline, "--train-fraction", "1.5"], "--train-fraction")
        try Self.expectFailure(["forecast", "--data", Self.airline, "--epochs", "0"], "--epochs")
        try Self.expectFailure(["forecast", "--data", Self.airline, "--units", "65"], "--units: 'units' is 65, outside the allowed 1…64")
        try Self.expectFailure(["forecast", "--data", Self.airline, "--look-back", "9223372036854775807"], "--look-back")
    }

    #if DEBUG
    /// The mid-size workload takes about 30 s unoptimised; `make test` runs the release build.
    static let optimised = false
    #else
    static let optimised = true
    #endif

    @Test(.enabled(if: optimised, "bench is timed only in release builds"))
    func benchReportsBothWorkloadsAndMemory() throws {
        let result = try Self.run(["bench", "--data", Self.airline, "--repeats", "1", "--mid-steps", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("all three look_back runs: "))
        #expect(result.stdout.split(separator: "\n").filter { $0.contains("µs per training step") }.count == 3)
        #expect(result.stdout.contains("GFLOP/s"))
        #expect(result.stdout.contains("peak memory (maxrss): "))
        #expect(result.stderr.contains("bench: mid-size model"))  // progress goes to standard error
    }

    @Test func benchRefusesMissingData() throws {
        try Self.expectFailure(["bench", "--data", "/nonexistent.csv"], "cannot read /nonexistent.csv")
        try Self.expectFailure(["bench", "--repeats", "0"], "--repeats")
    }
}
