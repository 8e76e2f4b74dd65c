import Engine

/// A recorded trace of one recurrent layer: the engine's `Trace`, as plain Codable data so a
/// directive's output can be cached and compared.
struct TraceRecord: Codable, Sendable, Equatable {
    struct Gate: Codable, Sendable, Equatable {
        var name: String
        var preactivation: [Double]
        var activation: [Double]
    }

    struct Step: Codable, Sendable, Equatable {
        var x: [Double]
        var gates: [Gate]
        var c: [Double]?
        var h: [Double]
    }

    var cell: String
    var units: Int
    var steps: [Step]

    init(_ trace: Trace, cell: String) {
        self.cell = cell
        units = trace.units
        steps = trace.steps.map { step in
            Step(x: step.x, gates: step.gates.map { Gate(name: $0.name, preactivation: $0.preactivation, activation: $0.activation) },
                 c: step.c, h: step.h)
        }
    }

    var kind: CellKind { CellChoice.kind(cell) }
    var gateNames: [String] { steps.first?.gates.map(\.name) ?? kind.gateNames }
}
