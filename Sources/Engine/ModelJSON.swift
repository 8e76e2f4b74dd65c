import Foundation

/// Models as JSON, in Keras's weight layout, so the same numbers load into Keras unchanged:
///
///     {"format": "lstmbook-model/1",
///      "layers": [{"type": "lstm", "units": 4, "input_dim": 1,
///                  "kernel": [[…4·units…] × input_dim],
///                  "recurrent_kernel": [[…4·units…] × units],
///                  "bias": […4·units…]},
///                 {"type": "dense", "units": 1, "input_dim": 4, "activation": "linear",
///                  "kernel": [[…units…] × input_dim], "bias": […units…]}]}
///
/// Types are "simple_rnn", "lstm", "gru" and a final "dense". Column blocks: LSTM i, f, c, o;
/// GRU z, r, h (Keras's names for our z, r, g). A GRU also has "reset_after"; when true its bias
/// is two rows, [[input bias], [recurrent bias]]. In Keras: `layer.set_weights([kernel,
/// recurrent_kernel, bias])` with numpy arrays of exactly these nested lists (the Dense layer:
/// `[kernel, bias]`). "activation" is optional ("linear" when absent).
extension Model {
    /// The value of "format" in every model file; a future layout change gets a new number.
    public static let jsonFormat = "lstmbook-model/1"

    /// Reads a model from JSON text; throws `malformedModel` saying what is wrong and where.
    public init(json data: Data) throws {
        guard let root = JSONValue.parse(data) else {
            throw EngineError.malformedModel("the file is not valid JSON: \(JSONValue.problem(in: data))")
        }
        let reader = ModelJSONReader()
        self = try reader.model(root)
    }

