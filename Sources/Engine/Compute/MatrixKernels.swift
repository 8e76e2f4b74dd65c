/// The three matrix products that carry all of the engine's arithmetic, on raw row-major
/// pointers with leading dimensions (so a column block of a kernel, such as a GRU's candidate
/// block, is addressed in place without copying). They accumulate into C (C += …), which is
/// what both the pre-activation sums and the gradient sums need.
///
/// Every product is a fixed sequence of fused multiply-adds, whatever the tile a value falls in:
/// in C += A·B each entry receives c ← fma(a_ip, b_pj, c) for p = 0, 1, … in order; in C += A·Bᵀ
/// each entry's dot product keeps four partial sums (p mod 4), adds them as (s0 + s1) + (s2 + s3),
/// then fuses in the last k mod 4 terms. The tiles (4×12 of SIMD4 lanes for A·B, 4×3 dot products
/// for A·Bᵀ, smaller ones at the edges, cache blocks over k and rows) only decide which entries
/// are computed together, never the order of one entry's terms, so the bits are the same on AVX2,
/// SSE2 (where each fused multiply-add is a correctly rounded library call) and NEON, and for any
/// split of C's rows or columns over threads (`Parallelism`); `MatrixKernelTests` checks every
/// path against the plain scalar loops.
enum Kernels {
    /// C[m×n] += A[m×k] · B[k×n].
    @inline(__always)
    static func gemmNN(_ m: Int, _ n: Int, _ k: Int,
                       _ A: UnsafePointer<Double>, _ lda: Int,
                       _ B: UnsafePointer<Double>, _ ldb: Int,
                       _ C: UnsafeMutablePointer<Double>, _ ldc: Int, _ parallelism: Parallelism = .serial) {
        parallelism.splitEntries(m, n, work: m * n * k) { i0, rows, j0, columns in
            let Cblock = C + i0 * ldc + j0
            gemm(rows, columns, k, A + i0 * lda, lda, 1, B + j0, ldb, from: Cblock, ldc, into: Cblock, ldc)
        }
    }

    /// C[m×n] = row + A[m×k] · B[k×n] for k ≥ 1: each entry starts from the row's value (a bias)
    /// and receives its terms as in `gemmNN`, so the bits are those of copying the row into every
    /// row of C and then calling `gemmNN`, without the copy or the reloads of C.
    @inline(__always)
    static func gemmNN(_ m: Int, _ n: Int, _ k: Int,
                       _ A: UnsafePointer<Double>, _ lda: Int,
                       _ B: UnsafePointer<Double>, _ ldb: Int,
                       startingFrom row: UnsafePointer<Double>,
                       _ C: UnsafeMutablePointer<Double>, _ ldc: Int, _ parallelism: Parallelism = .serial) {
        precondition(k >= 1, "a product over no terms would leave C unwritten")
        parallelism.splitEntries(m, n, work: m * n * k) { i0, rows, j0, columns in
            gemm(rows, columns, k, A + i0 * lda, lda, 1, B + j0, ldb, from: row + j0, 0, into: C + i0 * ldc + j0, ldc)
        }
    }

    /// C[m×n] += A[k×m]ᵀ · B[k×n] (a sum over k of outer products: the weight gradients).
    @inline(__always)
    static func gemmTN(_ m: Int, _ n: Int, _ k: Int,
                       _ A: UnsafePointer<Double>, _ lda: Int,
                       _ B: UnsafePointer<Double>, _ ldb: Int,
                       _ C: UnsafeMutablePointer<Double>, _ ldc: Int, _ parallelism: Parallelism = .serial) {
        parallelism.splitEntries(m, n, work: m * n * k) { i0, rows, j0, columns in
            let Cblock = C + i0 * ldc + j0
            gemm(rows, columns, k, A + i0, 1, lda, B + j0, ldb, from: Cblock, ldc, into: Cblock, ldc)
        }
    }

