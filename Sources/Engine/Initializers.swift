import Foundation

/// Keras's default initialisers, drawing from the caller's generator.
///
/// Only the distributions can match Keras (its generator is not ours), which is what matters:
/// the scale of the initial weights decides how training starts.
enum Initializers {
    /// Glorot (Xavier) uniform: U(−ℓ, ℓ) with ℓ = √(6 / (fan_in + fan_out)), fan_in the rows and
    /// fan_out the columns of the 2-D kernel, so the variance of activations and of gradients
    /// stays roughly constant from layer to layer.
    static func glorotUniform(rows: Int, columns: Int, using rng: inout SeededGenerator) -> Matrix {
        var w = Matrix(rows: rows, columns: columns)
        let limit = (6.0 / Double(rows + columns)).squareRoot()
        for k in 0..<w.storage.count {
            w.storage[k] = rng.uniform(-limit, limit)
        }
        return w
    }

    /// Orthogonal, as Keras builds it: draw a normal matrix of shape (max(r, c), min(r, c)), take
    /// its QR factorisation, multiply each column of q by the sign of r's diagonal (which makes q
    /// unique, so the result is uniformly distributed over orthogonal matrices), and transpose
    /// when the matrix is wider than tall. An [units][k·units] recurrent kernel therefore has
    /// orthonormal rows: repeated multiplication by it neither explodes nor vanishes at the start.
    static func orthogonal(rows: Int, columns: Int, using rng: inout SeededGenerator) -> Matrix {
        let m = max(rows, columns)
        let n = min(rows, columns)
        var a = Matrix(rows: m, columns: n)
        for k in 0..<a.storage.count {
            a.storage[k] = rng.normal()
        }
        let (q, rDiagonal) = householderQR(a)
        var result = Matrix(rows: rows, columns: columns)
        for i in 0..<m {
            for j in 0..<n {
                // sign(0) would zero a column; a zero pivot has probability zero, take +1.
                let value = rDiagonal[j] < 0 ? -q[i, j] : q[i, j]
                if rows < columns {
                    result[j, i] = value
                } else {
                    result[i, j] = value
                }
            }
        }
        return result
    }

    /// Thin QR of an m×n matrix (m ≥ n) by Householder reflections: returns q (m×n, orthonormal
    /// columns) and the diagonal of r. Householder rather than Gram–Schmidt because it stays
    /// orthogonal to machine precision however badly conditioned the random draw is.
    static func householderQR(_ input: Matrix) -> (q: Matrix, rDiagonal: [Double]) {
        let m = input.rows
        let n = input.columns
        precondition(m >= n, "householderQR needs at least as many rows as columns")
        var a = input
        var reflectors: [[Double]] = []  // v_k over rows k..<m, unit length (empty if H_k = I)
        var rDiagonal = [Double](repeating: 0, count: n)
        for k in 0..<n {
            var v = (k..<m).map { a[$0, k] }
            let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm == 0 {
                reflectors.append([])
                continue
            }
            // alpha has the opposite sign of the pivot, so v[0] - alpha never cancels.
            let alpha = v[0] > 0 ? -norm : norm
            v[0] -= alpha
            let vNorm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            for i in v.indices { v[i] /= vNorm }
            // A ← (I − 2vvᵀ) A on rows k..<m, columns k..<n.
            for j in k..<n {
                var dot = 0.0
                for i in k..<m { dot += v[i - k] * a[i, j] }
                for i in k..<m { a[i, j] -= 2 * dot * v[i - k] }
            }
            rDiagonal[k] = a[k, k]
            reflectors.append(v)
        }
        // q = H_0 H_1 ⋯ H_{n−1} applied to the first n columns of the identity.
        var q = Matrix(rows: m, columns: n)
        for j in 0..<n { q[j, j] = 1 }
        for k in stride(from: n - 1, through: 0, by: -1) where !reflectors[k].isEmpty {
            let v = reflectors[k]
            for j in 0..<n {
                var dot = 0.0
                for i in k..<m { dot += v[i - k] * q[i, j] }
                for i in k..<m { q[i, j] -= 2 * dot * v[i - k] }
            }
        }
        return (q, rDiagonal)
    }
}
