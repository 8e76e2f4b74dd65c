/// The three matrix products that carry all of the engine's arithmetic, on raw row-major
/// pointers with leading dimensions (so a column block of a kernel, such as a GRU's candidate
/// block, is addressed in place without copying). They accumulate into C (C += …), which is
/// what both the pre-activation sums and the gradient sums need.
///
/// Each is written so the innermost loop runs over contiguous memory in C and in one operand,
/// which the compiler vectorises: in NN and TN that loop is an axpy over a row of Keras's
/// [in × k·units] kernel; in NT it is a dot product of two rows.
enum Kernels {
    /// C[m×n] += A[m×k] · B[k×n].
    @inline(__always)
    static func gemmNN(_ m: Int, _ n: Int, _ k: Int,
                       _ A: UnsafePointer<Double>, _ lda: Int,
                       _ B: UnsafePointer<Double>, _ ldb: Int,
                       _ C: UnsafeMutablePointer<Double>, _ ldc: Int) {
        for i in 0..<m {
            let Ci = C + i * ldc
            let Ai = A + i * lda
            for p in 0..<k {
                let a = Ai[p]
                let Bp = B + p * ldb
                for j in 0..<n { Ci[j] += a * Bp[j] }
            }
        }
    }

    /// C[m×n] += A[m×k] · B[n×k]ᵀ (rows of A dotted with rows of B).
    @inline(__always)
    static func gemmNT(_ m: Int, _ n: Int, _ k: Int,
                       _ A: UnsafePointer<Double>, _ lda: Int,
                       _ B: UnsafePointer<Double>, _ ldb: Int,
                       _ C: UnsafeMutablePointer<Double>, _ ldc: Int) {
        for i in 0..<m {
            let Ai = A + i * lda
            let Ci = C + i * ldc
            for j in 0..<n {
                let Bj = B + j * ldb
                var s = 0.0
                for p in 0..<k { s += Ai[p] * Bj[p] }
                Ci[j] += s
            }
        }
    }

    /// C[m×n] += A[k×m]ᵀ · B[k×n] (a sum over k of outer products: the weight gradients).
    @inline(__always)
    static func gemmTN(_ m: Int, _ n: Int, _ k: Int,
                       _ A: UnsafePointer<Double>, _ lda: Int,
                       _ B: UnsafePointer<Double>, _ ldb: Int,
                       _ C: UnsafeMutablePointer<Double>, _ ldc: Int) {
        for p in 0..<k {
            let Ap = A + p * lda
            let Bp = B + p * ldb
            for i in 0..<m {
                let a = Ap[i]
                let Ci = C + i * ldc
                for j in 0..<n { Ci[j] += a * Bp[j] }
            }
        }
    }

    /// out[n] += Σ over the m rows of A[m×n] (bias gradients).
    @inline(__always)
    static func addColumnSums(_ m: Int, _ n: Int, _ A: UnsafePointer<Double>, _ lda: Int, _ out: UnsafeMutablePointer<Double>) {
        for i in 0..<m {
            let Ai = A + i * lda
            for j in 0..<n { out[j] += Ai[j] }
        }
    }

    /// Copies `row` (n values) into each of the m rows of C (bias broadcast before a product).
    @inline(__always)
    static func broadcastRow(_ m: Int, _ n: Int, _ row: UnsafePointer<Double>, _ C: UnsafeMutablePointer<Double>, _ ldc: Int) {
        for i in 0..<m {
            (C + i * ldc).update(from: row, count: n)
        }
    }
}