    /// C[m×n] = S + A·B[k×n] with A's entry (i, p) at A[i·rowStride + p·columnStride], which serves
    /// both A and Aᵀ, and S read with leading dimension lds: C itself (C += A·B), or a row repeated
    /// (lds = 0). Only the first block of k reads S; later ones continue from C. Blocked over k (so a panel of B stays in cache while it is reused) and over
    /// rows (so a block of A does); within a block, 4×12 tiles of C (2×12, 4×8, 2×8, 4×4, 1×12 and
    /// 1×4 at the edges) live in registers for the whole k loop. Each entry of C still receives its
    /// terms in increasing p.
    @inline(__always)
    private static func gemm(_ m: Int, _ n: Int, _ k: Int,
                             _ A: UnsafePointer<Double>, _ rowStride: Int, _ columnStride: Int,
                             _ B: UnsafePointer<Double>, _ ldb: Int,
                             from S: UnsafePointer<Double>, _ lds: Int,
                             into C: UnsafeMutablePointer<Double>, _ ldc: Int) {
        let kBlock = 256, rowBlock = 64
        // A panel of B (kc rows × 12 columns) is read once per tile of four rows of C. Rows of a
        // 512-wide B lie 4 KB apart and share a handful of L1 sets, so with enough row tiles to
        // pay for it the panel is first copied to contiguous memory, where it stays in L1.
        let packing = m >= 16 && n >= 8
        withUnsafeTemporaryAllocation(of: Double.self, capacity: packing ? min(kBlock, k) * 12 : 0) { panel in
            var p0 = 0
            while p0 < k {
                let kc = min(kBlock, k - p0)
                var i0 = 0
                while i0 < m {
                    let rows = min(rowBlock, m - i0)
                    let pack = packing && rows >= 16
                    let Ablock = A + i0 * rowStride + p0 * columnStride, Bblock = B + p0 * ldb, Cblock = C + i0 * ldc
                    let (Sblock, ldsBlock) = p0 == 0 ? (S + i0 * lds, lds) : (UnsafePointer(Cblock), ldc)
                    var j = 0
                    while j + 12 <= n {
                        var Bp = Bblock + j, ldp = ldb
                        if pack, let base = panel.baseAddress {
                            for p in 0..<kc {
                                let from = Bp + p * ldb, to = base + 12 * p
                                Lanes(load: from).store(to: to)
                                Lanes(load: from + 4).store(to: to + 4)
                                Lanes(load: from + 8).store(to: to + 8)
                            }
                            (Bp, ldp) = (UnsafePointer(base), 12)
                        }
                        var i = 0
                        while i + 4 <= rows {
                            tile4x12(Ablock + i * rowStride, rowStride, columnStride, Bp, ldp, Sblock + i * ldsBlock + j, ldsBlock, Cblock + i * ldc + j, ldc, kc)
                            i += 4
                        }
                        while i + 2 <= rows {
                            tile2x12(Ablock + i * rowStride, rowStride, columnStride, Bp, ldp, Sblock + i * ldsBlock + j, ldsBlock, Cblock + i * ldc + j, ldc, kc)
                            i += 2
                        }
                        if i < rows { tile1x12(Ablock + i * rowStride, columnStride, Bp, ldp, Sblock + i * ldsBlock + j, Cblock + i * ldc + j, kc) }
                        j += 12
                    }
                    if j + 8 <= n {
                        var i = 0
                        while i + 4 <= rows {
                            tile4x8(Ablock + i * rowStride, rowStride, columnStride, Bblock + j, ldb, Sblock + i * ldsBlock + j, ldsBlock, Cblock + i * ldc + j, ldc, kc)
                            i += 4
                        }
                        while i + 2 <= rows {
                            tile2x8(Ablock + i * rowStride, rowStride, columnStride, Bblock + j, ldb, Sblock + i * ldsBlock + j, ldsBlock, Cblock + i * ldc + j, ldc, kc)
                            i += 2
                        }
                        if i < rows {
                            tile1x4(Ablock + i * rowStride, columnStride, Bblock + j, ldb, Sblock + i * ldsBlock + j, Cblock + i * ldc + j, kc)
                            tile1x4(Ablock + i * rowStride, columnStride, Bblock + j + 4, ldb, Sblock + i * ldsBlock + j + 4, Cblock + i * ldc + j + 4, kc)
                        }
                        j += 8
                    }
                    if j + 4 <= n {
                        var i = 0
                        while i + 4 <= rows {
                            tile4x4(Ablock + i * rowStride, rowStride, columnStride, Bblock + j, ldb, Sblock + i * ldsBlock + j, ldsBlock, Cblock + i * ldc + j, ldc, kc)
                            i += 4
                        }
                        while i < rows {
                            tile1x4(Ablock + i * rowStride, columnStride, Bblock + j, ldb, Sblock + i * ldsBlock + j, Cblock + i * ldc + j, kc)
                            i += 1
                        }
                        j += 4
                    }
                    if j < n {
                        for i in 0..<rows {
                            let Si = Sblock + i * ldsBlock, Ci = Cblock + i * ldc
                            for jj in j..<n { Ci[jj] = Si[jj] }
                            for p in 0..<kc {
                                let a = Ablock[i * rowStride + p * columnStride]
                                let Bp = Bblock + p * ldb
                                for jj in j..<n { Ci[jj] = Ci[jj].addingProduct(a, Bp[jj]) }
                            }
                        }
                    }
                    i0 += rows
                }
                p0 += kc
            }
        }
    }