    /// Reads a model from a JSON file.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EngineError.malformedModel("cannot read \(path)")
        }
        do {
            try self.init(json: data)
        } catch EngineError.malformedModel(let detail) {
            throw EngineError.malformedModel("\(path): \(detail)")
        }
    }

    /// The model as JSON text: fixed key order, one matrix row per line, numbers that read back
    /// bit-identically; the same model always gives the same bytes.
    public func jsonString() throws -> String {
        try validate()
        func row(_ values: [Double]) -> String {
            "[" + values.map(jsonNumber).joined(separator: ", ") + "]"
        }
        func matrix(_ m: Matrix, indent: String) -> String {
            "[\n" + m.nested.map { indent + "  " + row($0) }.joined(separator: ",\n") + "\n" + indent + "]"
        }
        let pad = "      "
        var layers: [String] = []
        for layer in recurrentLayers {
            var fields = [
                "\"type\": \(jsonQuoted(layer.kind.typeName))",
                "\"units\": \(layer.units)",
                "\"input_dim\": \(layer.inputDim)",
            ]
            if case .gru(let resetAfter) = layer.kind { fields.append("\"reset_after\": \(resetAfter)") }
            fields.append("\"kernel\": " + matrix(layer.kernel, indent: pad))
            fields.append("\"recurrent_kernel\": " + matrix(layer.recurrentKernel, indent: pad))
            fields.append("\"bias\": " + (layer.bias.rows == 1 ? row(layer.bias.storage) : matrix(layer.bias, indent: pad)))
            layers.append(fields.map { pad + $0 }.joined(separator: ",\n"))
        }
        layers.append([
            "\"type\": \"dense\"",
            "\"units\": \(dense.units)",
            "\"input_dim\": \(dense.inputDim)",
            "\"activation\": \(jsonQuoted(dense.activation.rawValue))",
            "\"kernel\": " + matrix(dense.kernel, indent: pad),
            "\"bias\": " + row(dense.bias),
        ].map { pad + $0 }.joined(separator: ",\n"))
        return "{\n  \"format\": \(jsonQuoted(Model.jsonFormat)),\n  \"layers\": [\n"
            + layers.map { "    {\n" + $0 + "\n    }" }.joined(separator: ",\n")
            + "\n  ]\n}\n"
    }

    /// Writes the JSON to `path` through a temporary file renamed into place, so a reader never
    /// sees half a model.
    public func save(to path: String) throws {
        let text = try jsonString()
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

/// Turns parsed JSON into a `Model`, with messages that name the layer and key at fault.
private struct ModelJSONReader {
    func model(_ root: JSONValue) throws -> Model {
        guard case .object(let top) = root else {
            throw EngineError.malformedModel("the top level must be an object with \"format\" and \"layers\", not \(root.kindDescription)")
        }
        guard case .string(let format)? = top["format"] else {
            throw EngineError.malformedModel("\"format\" is missing; expected \"\(Model.jsonFormat)\"")
        }
        guard format == Model.jsonFormat else {
            throw EngineError.malformedModel("unknown format \"\(format)\"; expected \"\(Model.jsonFormat)\"")
        }
        guard case .array(let entries)? = top["layers"], !entries.isEmpty else {
            throw EngineError.malformedModel("\"layers\" must be a non-empty array")
        }
        var recurrent: [RecurrentLayer] = []
        var dense: DenseLayer?
        for (index, entry) in entries.enumerated() {
            let name = "layer \(index + 1)"
            guard case .object(let fields) = entry else {
                throw EngineError.malformedModel("\(name) must be an object, not \(entry.kindDescription)")
            }
            let type = try string(fields, "type", name)
            let isLast = index == entries.count - 1
            switch type {
            case "dense":
                guard isLast else { throw EngineError.malformedModel("\(name) is dense but only the last layer may be") }
                dense = try denseLayer(fields, name)
            case "lstm", "gru", "simple_rnn":
                guard !isLast else { throw EngineError.malformedModel("the last layer must be dense, but \(name) is \(type)") }
                recurrent.append(try recurrentLayer(fields, type: type, name))
            default:
                throw EngineError.malformedModel("\(name) has unknown type \"\(type)\"; expected simple_rnn, lstm, gru or dense")
            }
        }
        guard let dense, !recurrent.isEmpty else {
            throw EngineError.malformedModel("a model needs at least one recurrent layer followed by a dense layer")
        }
        do {
            return try Model(recurrentLayers: recurrent, dense: dense)
        } catch let error as EngineError {
            throw EngineError.malformedModel(error.detail)
        }
    }

    private func recurrentLayer(_ fields: [String: JSONValue], type: String, _ name: String) throws -> RecurrentLayer {
        let kind: CellKind
        switch type {
        case "lstm": kind = .lstm
        case "simple_rnn": kind = .simpleRNN
        default:
            guard case .bool(let resetAfter)? = fields["reset_after"] else {
                throw EngineError.malformedModel("\(name) (gru) needs \"reset_after\": true or false")
            }
            kind = .gru(resetAfter: resetAfter)
        }
        let units = try count(fields, "units", name)
        let inputDim = try count(fields, "input_dim", name)
        let kernel = try matrix(fields, "kernel", name)
        let recurrentKernel = try matrix(fields, "recurrent_kernel", name)
        let bias: Matrix
        if kind.biasRows == 2 {
            bias = try matrix(fields, "bias", name)
        } else {
            let values = try vector(fields, "bias", name)
            bias = try Matrix(rows: 1, columns: values.count, storage: values)
        }
        do {
            return try RecurrentLayer(kind: kind, units: units, inputDim: inputDim, kernel: kernel, recurrentKernel: recurrentKernel, bias: bias)
        } catch let error as EngineError {
            throw EngineError.malformedModel("\(name): \(error.detail)")
        }
    }

    private func denseLayer(_ fields: [String: JSONValue], _ name: String) throws -> DenseLayer {
        var activation = Activation.linear
        if let value = fields["activation"] {
            guard case .string(let text) = value, let parsed = Activation(rawValue: text) else {
                throw EngineError.malformedModel("\(name) has activation \(value.kindDescription); expected \"linear\", \"sigmoid\" or \"softmax\"")
            }
            activation = parsed
        }
        let units = try count(fields, "units", name)
        let inputDim = try count(fields, "input_dim", name)
        do {
            return try DenseLayer(units: units, inputDim: inputDim, kernel: try matrix(fields, "kernel", name),
                                  bias: try vector(fields, "bias", name), activation: activation)
        } catch let error as EngineError {
            if case .malformedModel = error { throw error }
            throw EngineError.malformedModel("\(name): \(error.detail)")
        }
    }

    private func string(_ fields: [String: JSONValue], _ key: String, _ name: String) throws -> String {
        guard case .string(let value)? = fields[key] else {
            throw EngineError.malformedModel("\(name) needs a string \"\(key)\"")
        }
        return value
    }

    private func count(_ fields: [String: JSONValue], _ key: String, _ name: String) throws -> Int {
        guard case .number(let value)? = fields[key], value >= 1, value <= 1_000_000, value == value.rounded() else {
            throw EngineError.malformedModel("\(name) needs \"\(key)\" to be a whole number of at least 1")
        }
        return Int(value)
    }

    private func vector(_ fields: [String: JSONValue], _ key: String, _ name: String) throws -> [Double] {
        guard case .array(let items)? = fields[key] else {
            throw EngineError.malformedModel("\(name) needs \"\(key)\" to be an array of numbers")
        }
        return try items.enumerated().map { position, item in
            guard case .number(let value) = item else {
                throw EngineError.malformedModel("\(name) \"\(key)\" entry \(position + 1) is \(item.kindDescription), not a number")
            }
            return value
        }
    }

    private func matrix(_ fields: [String: JSONValue], _ key: String, _ name: String) throws -> Matrix {
        guard case .array(let rows)? = fields[key] else {
            throw EngineError.malformedModel("\(name) needs \"\(key)\" to be an array of rows")
        }
        let nested: [[Double]] = try rows.enumerated().map { r, row in
            guard case .array(let items) = row else {
                throw EngineError.malformedModel("\(name) \"\(key)\" row \(r + 1) is \(row.kindDescription), not an array of numbers")
            }
            return try items.enumerated().map { c, item in
                guard case .number(let value) = item else {
                    throw EngineError.malformedModel("\(name) \"\(key)\" row \(r + 1), entry \(c + 1) is \(item.kindDescription), not a number")
                }
                return value
            }
        }
        do {
            return try Matrix(nested)
        } catch let error as EngineError {
            throw EngineError.malformedModel("\(name) \"\(key)\": \(error.detail)")
        }
    }
}
