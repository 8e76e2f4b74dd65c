import Foundation
import Testing

/// Every bad input an author can feed `lstmbook build`, and the exact outcome: one clear message
/// naming `file:line` (and the option or value at fault), a non-zero exit, the previous
/// `output/` byte for byte intact, and no crash. Inputs that look odd but are fine (a CSV with a
/// byte-order mark or CRLF line ends, a 10 MB lesson) must build.
@Suite("Bad input")
struct BadInputTests {
    /// One case: how to spoil a good project, and what the build must then print.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        /// Replaces the good lesson and data with bad ones.
        let spoil: @Sendable (Project) throws -> Void
        /// Lines stderr must contain, in order; empty for inputs that must build.
        let expected: [String]
        var testDescription: String { name }
    }

    /// The lesson every case starts from. Line 6 is the fence, 7–12 the options.
    static func lesson(options: String = defaultOptions, prose: String = "Test RMSE {{f.test_rmse}}.", fence: String = "{forecast}") -> String {
        "---\ntitle: A\n---\n\(prose)\n\n```\(fence)\n\(options)\n```\n"
    }

    static let defaultOptions = "id: f\ndata: data/air.csv\nlook_back: 1\nseeds: 1\nepochs: 2\nshow: table"

    static func options(replacing old: String, with new: String) -> String {
        defaultOptions.replacingOccurrences(of: old, with: new)
    }

    static func csv(_ rows: [String]) -> String { (["Month,Passengers"] + rows).joined(separator: "\n") + "\n" }

    static let goodRows = Project.airline.split(separator: "\n").dropFirst().map(String.init)

    static let cases: [Case] = [
        Case(name: "front matter that is not YAML", spoil: { try $0.write("01-a.md", "---\ntitle: [A\n---\nHi\n") },
             expected: ["lessons/01-a.md:3: the front matter is not valid YAML: did not find expected ',' or ']'"]),
        Case(name: "front matter that is not closed", spoil: { try $0.write("01-a.md", "---\ntitle: A\n\nHi\n") },
             expected: ["lessons/01-a.md:1: the front matter opened here is never closed; add a '---' line after it"]),
        Case(name: "an unknown directive", spoil: { try $0.write("01-a.md", lesson(fence: "{forcast}")) },
             expected: ["lessons/01-a.md:6: unknown directive {forcast} (did you mean 'forecast'?)"]),
        Case(name: "an unknown option", spoil: { try $0.write("01-a.md", lesson(options: options(replacing: "look_back", with: "look_bak"))) },
             expected: ["lessons/01-a.md:9: unknown option 'look_bak' for directive {forecast} (did you mean 'look_back'?)"]),
        Case(name: "a value of the wrong type",
             spoil: { try $0.write("01-a.md", lesson(options: options(replacing: "epochs: 2", with: "epochs: many"))) },
             expected: ["lessons/01-a.md:11: 'epochs' must be an integer, not 'many'"]),
        Case(name: "an out-of-range value", spoil: { try $0.write("01-a.md", lesson(options: options(replacing: "epochs: 2", with: "epochs: 0"))) },
             expected: ["lessons/01-a.md:11: 'epochs' is 0, outside the allowed 1…1000"]),
        Case(name: "a data path that is missing",
             spoil: { try $0.write("01-a.md", lesson(options: options(replacing: "data/air.csv", with: "data/air.cvs"))) },
             expected: ["lessons/01-a.md:8: data file 'data/air.cvs' does not exist in the lessons folder (did you mean 'air.csv'?)"]),
        Case(name: "a data path outside the lessons folder", spoil: { project in
                 try Data(csv(goodRows).utf8).write(to: project.root.appendingPathComponent("outside.csv"))
                 try project.write("01-a.md", lesson(options: options(replacing: "data/air.csv", with: "../outside.csv")))
             },
             expected: ["lessons/01-a.md:8: data path '../outside.csv' leads outside the lessons folder"]),
        Case(name: "a data path that is a folder",
             spoil: { try $0.write("01-a.md", lesson(options: options(replacing: "data/air.csv", with: "data"))) },
             expected: ["lessons/01-a.md:8: data path 'data' is a folder, not a file"]),
        Case(name: "a symbolic link that leads out", spoil: { project in
                 try Data(csv(goodRows).utf8).write(to: project.root.appendingPathComponent("outside.csv"))
                 try FileManager.default.createSymbolicLink(atPath: project.lessons.appendingPathComponent("data/link.csv").path,
                                                            withDestinationPath: "../../outside.csv")
                 try project.write("01-a.md", lesson(options: options(replacing: "data/air.csv", with: "data/link.csv")))
             },
             expected: ["lessons/01-a.md:8: data path 'data/link.csv' is a symbolic link that leads outside the lessons folder"]),
        Case(name: "a CSV without the column", spoil: { try $0.write("01-a.md", lesson(options: defaultOptions + "\ncolumn: Riders")) },
             expected: ["lessons/01-a.md:13: {forecast}: Malformed data: lessons/data/air.csv has no column \"Riders\"; "
                 + "its columns are \"Month\", \"Passengers\"."]),
        Case(name: "a CSV with a word for a number",
             spoil: { try $0.write("data/air.csv", csv(goodRows.prefix(5) + ["1949-06,many"] + goodRows.dropFirst(6))) },
             expected: ["lessons/01-a.md:8: {forecast}: Malformed data: lessons/data/air.csv:7: \"many\" in column \"Passengers\" is not a number."]),
        Case(name: "a CSV with an empty cell",
             spoil: { try $0.write("data/air.csv", csv(goodRows.prefix(5) + ["1949-06,"] + goodRows.dropFirst(6))) },
             expected: ["lessons/01-a.md:8: {forecast}: Malformed data: lessons/data/air.csv:7: column \"Passengers\" is empty."]),
        Case(name: "a CSV with NaN", spoil: { try $0.write("data/air.csv", csv(goodRows.prefix(5) + ["1949-06,NaN"] + goodRows.dropFirst(6))) },
             expected: ["lessons/01-a.md:8: {forecast}: Malformed data: lessons/data/air.csv:7: column \"Passengers\" holds NaN, "
                 + "not a finite number."]),
        Case(name: "a CSV with a single row", spoil: { try $0.write("data/air.csv", csv([goodRows[0]])) },
             expected: ["lessons/01-a.md:9: {forecast}: look_back 1, seed 1: Series too short:"]),
        Case(name: "a CSV with a byte-order mark", spoil: { try $0.write("data/air.csv", Data([0xEF, 0xBB, 0xBF]) + Data(csv(goodRows).utf8)) },
             expected: []),
        Case(name: "a CSV with CRLF line ends", spoil: { try $0.write("data/air.csv", csv(goodRows).replacingOccurrences(of: "\n", with: "\r\n")) },
             expected: []),
        Case(name: "a series shorter than look_back + 2", spoil: { project in
                 try project.write("data/air.csv", csv(Array(goodRows.prefix(20))))
                 try project.write("01-a.md", lesson(options: options(replacing: "look_back: 1", with: "look_back: 10")))
             },
             expected: ["lessons/01-a.md:9: {forecast}: look_back 10, seed 1: Series too short: the test split of 6 values"]),
        Case(name: "training that diverges",
             spoil: { try $0.write("01-a.md", lesson(options: defaultOptions + "\noptimizer: sgd\nlearning_rate: 1000000")) },
             expected: ["lessons/01-a.md:14: {forecast}: look_back 1, seed 1: Training diverged at epoch 1"]),
        Case(name: "a lesson that is not UTF-8", spoil: { try $0.write("01-a.md", Data(lesson().utf8) + Data([0xFF, 0xFE, 0x0A])) },
             expected: ["lessons/01-a.md:14: the lesson is not valid UTF-8 (byte"]),
        Case(name: "an empty lesson", spoil: { try $0.write("01-a.md", "") },
             expected: ["lessons/01-a.md:1: the lesson is empty; it needs front matter with a title and some Markdown"]),
        Case(name: "a 10 MB lesson", spoil: { project in
                 let paragraph = "A long lesson keeps rendering: the LSTM's gates decide what to keep, add and show.\n\n"
                 try project.write("01-a.md", lesson() + String(repeating: paragraph, count: 10_000_000 / paragraph.utf8.count))
             },
             expected: []),
        Case(name: "a reference to an unknown id", spoil: { try $0.write("01-a.md", lesson(prose: "Test RMSE {{g.test_rmse}}.")) },
             expected: ["lessons/01-a.md:4: reference {{g.test_rmse}} names unknown id 'g' (did you mean 'f'?); ids in this lesson: f"]),
        Case(name: "two directives with the same id", spoil: { try $0.write("01-a.md", lesson() + "\n```{activation}\nid: f\nshow: gate\n```\n") },
             expected: ["lessons/01-a.md:16: id 'f' is already used by the directive at line 6; ids must be unique in a lesson"]),
        Case(name: "a model JSON that is truncated", spoil: { project in
                 try project.write("data/model.json", "{\"format\": \"lstmbook-model/1\", \"layers\": [{\"type\": \"lstm\", \"units\"")
                 try project.write("01-a.md", lesson(options: "id: g\ninput: [1, 2]\nmodel: data/model.json", prose: "Hi.", fence: "{gates}"))
             },
             expected: ["lessons/01-a.md:9: {gates}: lessons/data/model.json: Malformed model: the file is not valid JSON: "
                        + "it ends in the middle of a value (is it truncated?)."]),
        Case(name: "a model JSON with the wrong shapes", spoil: { project in
                 try project.write("data/model.json", """
                     {"format": "lstmbook-model/1", "layers": [
                       {"type": "lstm", "units": 1, "input_dim": 1, "kernel": [[0.1, 0.2, 0.3]], "recurrent_kernel": [[0.1, 0.2, 0.3, 0.4]],
                           "bias": [0, 1, 0, 0]},
                       {"type": "dense", "units": 1, "input_dim": 1, "kernel": [[1]], "bias": [0]}]}
                     """)
                 try project.write("01-a.md", lesson(options: "id: g\ninput: [1, 2]\nmodel: data/model.json", prose: "Hi.", fence: "{gates}"))
             },
             expected: ["lessons/01-a.md:9: {gates}: lessons/data/model.json: Malformed model: "]),
        Case(name: "a YAML alias bomb in the front matter", spoil: { project in
                 var lines = ["---", "title: A", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
                 for level in 1..<7 {
                     lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
                 }
                 try project.write("01-a.md", (lines + ["k: {*a6: 1}", "---", "Hi."]).joined(separator: "\n"))
             },
             expected: ["lessons/01-a.md:3: the front matter is not accepted: YAML anchors (&name) are not allowed; write each value out in full"]),
        Case(name: "a lesson named index.md", spoil: { try $0.write("index.md", lesson(prose: "Hi.")) },
             expected: ["lessons/index.md:1: a lesson cannot be named 'index.md': "
                        + "lstmbook writes the table of contents (index.html) itself; rename the lesson"]),
        Case(name: "a lesson named drift.md", spoil: { try $0.write("drift.md", lesson(prose: "Hi.")) },
             expected: ["lessons/drift.md:1: a lesson cannot be named 'drift.md': "
                        + "lstmbook writes the drift report (drift.html) itself; rename the lesson"]),
        Case(name: "a lesson that is a symbolic link out of the folder", spoil: { project in
                 try Data(lesson(prose: "Secret.").utf8).write(to: project.root.appendingPathComponent("outside.md"))
                 try FileManager.default.createSymbolicLink(atPath: project.lessons.appendingPathComponent("02-b.md").path,
                                                            withDestinationPath: "../outside.md")
             },
             expected: ["lessons/02-b.md:1: the lesson is a symbolic link that leads outside the lessons folder; copy the file in instead"]),
        Case(name: "a directive over the compute budget", spoil: { project in
                 let options = "lengths: [200, 150, 100]\nseeds: [1, 2, 3, 4, 5]\nunits: 32\nepochs: 500\ntrain_size: 8192"
                 try project.write("01-a.md", lesson(options: options, fence: "{memory}"))
             },
             expected: ["lessons/01-a.md:6: {memory} would take about "]),
    ]

    /// The promise is one message naming `file:line`: a case that expects anything else first
    /// would let a vaguer message pass.
    @Test(arguments: cases.filter { !$0.expected.isEmpty })
    func theFirstExpectedLineNamesAFileAndLine(_ badCase: Case) {
        #expect(badCase.expected[0].wholeMatch(of: /lessons\/[^:\/]+\.md:[0-9]+: .+/) != nil, "\(badCase.expected[0])")
    }

    @Test(arguments: cases)
    func badInput(_ badCase: Case) throws {
        let project = try Project()
        try project.write("data/air.csv", Self.csv(Self.goodRows))
        try project.write("01-a.md", Self.lesson())
        let good = try project.build()
        try #require(good.status == 0, "the good project must build: \(good.stderr)")
        let before = project.snapshot()

        try badCase.spoil(project)
        let outcome = try project.build()
        #expect(!outcome.crashed, "lstmbook crashed on \(badCase.name)")
        if badCase.expected.isEmpty {
            #expect(outcome.status == 0, "\(badCase.name) must build: \(outcome.stderr)")
            return
        }
        #expect(outcome.status != 0)
        let lines = outcome.stderr.split(separator: "\n").map(String.init)
        for expected in badCase.expected {
            #expect(lines.contains { $0.hasPrefix(expected) }, "\(badCase.name): expected a line starting \(expected)\nstderr:\n\(outcome.stderr)")
        }
        #expect(project.snapshot() == before, "\(badCase.name) changed output/")
    }
}