    /// C[0..<4][0..<12] = S + Σ_p a(·,p)·B[p][0..<12] (S is C itself, or a repeated row, as in
    /// `gemm`) with the 48 sums in twelve SIMD4 registers: with the three of B and one of A, all
    /// sixteen of AVX2's, and twelve independent chains of fused multiply-adds, more than the two
    /// FMA units' latency needs.
    @inline(__always)
    private static func tile4x12(_ A: UnsafePointer<Double>, _ rowStride: Int, _ columnStride: Int,
                                 _ B: UnsafePointer<Double>, _ ldb: Int, _ S: UnsafePointer<Double>, _ lds: Int,
                                 _ C: UnsafeMutablePointer<Double>, _ ldc: Int, _ k: Int) {
        let S1 = S + lds, S2 = S + 2 * lds, S3 = S + 3 * lds
        var c00 = Lanes(load: S), c01 = Lanes(load: S + 4), c02 = Lanes(load: S + 8)
        var c10 = Lanes(load: S1), c11 = Lanes(load: S1 + 4), c12 = Lanes(load: S1 + 8)
        var c20 = Lanes(load: S2), c21 = Lanes(load: S2 + 4), c22 = Lanes(load: S2 + 8)
        var c30 = Lanes(load: S3), c31 = Lanes(load: S3 + 4), c32 = Lanes(load: S3 + 8)
        var a = A, b = B
        for _ in 0..<k {
            let b0 = Lanes(load: b), b1 = Lanes(load: b + 4), b2 = Lanes(load: b + 8)
            let a0 = Lanes(repeating: a[0])
            c00 = c00.addingProduct(a0, b0); c01 = c01.addingProduct(a0, b1); c02 = c02.addingProduct(a0, b2)
            let a1 = Lanes(repeating: a[rowStride])
            c10 = c10.addingProduct(a1, b0); c11 = c11.addingProduct(a1, b1); c12 = c12.addingProduct(a1, b2)
            let a2 = Lanes(repeating: a[2 * rowStride])
            c20 = c20.addingProduct(a2, b0); c21 = c21.addingProduct(a2, b1); c22 = c22.addingProduct(a2, b2)
            let a3 = Lanes(repeating: a[3 * rowStride])
            c30 = c30.addingProduct(a3, b0); c31 = c31.addingProduct(a3, b1); c32 = c32.addingProduct(a3, b2)
            a += columnStride
            b += ldb
        }
        let C1 = C + ldc, C2 = C + 2 * ldc, C3 = C + 3 * ldc
        c00.store(to: C); c01.store(to: C + 4); c02.store(to: C + 8)
        c10.store(to: C1); c11.store(to: C1 + 4); c12.store(to: C1 + 8)
        c20.store(to: C2); c21.store(to: C2 + 4); c22.store(to: C2 + 8)
        c30.store(to: C3); c31.store(to: C3 + 4); c32.store(to: C3 + 8)
    }

