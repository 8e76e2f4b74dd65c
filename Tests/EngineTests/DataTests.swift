import Engine
import Testing

/// Scaling, windows, split and error measures, against the note's own numbers where it gives them.
@Suite struct DataTests {
    static func airline() throws -> [Double] {
        try CSV.readColumn(path: Support.fixturesDirectory().appendingPathComponent("airline-passengers.csv").path).values
    }

    @Test func scalerMapsToTheUnitIntervalAndBack() throws {
        let series = try Self.airline()
        let scaler = try MinMaxScaler.fit(series)
        #expect(scaler.dataMin == 104 && scaler.dataMax == 622)
        let scaled = scaler.transform(series)
        #expect(scaled.min() == 0 && scaled.max() == 1)
        // The note's look_back 3 table starts 0.0154, 0.0270, 0.0541.
        #expect(scaled.prefix(3).map { ($0 * 10_000).rounded() / 10_000 } == [0.0154, 0.0270, 0.0541])
        #expect(zip(scaler.inverse(scaled), series).allSatisfy { abs($0 - $1) < 1e-12 })
        let flat = try MinMaxScaler.fit([5, 5, 5])  // a constant series does not divide by zero
        #expect(flat.transform([5, 6]) == [0, 1])
        #expect(throws: EngineError.self) { try MinMaxScaler.fit([]) }
        #expect(throws: EngineError.self) { try MinMaxScaler.fit([1, .nan]) }
    }

    @Test func splitTruncatesLikePython() throws {
        let (train, test) = try trainTestSplit(Array(repeating: 0, count: 144), trainFraction: 0.7)
        #expect(train.count == 100 && test.count == 44)  // int(144 · 0.7) = int(100.8)
        #expect(try trainTestSplit(Array(repeating: 0, count: 144), trainFraction: 0.67).train.count == 96)
        #expect(throws: EngineError.self) { try trainTestSplit([1, 2], trainFraction: 1) }
        #expect(throws: EngineError.self) { try trainTestSplit([1, 2], trainFraction: 0) }
    }

    @Test func windowsFollowTheNotesCreateDataset() throws {
        let series = (0..<10).map(Double.init)
        let note = try Windows(series: series, lookBack: 3)
        #expect(note.targets.count == 6)  // len − look_back − 1
        #expect(note.inputs[0] == [[0, 1, 2]])  // one step, look_back features
        #expect(note.targets[0] == [3])
        #expect(note.targets.last == [8])  // the last usable window (target 9) is dropped, as in the note
        #expect(note.targetIndices == [3, 4, 5, 6, 7, 8])
        let corrected = try Windows(series: series, lookBack: 3, count: .all, layout: .timesteps, startIndex: 100)
        #expect(corrected.targets.count == 7 && corrected.targets.last == [9])
        #expect(corrected.inputs[0] == [[0], [1], [2]])  // look_back steps of one feature
        #expect(corrected.targetIndices.first == 103)
        #expect(throws: EngineError.self) { try Windows(series: [1, 2, 3], lookBack: 2) }  // needs 4 values
        #expect(try Windows(series: [1, 2, 3], lookBack: 2, count: .all).targets == [[3]])
        #expect(throws: EngineError.self) { try Windows(series: series, lookBack: 0) }
        #expect(throws: EngineError.seriesTooShort("10 values give no window for look_back \(Int.max)")) {
            try Windows(series: series, lookBack: .max)  // no overflow on the way to the error
        }
    }

    @Test func errorMeasures() throws {
        #expect(try rmse([1, 2, 3], [1, 2, 7]) == (16.0 / 3).squareRoot())
        #expect(throws: EngineError.self) { try rmse([1], [1, 2]) }
        #expect(throws: EngineError.self) { try rmse([], []) }
    }
}
