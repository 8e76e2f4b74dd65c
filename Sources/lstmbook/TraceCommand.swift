import ArgumentParser
import Engine
import Foundation

/// `lstmbook trace`: runs a saved model over one sequence and shows what its first recurrent
/// layer computed at every step — each gate's pre-activation and activation, the cell state (LSTM)
/// and the hidden state — plus the model's output. The same numbers the gate walk-throughs plot,
/// inspectable without a lesson.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Print every gate's value at every step of a model's first recurrent layer.",
        discussion: """
            INPUT is either comma-separated numbers, one feature per step (for a model with \
            input_dim 1), or @FILE.json holding an array of steps, each an array of features. \
            With --json the output is an object with "layer", "gate_order", "steps" (per step: \
            "x", "gates" by letter with "preactivation" and "activation", "c" for an LSTM, "h") \
            and "output".
            """)

    @Option(help: "Model JSON in the lstmbook-model/1 format.")
    var model: String

    @Option(parsing: .unconditional, help: "Comma-separated numbers, or @FILE.json.")
    var input: String

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    struct Gate: Encodable {
        let preactivation: [Double]
        let activation: [Double]
    }

    struct Step: Encodable {
        let x: [Double]
        let gates: [String: Gate]
        let c: [Double]?
        let h: [Double]
    }

    struct Layer: Encodable {
        let type: String
        let units: Int
        let input_dim: Int
        let reset_after: Bool?
    }

    struct Report: Encodable {
        let layer: Layer
        let gate_order: [String]
        let steps: [Step]
        let output: [Double]
    }

    func run() throws {
        let network = try Model(contentsOf: model)
        let sequence = try readSequence(features: network.inputDim)
        let (trace, output) = try network.trace(sequence)
        let layer = network.recurrentLayers[0]
        try Self.requireFinite(trace, output: output)
        if json {
            var resetAfter: Bool?
            if case .gru(let flag) = layer.kind { resetAfter = flag }
            let report = Report(
                layer: Layer(type: layer.kind.typeName, units: layer.units, input_dim: layer.inputDim, reset_after: resetAfter),
                gate_order: layer.kind.gateNames,
                steps: trace.steps.map { step in
                    Step(x: step.x,
                         gates: Dictionary(uniqueKeysWithValues: step.gates.map {
                             ($0.name, Gate(preactivation: $0.preactivation, activation: $0.activation))
                         }),
                         c: step.c, h: step.h)
                },
                output: output)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            printTable(trace, layer: layer, output: output)
        }
    }

    /// Inputs too large for the network overflow to ±inf and then NaN, which a table would show
    /// as "-nan" and JSON cannot hold at all: one message naming the first such value instead.
    private static func requireFinite(_ trace: Trace, output: [Double]) throws {
        for (t, step) in trace.steps.enumerated() {
            let rows = [("x", step.x)] + step.gates.flatMap { [("\($0.name) pre-activation", $0.preactivation), ($0.name, $0.activation)] }
                + (step.c.map { [("c", $0)] } ?? []) + [("h", step.h)]
            if let (name, _) = rows.first(where: { !$0.1.allSatisfy(\.isFinite) }) {
                throw EngineError.nonFinite("at step \(t + 1), \(name) overflowed; the input's values are too large for this network")
            }
        }
        if !output.allSatisfy(\.isFinite) { throw EngineError.nonFinite("the output overflowed; the input's values are too large for this network") }
    }

    /// The sequence from `--input`: numbers or @FILE.json, checked against the model's input_dim.
    private func readSequence(features: Int) throws -> [[Double]] {
        if input.hasPrefix("@") {
            let path = String(input.dropFirst())
            guard let data = FileManager.default.contents(atPath: path) else {
                throw EngineError.malformedData("cannot read the input file \(path)")
            }
            guard let steps = try? JSONDecoder().decode([[Double]].self, from: data) else {
                throw EngineError.malformedData("\(path) must hold a JSON array of steps, each an array of numbers")
            }
            guard !steps.isEmpty else { throw EngineError.malformedData("\(path) holds no steps") }
            return steps
        }
        let values = try input.split(separator: ",", omittingEmptySubsequences: false).map { part -> Double in
            let text = part.trimmingCharacters(in: .whitespaces)
            guard let value = Double(text) else { throw EngineError.malformedData("\"\(text)\" in --input is not a number") }
            return value
        }
        guard features == 1 else {
            throw EngineError.shapeMismatch("the model takes \(features) features per step, so pass the sequence as @FILE.json ([[...], ...])")
        }
        return values.map { [$0] }
    }

    /// One block per step: x, then a row per gate pre-activation and activation, then c and h,
    /// with one column per unit.
    private func printTable(_ trace: Trace, layer: RecurrentLayer, output: [Double]) {
        func row(_ label: String, _ values: [Double]) -> String {
            label.padding(toLength: 8, withPad: " ", startingAt: 0) + values.map { String(format: " %11.6f", $0) }.joined()
        }
        print("\(layer.kind.displayName) layer: \(layer.units) units, input_dim \(layer.inputDim), \(trace.steps.count) steps; "
            + "gates \(layer.kind.gateNames.joined(separator: " "))")
        let header = String(repeating: " ", count: 8) + (1...layer.units).map { label in
            let text = "unit \(label)"
            return " " + String(repeating: " ", count: max(0, 11 - text.count)) + text
        }.joined()
        for (t, step) in trace.steps.enumerated() {
            print("")
            print("step \(t + 1)  x = " + step.x.map { String(format: "%.6f", $0) }.joined(separator: ", "))
            print(header)
            for gate in step.gates {
                print(row("\(gate.name) pre", gate.preactivation))
                print(row(gate.name, gate.activation))
            }
            if let c = step.c { print(row("c", c)) }
            print(row("h", step.h))
        }
        print("")
        print("output = " + output.map { String(format: "%.6f", $0) }.joined(separator: ", "))
    }
}