    /// C[0..<4][0..<8] = S + Σ_p a(·,p)·B[p][0..<8] with the 32 sums in eight SIMD4 registers.
    @inline(__always)
    private static func tile4x8(_ A: UnsafePointer<Double>, _ rowStride: Int, _ columnStride: Int,
                                _ B: UnsafePointer<Double>, _ ldb: Int, _ S: UnsafePointer<Double>, _ lds: Int,
                                _ C: UnsafeMutablePointer<Double>, _ ldc: Int, _ k: Int) {
        let S1 = S + lds, S2 = S + 2 * lds, S3 = S + 3 * lds
        var c00 = Lanes(load: S), c01 = Lanes(load: S + 4), c10 = Lanes(load: S1), c11 = Lanes(load: S1 + 4)
        var c20 = Lanes(load: S2), c21 = Lanes(load: S2 + 4), c30 = Lanes(load: S3), c31 = Lanes(load: S3 + 4)
        var a = A, b = B
        for _ in 0..<k {
            let b0 = Lanes(load: b), b1 = Lanes(load: b + 4)
            let a0 = Lanes(repeating: a[0]), a1 = Lanes(repeating: a[rowStride])
            let a2 = Lanes(repeating: a[2 * rowStride]), a3 = Lanes(repeating: a[3 * rowStride])
            c00 = c00.addingProduct(a0, b0); c01 = c01.addingProduct(a0, b1)
            c10 = c10.addingProduct(a1, b0); c11 = c11.addingProduct(a1, b1)
            c20 = c20.addingProduct(a2, b0); c21 = c21.addingProduct(a2, b1)
            c30 = c30.addingProduct(a3, b0); c31 = c31.addingProduct(a3, b1)
            a += columnStride
            b += ldb
        }
        let C1 = C + ldc, C2 = C + 2 * ldc, C3 = C + 3 * ldc
        c00.store(to: C); c01.store(to: C + 4); c10.store(to: C1); c11.store(to: C1 + 4)
        c20.store(to: C2); c21.store(to: C2 + 4); c30.store(to: C3); c31.store(to: C3 + 4)
    }

    /// C[0..<2][0..<12] = S + Σ_p a(·,p)·B[p][0..<12]: the pairs of rows left over by `tile4x12`,
    /// and the weight gradient xᵀ·dz of a layer with one to three inputs, whose whole k loop runs
    /// over every step of the batch. Six chains of fused multiply-adds keep both FMA units busy through
    /// their latency, where one row's three chains leave them waiting.
    @inline(__always)
    private static func tile2x12(_ A: UnsafePointer<Double>, _ rowStride: Int, _ columnStride: Int,
                                 _ B: UnsafePointer<Double>, _ ldb: Int, _ S: UnsafePointer<Double>, _ lds: Int,
                                 _ C: UnsafeMutablePointer<Double>, _ ldc: Int, _ k: Int) {
        var c00 = Lanes(load: S), c01 = Lanes(load: S + 4), c02 = Lanes(load: S + 8)
        var c10 = Lanes(load: S + lds), c11 = Lanes(load: S + lds + 4), c12 = Lanes(load: S + lds + 8)
        var a = A, b = B
        for _ in 0..<k {
            let b0 = Lanes(load: b), b1 = Lanes(load: b + 4), b2 = Lanes(load: b + 8)
            let a0 = Lanes(repeating: a[0]), a1 = Lanes(repeating: a[rowStride])
            c00 = c00.addingProduct(a0, b0); c01 = c01.addingProduct(a0, b1); c02 = c02.addingProduct(a0, b2)
            c10 = c10.addingProduct(a1, b0); c11 = c11.addingProduct(a1, b1); c12 = c12.addingProduct(a1, b2)
            a += columnStride
            b += ldb
        }
        let C1 = C + ldc
        c00.store(to: C); c01.store(to: C + 4); c02.store(to: C + 8)
        c10.store(to: C1); c11.store(to: C1 + 4); c12.store(to: C1 + 8)
    }

    /// C[0..<2][0..<8] = S + Σ_p a(·,p)·B[p][0..<8]: `tile2x12`'s eight-column edge.
    @inline(__always)
    private static func tile2x8(_ A: UnsafePointer<Double>, _ rowStride: Int, _ columnStride: Int,
                                _ B: UnsafePointer<Double>, _ ldb: Int, _ S: UnsafePointer<Double>, _ lds: Int,
                                _ C: UnsafeMutablePointer<Double>, _ ldc: Int, _ k: Int) {
        var c00 = Lanes(load: S), c01 = Lanes(load: S + 4), c10 = Lanes(load: S + lds), c11 = Lanes(load: S + lds + 4)
        var a = A, b = B
        for _ in 0..<k {
            let b0 = Lanes(load: b), b1 = Lanes(load: b + 4)
            let a0 = Lanes(repeating: a[0]), a1 = Lanes(repeating: a[rowStride])
            c00 = c00.addingProduct(a0, b0); c01 = c01.addingProduct(a0, b1)
            c10 = c10.addingProduct(a1, b0); c11 = c11.addingProduct(a1, b1)
            a += columnStride
            b += ldb
        }
        let C1 = C + ldc
        c00.store(to: C); c01.store(to: C + 4); c10.store(to: C1); c11.store(to: C1 + 4)
    }

