/// The three matrix products that carry all of the engine's arithmetic, on raw row-major
/// pointers with leading dimensions (so a column block of a kernel, such as a GRU's candidate
/// block, is addressed in place without copying). They accumulate into C (C += …), which is
/// what both the pre-activation sums and the gradient sums need.
///
/// Written for SSE2, the baseline every x86-64 build targets: register tiles of SIMD2 lanes, so
/// each value loaded from memory feeds several multiply-adds instead of one (the plain axpy loop
/// reloads and stores a row of C for every term and runs at a quarter of the speed). The
/// products are computed as separate multiplies and adds in a fixed order, so results depend
/// only on the inputs: same inputs, same bits, on every run.
enum Kernels {
    /// C[m×n] += A[m×k] · B[k×n].
    @inline(__always)
    static func gemmNN(_ m: Int, _ n: Int, _ k: Int,
                       _ A: UnsafePointer<Double>, _ lda: Int,
                       _ B: UnsafePointer<Double>, _ ldb: Int,
                       _ C: UnsafeMutablePointer<Double>, _ ldc: Int) {
        gemm(m, n, k, A, lda, 1, B, ldb, C, ldc)
    }

    /// C[m×n] += A[k×m]ᵀ · B[k×n] (a sum over k of outer products: the weight gradients).
    @inline(__always)
    static func gemmTN(_ m: Int, _ n: Int, _ k: Int,
                       _ A: UnsafePointer<Double>, _ lda: Int,
                       _ B: UnsafePointer<Double>, _ ldb: Int,
                       _ C: UnsafeMutablePointer<Double>, _ ldc: Int) {
        gemm(m, n, k, A, 1, lda, B, ldb, C, ldc)
    }

    /// C[m×n] += A·B[k×n] with A's entry (i, p) at A[i·rowStride + p·columnStride], which serves
    /// both A and Aᵀ. Blocked over k (so a panel of B stays in cache while it is reused) and over
    /// rows (so a block of A does); within a block, 4×4 tiles of C live in registers for the
    /// whole k loop. Each entry of C still receives its terms in increasing p.
    @inline(__always)
    private static func gemm(_ m: Int, _ n: Int, _ k: Int,
                             _ A: UnsafePointer<Double>, _ rowStride: Int, _ columnStride: Int,
                             _ B: UnsafePointer<Double>, _ ldb: Int,
                             _ C: UnsafeMutablePointer<Double>, _ ldc: Int) {
        let kBlock = 256, rowBlock = 64
        var p0 = 0
        while p0 < k {
            let kc = min(kBlock, k - p0)
            var i0 = 0
            while i0 < m {
                let rows = min(rowBlock, m - i0)
                var j = 0
                while j + 4 <= n {
                    var i = i0
                    while i + 4 <= i0 + rows {
                        tile4x4(A + i * rowStride + p0 * columnStride, rowStride, columnStride,
                                B + p0 * ldb + j, ldb, C + i * ldc + j, ldc, kc)
                        i += 4
                    }
                    while i < i0 + rows {
                        tile1x4(A + i * rowStride + p0 * columnStride, columnStride, B + p0 * ldb + j, ldb, C + i * ldc + j, kc)
                        i += 1
                    }
                    j += 4
                }
                if j < n {
                    for i in i0..<(i0 + rows) {
                        let Ci = C + i * ldc
                        for p in p0..<(p0 + kc) {
                            let a = A[i * rowStride + p * columnStride]
                            let Bp = B + p * ldb
                            for jj in j..<n { Ci[jj] += a * Bp[jj] }
                        }
                    }
                }
                i0 += rows
            }
            p0 += kc
        }
    }

