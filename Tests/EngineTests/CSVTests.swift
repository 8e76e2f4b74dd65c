import Engine
import Testing

@Suite struct CSVTests {
    @Test func readsTheAirlineFile() throws {
        let column = try CSV.readColumn(path: Support.fixturesDirectory().appendingPathComponent("airline-passengers.csv").path)
        #expect(column.name == "Passengers")  // the last column by default
        #expect(column.values.count == 144)
        #expect(column.values.prefix(3) == [112, 118, 132] && column.values.last == 432)
    }

    @Test func acceptsBOMQuotesCRLFAndTrailingBlankLines() throws {
        let text = "\u{FEFF}\"Month\",\"Passengers\"\r\n\"1949-01\",112\r\n\"1949, Feb\", \"118\" \r\n\r\n"
        let column = try CSV.readColumn(text: text, column: "Passengers")
        #expect(column.values == [112, 118])
        #expect(try CSV.readColumn(text: "a,b\n1,2\n3,4", column: "a").values == [1, 3])
    }

    @Test(arguments: [
        ("Month,Passengers\n1949-01,112\n1949-02,abc\n", nil as String?, "data.csv:3: \"abc\" in column \"Passengers\" is not a number"),
        ("Month,Passengers\n1949-01,\n", nil, "data.csv:2: column \"Passengers\" is empty"),
        ("Month,Passengers\n1949-01,NaN\n", nil, "data.csv:2: column \"Passengers\" holds NaN, not a finite number"),
        ("Month,Passengers\n1949-01,inf\n", nil, "data.csv:2: column \"Passengers\" holds inf, not a finite number"),
        ("Month,Passengers\n1949-01,112\nInternational airline passengers: monthly totals\n", nil,
            "data.csv:3: the row has 1 field but the header has 2"),
        ("Month,Passengers\n1949-01,112\n\n1949-03,132\n", nil, "data.csv:3: the row has 1 field but the header has 2"),
        ("Month,Passengers\n1949-01,112\n", "Riders", "no column \"Riders\"; its columns are \"Month\", \"Passengers\""),
        ("Month,Passengers\n", nil, "a header but no data rows"),
        ("", nil, "is empty"),
        ("Month,Passengers\n\"1949-01,112\n", nil, "data.csv:2: the row has an unclosed quote"),
    ])
    func refusesBadDataNamingTheLine(text: String, column: String?, reason: String) {
        do {
            let read = try CSV.readColumn(text: text, column: column, source: "data.csv")
            Issue.record("accepted \(read)")
        } catch let error as EngineError {
            guard case .malformedData(let detail) = error else {
                Issue.record("wrong error: \(error)")
                return
            }
            #expect(detail.hasPrefix("data.csv") && detail.contains(reason), "\(detail)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