    /// One row of C, twelve columns: the last odd row left over by `tile4x12` (and batch 1), as
    /// three chains of fused multiply-adds rather than one at a time.
    @inline(__always)
    private static func tile1x12(_ A: UnsafePointer<Double>, _ columnStride: Int, _ B: UnsafePointer<Double>, _ ldb: Int,
                                 _ S: UnsafePointer<Double>, _ C: UnsafeMutablePointer<Double>, _ k: Int) {
        var c0 = Lanes(load: S), c1 = Lanes(load: S + 4), c2 = Lanes(load: S + 8)
        var a = A, b = B
        for _ in 0..<k {
            let ap = Lanes(repeating: a[0])
            c0 = c0.addingProduct(ap, Lanes(load: b)); c1 = c1.addingProduct(ap, Lanes(load: b + 4)); c2 = c2.addingProduct(ap, Lanes(load: b + 8))
            a += columnStride
            b += ldb
        }
        c0.store(to: C); c1.store(to: C + 4); c2.store(to: C + 8)
    }

    /// C[0..<4][0..<4] = S + Σ_p a(·,p)·B[p][0..<4]: the four columns left over by the wider tiles
    /// (a GRU's 2u = 16 columns of z and r are 12 + 4), as four chains rather than one at a time.
    @inline(__always)
    private static func tile4x4(_ A: UnsafePointer<Double>, _ rowStride: Int, _ columnStride: Int,
                                _ B: UnsafePointer<Double>, _ ldb: Int, _ S: UnsafePointer<Double>, _ lds: Int,
                                _ C: UnsafeMutablePointer<Double>, _ ldc: Int, _ k: Int) {
        var c0 = Lanes(load: S), c1 = Lanes(load: S + lds), c2 = Lanes(load: S + 2 * lds), c3 = Lanes(load: S + 3 * lds)
        var a = A, b = B
        for _ in 0..<k {
            let bp = Lanes(load: b)
            c0 = c0.addingProduct(Lanes(repeating: a[0]), bp); c1 = c1.addingProduct(Lanes(repeating: a[rowStride]), bp)
            c2 = c2.addingProduct(Lanes(repeating: a[2 * rowStride]), bp); c3 = c3.addingProduct(Lanes(repeating: a[3 * rowStride]), bp)
            a += columnStride
            b += ldb
        }
        c0.store(to: C); c1.store(to: C + ldc); c2.store(to: C + 2 * ldc); c3.store(to: C + 3 * ldc)
    }

    /// One row of C, four columns: for rows and columns left over by the other tiles (and for batch 1).
    @inline(__always)
    private static func tile1x4(_ A: UnsafePointer<Double>, _ columnStride: Int, _ B: UnsafePointer<Double>, _ ldb: Int,
                                _ S: UnsafePointer<Double>, _ C: UnsafeMutablePointer<Double>, _ k: Int) {
        var c = Lanes(load: S)
        var a = A, b = B
        for _ in 0..<k {
            c = c.addingProduct(Lanes(repeating: a[0]), Lanes(load: b))
            a += columnStride
            b += ldb
        }
        c.store(to: C)
    }

    /// C[m×n] += A[m×k] · B[n×k]ᵀ: dot products of rows of A with rows of B, eight at a time
    /// (2 rows × 4 rows; 2 × 2 and single ones at the edges), each as `dot` defines it.
    @inline(__always)
    static func gemmNT(_ m: Int, _ n: Int, _ k: Int,
                       _ A: UnsafePointer<Double>, _ lda: Int,
                       _ B: UnsafePointer<Double>, _ ldb: Int,
                       _ C: UnsafeMutablePointer<Double>, _ ldc: Int, _ parallelism: Parallelism = .serial) {
        parallelism.splitEntries(m, n, work: m * n * k) { i0, rows, j0, columns in
            dotProducts(rows, columns, k, A + i0 * lda, lda, B + j0 * ldb, ldb, C + i0 * ldc + j0, ldc)
        }
    }