    /// C[0..<4][0..<4] += Σ_p a(·,p)·B[p][0..<4] with the 16 sums in eight SIMD2 registers.
    @inline(__always)
    private static func tile4x4(_ A: UnsafePointer<Double>, _ rowStride: Int, _ columnStride: Int,
                                _ B: UnsafePointer<Double>, _ ldb: Int,
                                _ C: UnsafeMutablePointer<Double>, _ ldc: Int, _ k: Int) {
        let C1 = C + ldc, C2 = C + 2 * ldc, C3 = C + 3 * ldc
        var c00 = load(C), c01 = load(C + 2), c10 = load(C1), c11 = load(C1 + 2)
        var c20 = load(C2), c21 = load(C2 + 2), c30 = load(C3), c31 = load(C3 + 2)
        var a = A, b = B
        for _ in 0..<k {
            let b0 = load(b), b1 = load(b + 2)
            let a0 = SIMD2(repeating: a[0]), a1 = SIMD2(repeating: a[rowStride])
            let a2 = SIMD2(repeating: a[2 * rowStride]), a3 = SIMD2(repeating: a[3 * rowStride])
            c00 += a0 * b0; c01 += a0 * b1
            c10 += a1 * b0; c11 += a1 * b1
            c20 += a2 * b0; c21 += a2 * b1
            c30 += a3 * b0; c31 += a3 * b1
            a += columnStride
            b += ldb
        }
        store(c00, C); store(c01, C + 2); store(c10, C1); store(c11, C1 + 2)
        store(c20, C2); store(c21, C2 + 2); store(c30, C3); store(c31, C3 + 2)
    }

    /// One row of C, four columns: the tile for rows left over by `tile4x4` (and for batch 1).
    @inline(__always)
    private static func tile1x4(_ A: UnsafePointer<Double>, _ columnStride: Int, _ B: UnsafePointer<Double>, _ ldb: Int,
                                _ C: UnsafeMutablePointer<Double>, _ k: Int) {
        var c0 = load(C), c1 = load(C + 2)
        var a = A, b = B
        for _ in 0..<k {
            let ap = SIMD2(repeating: a[0])
            c0 += ap * load(b)
            c1 += ap * load(b + 2)
            a += columnStride
            b += ldb
        }
        store(c0, C)
        store(c1, C + 2)
    }

    /// C[m×n] += A[m×k] · B[n×k]ᵀ: dot products of rows of A with rows of B, four at a time
    /// (2 rows × 2 rows), each accumulated in two lanes (even and odd p) and summed at the end.
    @inline(__always)
    static func gemmNT(_ m: Int, _ n: Int, _ k: Int,
                       _ A: UnsafePointer<Double>, _ lda: Int,
                       _ B: UnsafePointer<Double>, _ ldb: Int,
                       _ C: UnsafeMutablePointer<Double>, _ ldc: Int) {
        var i = 0
        while i + 2 <= m {
            let A0 = A + i * lda, A1 = A0 + lda
            var j = 0
            while j + 2 <= n {
                let B0 = B + j * ldb, B1 = B0 + ldb
                var s00 = SIMD2<Double>(), s01 = SIMD2<Double>(), s10 = SIMD2<Double>(), s11 = SIMD2<Double>()
                var p = 0
                while p + 2 <= k {
                    let a0 = load(A0 + p), a1 = load(A1 + p), b0 = load(B0 + p), b1 = load(B1 + p)
                    s00 += a0 * b0; s01 += a0 * b1
                    s10 += a1 * b0; s11 += a1 * b1
                    p += 2
                }
                var d00 = s00.sum(), d01 = s01.sum(), d10 = s10.sum(), d11 = s11.sum()
                if p < k {
                    d00 += A0[p] * B0[p]; d01 += A0[p] * B1[p]
                    d10 += A1[p] * B0[p]; d11 += A1[p] * B1[p]
                }
                C[i * ldc + j] += d00; C[i * ldc + j + 1] += d01
                C[(i + 1) * ldc + j] += d10; C[(i + 1) * ldc + j + 1] += d11
                j += 2
            }
            if j < n {
                C[i * ldc + j] += dot(A0, B + j * ldb, k)
                C[(i + 1) * ldc + j] += dot(A1, B + j * ldb, k)
            }
            i += 2
        }
        if i < m {
            for j in 0..<n { C[i * ldc + j] += dot(A + i * lda, B + j * ldb, k) }
        }
    }

    /// Σ x[p]·y[p] over k terms, in two lanes.
    @inline(__always)
    private static func dot(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ k: Int) -> Double {
        var s = SIMD2<Double>()
        var p = 0
        while p + 2 <= k {
            s += load(x + p) * load(y + p)
            p += 2
        }
        var d = s.sum()
        if p < k { d += x[p] * y[p] }
        return d
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

    @inline(__always)
    private static func load(_ p: UnsafePointer<Double>) -> SIMD2<Double> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD2<Double>.self)
    }

    @inline(__always)
    private static func load(_ p: UnsafeMutablePointer<Double>) -> SIMD2<Double> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD2<Double>.self)
    }

    @inline(__always)
    private static func store(_ v: SIMD2<Double>, _ p: UnsafeMutablePointer<Double>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD2<Double>.self)
    }
}
