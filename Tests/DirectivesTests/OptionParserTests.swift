@testable import Directives
import Testing

@Suite("Directive options")
struct OptionParserTests {
    let specs: [OptionSpec] = [
        OptionSpec("look_back", .integers(1...100, maxCount: 10), default: .integers([1]), doc: "Window lengths."),
        OptionSpec("units", .integer(1...64), default: .integer(4), doc: "Units."),
        OptionSpec("fraction", .number(0.1...0.9), default: .number(0.7), doc: "Train share."),
        OptionSpec("layout", .choice(["features", "timesteps"]), default: .text("features"), doc: "Layout."),
        OptionSpec("data", .dataPath, required: true, doc: "CSV."),
    ]

    /// The directive's fence is on file line 10, so YAML line n is file line 10 + n.
    func parse(_ yaml: String) throws(Diagnostics) -> ResolvedOptions {
        try OptionParser(specs: specs, file: "lessons/x.md", lineBase: 10, context: "directive {forecast}").parse(yaml, directiveLine: 10)
    }

    func problems(_ yaml: String) -> [String] {
        do {
            _ = try parse(yaml)
            return []
        } catch {
            return error.all.map(\.description)
        }
    }

    @Test func defaultsFillWhatIsNotGiven() throws {
        let options = try parse("data: a.csv\nlook_back: [1, 3, 10]")
        #expect(options.value("look_back") == .integers([1, 3, 10]))
        #expect(options.value("units") == .integer(4))
        #expect(options.value("fraction") == .number(0.7))
        #expect(options.value("layout") == .text("features"))
        #expect(options.line(of: "look_back") == 12)
        #expect(options.line(of: "units") == 10)
    }

    @Test func oneNumberWhereAListIsAllowed() throws {
        #expect(try parse("data: a.csv\nlook_back: 3").value("look_back") == .integers([3]))
    }

    @Test func unknownOptionNamesItsLineAndSuggests() {
        #expect(problems("data: a.csv\nlook_bak: 3") == [
            "lessons/x.md:12: unknown option 'look_bak' for directive {forecast} (did you mean 'look_back'?); known options: "
                + "look_back, units, fraction, layout, data",
        ])
    }

    @Test func wrongTypesAndRanges() {
        #expect(problems("data: a.csv\nunits: four") == ["lessons/x.md:12: 'units' must be an integer, not 'four'"])
        #expect(problems("data: a.csv\nunits: \"4\"") == ["lessons/x.md:12: 'units' must be an integer, not '4'"])
        #expect(problems("data: a.csv\nunits: 65") == ["lessons/x.md:12: 'units' is 65, outside the allowed 1…64"])
        #expect(problems("data: a.csv\nfraction: 1.5") == ["lessons/x.md:12: 'fraction' is 1.5, outside the allowed 0.1…0.9"])
        #expect(problems("data: a.csv\nfraction: .nan") == ["lessons/x.md:12: 'fraction' must be a finite number, not '.nan'"])
        #expect(problems("data: a.csv\nlayout: timestep") == [
            "lessons/x.md:12: 'timestep' is not allowed for 'layout' (did you mean 'timesteps'?); use one of: features, timesteps",
        ])
        #expect(problems("data: a.csv\nlook_back: [1, 0]") == ["lessons/x.md:12: 'look_back' is 0, outside the allowed 1…100"])
        #expect(problems("data: a.csv\nlook_back: []") == ["lessons/x.md:12: 'look_back' is an empty list"])
    }

    @Test func everyProblemInABlockIsReported() {
        let found = problems("units: 0\n\nlayout: x")
        #expect(found.count == 3)
        #expect(found[0].hasPrefix("lessons/x.md:11:"))
        #expect(found[1].hasPrefix("lessons/x.md:13:"))
        #expect(found[2] == "lessons/x.md:10: directive {forecast} needs option 'data' (path to a file in the lessons folder): CSV.")
    }

    @Test func notAMappingOrNotYAML() {
        #expect(problems("- a\n- b") == ["lessons/x.md:11: the directive {forecast} must be a set of `name: value` lines"])
        let broken = problems("data: a.csv\nunits: [1, 2")
        #expect(broken.count == 1)
        #expect(broken[0].hasPrefix("lessons/x.md:1"))
        #expect(broken[0].contains("is not valid YAML"))
    }

    @Test func duplicateOptionIsAnError() {
        let found = problems("data: a.csv\nunits: 3\nunits: 4")
        #expect(found.count == 1)
        #expect(found[0].contains("'units' is given twice"))
    }
}