    /// gemmNT on one block of C: 4 × 3 tiles of dot products (twelve independent chains of
    /// fused multiply-adds, and each row of B loaded once for four rows of A), then the rows and
    /// columns left over in 4 × 2, 2 × 4 and 2 × 2 tiles and single dot products.
    @inline(__always)
    private static func dotProducts(_ m: Int, _ n: Int, _ k: Int,
                                    _ A: UnsafePointer<Double>, _ lda: Int,
                                    _ B: UnsafePointer<Double>, _ ldb: Int,
                                    _ C: UnsafeMutablePointer<Double>, _ ldc: Int) {
        var i = 0
        while i + 4 <= m {
            let A0 = A + i * lda, Ci = C + i * ldc
            var j = 0
            while j + 3 <= n {
                dots4x3(A0, lda, B + j * ldb, ldb, Ci + j, ldc, k)
                j += 3
            }
            if n - j == 2 {
                dots4x2(A0, lda, B + j * ldb, ldb, Ci + j, ldc, k)
            } else if j < n {
                dotRows(2, n - j, k, A0, lda, B + j * ldb, ldb, Ci + j, ldc)
                dotRows(2, n - j, k, A0 + 2 * lda, lda, B + j * ldb, ldb, Ci + 2 * ldc + j, ldc)
            }
            i += 4
        }
        dotRows(m - i, n, k, A + i * lda, lda, B, ldb, C + i * ldc, ldc)
    }

    /// C[0..<4][0..<3] += the twelve dot products of rows of A with rows of B.
    @inline(__always)
    private static func dots4x3(_ A0: UnsafePointer<Double>, _ lda: Int, _ B0: UnsafePointer<Double>, _ ldb: Int,
                                _ C: UnsafeMutablePointer<Double>, _ ldc: Int, _ k: Int) {
        let A1 = A0 + lda, A2 = A1 + lda, A3 = A2 + lda, B1 = B0 + ldb, B2 = B1 + ldb
        var s00 = Lanes(), s01 = Lanes(), s02 = Lanes(), s10 = Lanes(), s11 = Lanes(), s12 = Lanes()
        var s20 = Lanes(), s21 = Lanes(), s22 = Lanes(), s30 = Lanes(), s31 = Lanes(), s32 = Lanes()
        var p = 0
        while p + 4 <= k {
            let b0 = Lanes(load: B0 + p), b1 = Lanes(load: B1 + p), b2 = Lanes(load: B2 + p)
            let a0 = Lanes(load: A0 + p)
            s00 = s00.addingProduct(a0, b0); s01 = s01.addingProduct(a0, b1); s02 = s02.addingProduct(a0, b2)
            let a1 = Lanes(load: A1 + p)
            s10 = s10.addingProduct(a1, b0); s11 = s11.addingProduct(a1, b1); s12 = s12.addingProduct(a1, b2)
            let a2 = Lanes(load: A2 + p)
            s20 = s20.addingProduct(a2, b0); s21 = s21.addingProduct(a2, b1); s22 = s22.addingProduct(a2, b2)
            let a3 = Lanes(load: A3 + p)
            s30 = s30.addingProduct(a3, b0); s31 = s31.addingProduct(a3, b1); s32 = s32.addingProduct(a3, b2)
            p += 4
        }
        let C1 = C + ldc, C2 = C1 + ldc, C3 = C2 + ldc
        C[0] += finish(s00, A0, B0, p, k); C[1] += finish(s01, A0, B1, p, k); C[2] += finish(s02, A0, B2, p, k)
        C1[0] += finish(s10, A1, B0, p, k); C1[1] += finish(s11, A1, B1, p, k); C1[2] += finish(s12, A1, B2, p, k)
        C2[0] += finish(s20, A2, B0, p, k); C2[1] += finish(s21, A2, B1, p, k); C2[2] += finish(s22, A2, B2, p, k)
        C3[0] += finish(s30, A3, B0, p, k); C3[1] += finish(s31, A3, B1, p, k); C3[2] += finish(s32, A3, B2, p, k)
    }

