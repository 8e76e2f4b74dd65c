import Engine
import Foundation
import Testing

@Suite struct ModelJSONTests {
    static func sample() -> Model {
        var rng = SeededGenerator(seed: 31)
        return Support.randomModel(cells: [.lstm, .gru(resetAfter: true), .gru(resetAfter: false), .simpleRNN], units: [3, 2, 2, 2],
                                   inputDim: 2, outputs: 3, activation: .softmax, rng: &rng)
    }

    @Test func roundTripIsBitIdenticalAndDeterministic() throws {
        let model = Self.sample()
        let text = try model.jsonString()
        let back = try Model(json: Data(text.utf8))
        #expect(back == model)
        #expect(try back.jsonString() == text)
        #expect(text.hasPrefix("{\n  \"format\": \"lstmbook-model/1\",\n  \"layers\": [\n"))
        // Keras's layout: a reset-after GRU has two bias rows, the others one.
        #expect(text.contains("\"reset_after\": true") && text.contains("\"reset_after\": false"))
    }

    @Test func saveWritesAFileThatLoads() throws {
        let model = Self.sample()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lstmbook-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.save(to: path)
        #expect(try Model(contentsOf: path) == model)
    }

    static let valid = """
        {"format": "lstmbook-model/1", "layers": [
          {"type": "simple_rnn", "units": 1, "input_dim": 1, "kernel": [[0.5]], "recurrent_kernel": [[0.25]], "bias": [0.1]},
          {"type": "dense", "units": 1, "input_dim": 1, "kernel": [[2.0]], "bias": [0]}]}
        """

    @Test func aMinimalHandWrittenModelLoadsAndComputes() throws {
        let model = try Model(json: Data(Self.valid.utf8))
        #expect(model.dense.activation == .linear)  // "activation" is optional
        let h1 = tanh(0.5 * 1 + 0.1), h2 = tanh(0.5 * 2 + 0.25 * h1 + 0.1)
        #expect(try model.predict([[[1], [2]]]) == [[2 * h2]])
    }

    @Test(arguments: [
        ("{\"format\": \"lstmbook-model/1\", \"layers\": [", "not valid JSON"),
        ("[1, 2]", "top level must be an object"),
        ("{\"layers\": []}", "\"format\" is missing"),
        ("{\"format\": \"keras\", \"layers\": []}", "unknown format \"keras\""),
        ("{\"format\": \"lstmbook-model/1\", \"layers\": []}", "non-empty array"),
        ("{\"format\": \"lstmbook-model/1\", \"layers\": [{\"type\": \"dense\", \"units\": 1, \"input_dim\": 1, \"kernel\": [[1]], \"bias\": [0]}]}",
         "at least one recurrent layer"),
    ])
    func malformedFilesAreRefusedWithAReason(json: String, reason: String) {
        do {
            _ = try Model(json: Data(json.utf8))
            Issue.record("accepted: \(json)")
        } catch let error as EngineError {
            guard case .malformedModel(let detail) = error else {
                Issue.record("wrong error: \(error)")
                return
            }
            #expect(detail.contains(reason), "\(detail)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test(arguments: [
        ("\"units\": 1, \"input_dim\": 1, \"kernel\"", "\"units\": 2, \"input_dim\": 1, \"kernel\"", "kernel is 1×1 but 2 units"),
        ("\"recurrent_kernel\": [[0.25]]", "\"recurrent_kernel\": [[0.25], [1]]", "recurrent kernel is 2×1"),
        ("\"kernel\": [[0.5]]", "\"kernel\": [[\"0.5\"]]", "is a string, not a number"),
        ("\"kernel\": [[0.5]]", "\"kernel\": [[true]]", "is a boolean, not a number"),
        ("\"kernel\": [[0.5]]", "\"kernel\": [[1e999]]", "not valid JSON"),
        ("\"bias\": [0.1]", "\"bias\": [0.1, 2]", "bias is 1×2"),
        ("\"type\": \"simple_rnn\"", "\"type\": \"gru\"", "needs \"reset_after\""),
        ("\"type\": \"simple_rnn\"", "\"type\": \"transformer\"", "unknown type \"transformer\""),
        ("\"units\": 1, \"input_dim\": 1, \"kernel\"", "\"units\": 1.5, \"input_dim\": 1, \"kernel\"", "whole number"),
        ("\"type\": \"dense\", \"units\": 1", "\"type\": \"dense\", \"activation\": \"relu\", \"units\": 1", "activation"),
        ("\"kernel\": [[2.0]]", "\"kernel\": [[2.0], [1.0]]", "Dense layer's kernel is 2×1"),
    ])
    func brokenLayersAreRefusedWithAReason(original: String, replacement: String, reason: String) {
        let json = Self.valid.replacingOccurrences(of: original, with: replacement)
        #expect(json != Self.valid)
        do {
            _ = try Model(json: Data(json.utf8))
            Issue.record("accepted: \(json)")
        } catch let error as EngineError {
            #expect(String(describing: error).contains(reason), "\(error)")
            #expect(String(describing: error).hasPrefix("Malformed model: "))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func aMissingFileIsNamed() {
        #expect(throws: EngineError.malformedModel("cannot read /nonexistent/model.json")) {
            try Model(contentsOf: "/nonexistent/model.json")
        }
    }
}
