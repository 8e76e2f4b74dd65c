import Foundation
import Testing

/// Messages that used to mislead or grow without bound: each now says what is wrong, briefly.
@Suite struct MessageTests {
    /// Builds a project whose lesson forecasts from `csv`, and returns its standard error.
    func forecastProblems(csv: Data, options: String = "") throws -> String {
        let project = try Project()
        try project.write("data/air.csv", csv)
        let directive = "```{forecast}\ndata: data/air.csv\nseeds: 1\nepochs: 1\nshow: table\n\(options)```\n"
        try project.write("01-a.md", "---\ntitle: A\n---\nHi.\n\n" + directive)
        let outcome = try project.build()
        #expect(outcome.status != 0)
        return outcome.stderr
    }

    @Test func aTooShortSplitIsGivenItsOwnLength() throws {
        let rows = BadInputTests.goodRows.prefix(20).joined(separator: "\n")
        let stderr = try forecastProblems(csv: Data(("Month,Passengers\n" + rows + "\n").utf8), options: "look_back: 10\n")
        #expect(stderr.contains("Series too short: the test split of 6 values (6 values give no window"), "\(stderr)")
    }

    @Test func aHugeHeaderIsNotCopiedIntoTheMessage() throws {
        let header = (0..<20_000).map { "column\($0)" }.joined(separator: ",")
        let stderr = try forecastProblems(csv: Data((header + "\n" + (0..<20_000).map { _ in "1" }.joined(separator: ",") + "\n").utf8),
                                          options: "column: Riders\n")
        #expect(stderr.contains("has no column \"Riders\"; its columns are \"column0\", \"column1\""), "\(stderr.prefix(500))")
        #expect(stderr.contains("and 19990 more"))
        #expect(stderr.utf8.count < 2_000, "the message is \(stderr.utf8.count) bytes")
    }

    @Test func aFileWithCRLineEndsIsSaidToHaveThem() throws {
        let stderr = try forecastProblems(csv: Data(("Month,Passengers\r" + BadInputTests.goodRows.joined(separator: "\r") + "\r").utf8))
        #expect(stderr.contains("ends its lines with CR alone (old Mac style); save it with LF or CRLF line ends"), "\(stderr)")
    }

    @Test func aFIFOIsNotAPermissionProblem() throws {
        let project = try Project()
        try project.write("01-a.md", "---\ntitle: A\n---\nHi.\n\n```{forecast}\ndata: data/pipe.csv\nseeds: 1\nepochs: 1\nshow: table\n```\n")
        #expect(mkfifo(project.lessons.appendingPathComponent("data/pipe.csv").path, 0o644) == 0)
        let outcome = try CLI.run(["build", "--jobs", "1", "--quiet", "--cache", project.root.appendingPathComponent("cache").path],
                                  in: project.root, timeout: 20)
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("lessons/01-a.md:7: data path 'data/pipe.csv' is a FIFO (named pipe), not a file"), "\(outcome.stderr)")
    }

    @Test func unsupportedJSONIsNotCalledTruncated() throws {
        let cases = [
            ("{\"format\": \"lstmbook-model/1\", \"layers\": [{\"units\": NaN}]}", "(NaN are not JSON numbers)"),
            ("{\"format\": \"lstmbook-model/1\", \"layers\": [{\"units\": 1e400}]}", "Number 1e400 is not representable as a 64-bit float"),
            (String(repeating: "[", count: 600) + String(repeating: "]", count: 600), "nested too deeply"),
            ("{\"format\": \"lstmbook-model/1\", \"layers\": [", "it ends in the middle of a value (is it truncated?)"),
        ]
        for (json, reason) in cases {
            let model = try EngineCommandsTests.temporaryFile(json)
            defer { try? FileManager.default.removeItem(atPath: model) }
            try EngineCommandsTests.expectFailure(["trace", "--model", model, "--input", "1"], reason)
        }
    }

    /// A kernel of 4 turns 1e308 into +inf: the table showed "-nan" or "inf", --json threw a raw
    /// EncodingError.
    @Test func anOverflowingTraceIsOneClearMessage() throws {
        let model = try EngineCommandsTests.temporaryFile(EngineCommandsTests.tinyModel.replacingOccurrences(of: "[[0.5]]", with: "[[4.0]]"))
        defer { try? FileManager.default.removeItem(atPath: model) }
        for json in [true, false] {
            try EngineCommandsTests.expectFailure(["trace", "--model", model, "--input", "1e308,1"] + (json ? ["--json"] : []),
                                                  "at step 1, h pre-activation overflowed; the input's values are too large for this network")
        }
    }
}