    /// C[0..<4][0..<2] += the eight dot products of four rows of A with two rows of B: the two
    /// columns `dots4x3` leaves of eight (a step's dh = dz·Uᵀ at eight units), as eight chains
    /// rather than two 2 × 2 tiles of four, which wait on the fused multiply-adds' latency.
    @inline(__always)
    private static func dots4x2(_ A0: UnsafePointer<Double>, _ lda: Int, _ B0: UnsafePointer<Double>, _ ldb: Int,
                                _ C: UnsafeMutablePointer<Double>, _ ldc: Int, _ k: Int) {
        let A1 = A0 + lda, A2 = A1 + lda, A3 = A2 + lda, B1 = B0 + ldb
        var s00 = Lanes(), s01 = Lanes(), s10 = Lanes(), s11 = Lanes()
        var s20 = Lanes(), s21 = Lanes(), s30 = Lanes(), s31 = Lanes()
        var p = 0
        while p + 4 <= k {
            let b0 = Lanes(load: B0 + p), b1 = Lanes(load: B1 + p)
            let a0 = Lanes(load: A0 + p), a1 = Lanes(load: A1 + p), a2 = Lanes(load: A2 + p), a3 = Lanes(load: A3 + p)
            s00 = s00.addingProduct(a0, b0); s01 = s01.addingProduct(a0, b1)
            s10 = s10.addingProduct(a1, b0); s11 = s11.addingProduct(a1, b1)
            s20 = s20.addingProduct(a2, b0); s21 = s21.addingProduct(a2, b1)
            s30 = s30.addingProduct(a3, b0); s31 = s31.addingProduct(a3, b1)
            p += 4
        }
        let C1 = C + ldc, C2 = C1 + ldc, C3 = C2 + ldc
        C[0] += finish(s00, A0, B0, p, k); C[1] += finish(s01, A0, B1, p, k)
        C1[0] += finish(s10, A1, B0, p, k); C1[1] += finish(s11, A1, B1, p, k)
        C2[0] += finish(s20, A2, B0, p, k); C2[1] += finish(s21, A2, B1, p, k)
        C3[0] += finish(s30, A3, B0, p, k); C3[1] += finish(s31, A3, B1, p, k)
    }

