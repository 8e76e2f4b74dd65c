/// A dense matrix of doubles in row-major order.
///
/// Row-major because that is Keras's layout: a kernel is [input_dim][k·units], so row j holds
/// everything input j feeds into, and the forward pass is a sum of contiguous rows scaled by the
/// inputs (an axpy that vectorises) while the backward pass is a dot product with the same rows.
public struct Matrix: Sendable, Hashable {
    public let rows: Int
    public let columns: Int
    /// The entries, row after row: entry (r, c) is `storage[r * columns + c]`.
    public var storage: [Double]

    /// A matrix filled with one value.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "a matrix cannot have a negative size")
        self.rows = rows
        self.columns = columns
        self.storage = Array(repeating: value, count: rows * columns)
    }

    /// A matrix over existing row-major storage; throws if the count does not match.
    public init(rows: Int, columns: Int, storage: [Double]) throws {
        guard rows >= 0, columns >= 0, storage.count == rows * columns else {
            throw EngineError.shapeMismatch("\(storage.count) values cannot fill a \(rows)×\(columns) matrix")
        }
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// A matrix from nested rows (the JSON layout); throws if the rows are ragged.
    /// An empty array gives a 0×0 matrix.
    public init(_ nested: [[Double]]) throws {
        let columns = nested.first?.count ?? 0
        for (r, row) in nested.enumerated() where row.count != columns {
            throw EngineError.shapeMismatch("row \(r + 1) has \(row.count) values but row 1 has \(columns)")
        }
        self.rows = nested.count
        self.columns = columns
        self.storage = nested.flatMap { $0 }
    }

    /// Entry (row, column), counting from 0.
    public subscript(row: Int, column: Int) -> Double {
        get {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "matrix index out of range")
            return storage[row * columns + column]
        }
        set {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "matrix index out of range")
            storage[row * columns + column] = newValue
        }
    }

    /// Row `r` as an array.
    public func row(_ r: Int) -> [Double] {
        Array(storage[(r * columns)..<((r + 1) * columns)])
    }

    /// The rows as nested arrays (the JSON layout).
    public var nested: [[Double]] {
        (0..<rows).map(row)
    }

    /// Throws unless `storage` holds exactly rows × columns values (it is public and mutable, and
    /// the kernels trust the count). `name` says which weight, for the message.
    func checkStorage(_ name: String) throws {
        guard storage.count == rows * columns else {
            throw EngineError.shapeMismatch("\(name) is \(sizeDescription) but holds \(storage.count) values")
        }
    }

    /// "rows×columns", for messages.
    var sizeDescription: String { "\(rows)×\(columns)" }
}
