/// Where each weight tensor lives in one flat parameter vector θ, plus the sizes the kernels need.
///
/// Why flat: the optimiser then updates every parameter in one contiguous loop, the gradient
/// buffer has the same layout, and the Swift structs (`RecurrentLayer`, `DenseLayer`) are only
/// packed into θ before training and unpacked after, never touched in the hot loop.
struct LayerShape {
    let kind: CellKind
    let units: Int
    let inputDim: Int
    /// K = k·units, the width of W, U and b.
    let width: Int
    /// Offsets into θ of W [inputDim × K], U [units × K] and b (K, or 2·K for a reset-after GRU:
    /// the input bias row, then the recurrent bias row).
    let W: Int
    let U: Int
    let b: Int
    let biasCount: Int

    var parameterCount: Int { inputDim * width + units * width + biasCount }
}

struct DenseShape {
    let units: Int
    let inputDim: Int
    let activation: Activation
    /// Offsets into θ of K [inputDim × units] and b [units].
    let K: Int
    let b: Int
}

struct NetworkShape {
    let layers: [LayerShape]
    /// The output layer; nil when a bare recurrent layer is run (`RecurrentLayer.run`).
    let dense: DenseShape?
    let parameterCount: Int

    init(layers: [RecurrentLayer], dense: DenseLayer?) {
        var offset = 0
        var shapes: [LayerShape] = []
        for layer in layers {
            let width = layer.width
            let shape = LayerShape(
                kind: layer.kind, units: layer.units, inputDim: layer.inputDim, width: width,
                W: offset, U: offset + layer.inputDim * width, b: offset + (layer.inputDim + layer.units) * width,
                biasCount: layer.kind.biasRows * width)
            offset += shape.parameterCount
            shapes.append(shape)
        }
        self.layers = shapes
        if let dense {
            self.dense = DenseShape(units: dense.units, inputDim: dense.inputDim, activation: dense.activation,
                                    K: offset, b: offset + dense.inputDim * dense.units)
            offset += (dense.inputDim + 1) * dense.units
        } else {
            self.dense = nil
        }
        self.parameterCount = offset
    }

    var inputDim: Int { layers[0].inputDim }
    var outputDim: Int { dense?.units ?? layers[layers.count - 1].units }
    var lastUnits: Int { layers[layers.count - 1].units }

    /// θ from the layers' weights, in the order above.
    func pack(_ layers: [RecurrentLayer], _ dense: DenseLayer?) -> [Double] {
        var θ: [Double] = []
        θ.reserveCapacity(parameterCount)
        for layer in layers {
            θ += layer.kernel.storage
            θ += layer.recurrentKernel.storage
            θ += layer.bias.storage
        }
        if let dense {
            θ += dense.kernel.storage
            θ += dense.bias
        }
        return θ
    }

    /// Writes θ back into the layers' weights.
    func unpack(_ θ: [Double], into layers: inout [RecurrentLayer], _ dense: inout DenseLayer?) {
        for (l, shape) in self.layers.enumerated() {
            layers[l].kernel.storage = Array(θ[shape.W..<shape.U])
            layers[l].recurrentKernel.storage = Array(θ[shape.U..<shape.b])
            layers[l].bias.storage = Array(θ[shape.b..<(shape.b + shape.biasCount)])
        }
        if let shape = self.dense {
            dense?.kernel.storage = Array(θ[shape.K..<shape.b])
            dense?.bias = Array(θ[shape.b..<(shape.b + shape.units)])
        }
    }
}