    /// gemmNT on a few rows: 2 × 4 entries at a time (2 × 2 and single ones at the edges).
    @inline(__always)
    private static func dotRows(_ m: Int, _ n: Int, _ k: Int,
                                _ A: UnsafePointer<Double>, _ lda: Int,
                                _ B: UnsafePointer<Double>, _ ldb: Int,
                                _ C: UnsafeMutablePointer<Double>, _ ldc: Int) {
        var i = 0
        while i + 2 <= m {
            let A0 = A + i * lda, A1 = A0 + lda
            var j = 0
            // 2 × 4 entries: eight independent chains of fused multiply-adds, enough to keep both
            // FMA units busy through their latency (2 × 2 leaves them half idle).
            while j + 4 <= n {
                let B0 = B + j * ldb, B1 = B0 + ldb, B2 = B1 + ldb, B3 = B2 + ldb
                var s00 = Lanes(), s01 = Lanes(), s02 = Lanes(), s03 = Lanes()
                var s10 = Lanes(), s11 = Lanes(), s12 = Lanes(), s13 = Lanes()
                var p = 0
                while p + 4 <= k {
                    let a0 = Lanes(load: A0 + p), a1 = Lanes(load: A1 + p)
                    let b0 = Lanes(load: B0 + p), b1 = Lanes(load: B1 + p), b2 = Lanes(load: B2 + p), b3 = Lanes(load: B3 + p)
                    s00 = s00.addingProduct(a0, b0); s01 = s01.addingProduct(a0, b1)
                    s02 = s02.addingProduct(a0, b2); s03 = s03.addingProduct(a0, b3)
                    s10 = s10.addingProduct(a1, b0); s11 = s11.addingProduct(a1, b1)
                    s12 = s12.addingProduct(a1, b2); s13 = s13.addingProduct(a1, b3)
                    p += 4
                }
                let C0 = C + i * ldc + j, C1 = C0 + ldc
                C0[0] += finish(s00, A0, B0, p, k); C0[1] += finish(s01, A0, B1, p, k)
                C0[2] += finish(s02, A0, B2, p, k); C0[3] += finish(s03, A0, B3, p, k)
                C1[0] += finish(s10, A1, B0, p, k); C1[1] += finish(s11, A1, B1, p, k)
                C1[2] += finish(s12, A1, B2, p, k); C1[3] += finish(s13, A1, B3, p, k)
                j += 4
            }
            while j + 2 <= n {
                let B0 = B + j * ldb, B1 = B0 + ldb
                var s00 = Lanes(), s01 = Lanes(), s10 = Lanes(), s11 = Lanes()
                var p = 0
                while p + 4 <= k {
                    let a0 = Lanes(load: A0 + p), a1 = Lanes(load: A1 + p), b0 = Lanes(load: B0 + p), b1 = Lanes(load: B1 + p)
                    s00 = s00.addingProduct(a0, b0); s01 = s01.addingProduct(a0, b1)
                    s10 = s10.addingProduct(a1, b0); s11 = s11.addingProduct(a1, b1)
                    p += 4
                }
                C[i * ldc + j] += finish(s00, A0, B0, p, k); C[i * ldc + j + 1] += finish(s01, A0, B1, p, k)
                C[(i + 1) * ldc + j] += finish(s10, A1, B0, p, k); C[(i + 1) * ldc + j + 1] += finish(s11, A1, B1, p, k)
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

    /// Σ x[p]·y[p] over k terms: four partial sums (p mod 4) of fused multiply-adds, then `finish`.
    @inline(__always)
    private static func dot(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ k: Int) -> Double {
        var s = Lanes()
        var p = 0
        while p + 4 <= k {
            s = s.addingProduct(Lanes(load: x + p), Lanes(load: y + p))
            p += 4
        }
        return finish(s, x, y, p, k)
    }

    /// The partial sums added as (s0 + s1) + (s2 + s3), then the terms from p to k fused in.
    @inline(__always)
    private static func finish(_ s: Lanes, _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ p: Int, _ k: Int) -> Double {
        var d = (s[0] + s[1]) + (s[2] + s[3])
        for q in p..<k { d = d.addingProduct(x[q], y[q]) }
        return d
    }

    /// out[n] += Σ over the m rows of A[m×n] (bias gradients), each entry's terms added in row
    /// order. Sixteen columns at a time are summed in four registers and stored once per block
    /// of rows: adding into `out` row by row would wait, at every row, for the previous row's
    /// store. The blocks of 64 rows keep a wide A's rows in cache while their columns are swept
    /// (a 128-unit LSTM's dz is 6.5 MB).
    @inline(__always)
    static func addColumnSums(_ m: Int, _ n: Int, _ A: UnsafePointer<Double>, _ lda: Int, _ out: UnsafeMutablePointer<Double>) {
        var i0 = 0
        while i0 < m {
            let rows = min(64, m - i0)
            addColumnSumsOfRows(rows, n, A + i0 * lda, lda, out)
            i0 += rows
        }
    }

    @inline(__always)
    private static func addColumnSumsOfRows(_ m: Int, _ n: Int, _ A: UnsafePointer<Double>, _ lda: Int, _ out: UnsafeMutablePointer<Double>) {
        var j = 0
        while j + 16 <= n {
            var s0 = Lanes(load: out + j), s1 = Lanes(load: out + j + 4), s2 = Lanes(load: out + j + 8), s3 = Lanes(load: out + j + 12)
            var a = UnsafePointer(A + j)
            for _ in 0..<m {
                s0 += Lanes(load: a); s1 += Lanes(load: a + 4); s2 += Lanes(load: a + 8); s3 += Lanes(load: a + 12)
                a += lda
            }
            s0.store(to: out + j); s1.store(to: out + j + 4); s2.store(to: out + j + 8); s3.store(to: out + j + 12)
            j += 16
        }
        // The last one to three whole groups of four columns (a GRU's 24, a plain RNN's 8) in one
        // pass, so that their sums wait on each other's latency, then single columns.
        let groups = (n - j) / 4
        if groups > 0 {
            var s0 = Lanes(load: out + j), s1 = groups > 1 ? Lanes(load: out + j + 4) : Lanes()
            var s2 = groups > 2 ? Lanes(load: out + j + 8) : Lanes()
            var a = UnsafePointer(A + j)
            for _ in 0..<m {
                s0 += Lanes(load: a)
                if groups > 1 { s1 += Lanes(load: a + 4) }
                if groups > 2 { s2 += Lanes(load: a + 8) }
                a += lda
            }
            s0.store(to: out + j)
            if groups > 1 { s1.store(to: out + j + 4) }
            if groups > 2 { s2.store(to: out + j + 8) }
            j += 4 * groups
        }
        for column in j..<n {
            var s = out[column]
            for i in 0..<m { s += A[i * lda + column] }
            out[column] = s
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
