@testable import Engine
import Testing

/// Every entry of every product must get the bits of the documented order of terms, written as
/// the plainest scalar loop, whatever tile, edge path, packed panel, cache block or thread split
/// it falls in.
@Suite struct MatrixKernelTests {
    /// A row-major matrix with a leading dimension wider than its columns, so that the kernels'
    /// strides are exercised; the padding holds values that must never be read into C.
    struct Strided {
        var values: [Double]
        let ld: Int

        init(_ rows: Int, _ columns: Int, padding: Int, rng: inout SeededGenerator) {
            ld = columns + padding
            values = (0..<(rows * ld)).map { _ in rng.uniform(-1, 1) }
        }
    }

    /// c ← fma(a_ip, b_pj, c) for p = 0, 1, …: gemmNN (A is m×k) and gemmTN (A is k×m).
    static func referenceGemm(_ m: Int, _ n: Int, _ k: Int, transposedA: Bool, _ A: Strided, _ B: Strided, _ C: inout Strided) {
        for i in 0..<m {
            for j in 0..<n {
                var c = C.values[i * C.ld + j]
                for p in 0..<k {
                    let a = transposedA ? A.values[p * A.ld + i] : A.values[i * A.ld + p]
                    c = c.addingProduct(a, B.values[p * B.ld + j])
                }
                C.values[i * C.ld + j] = c
            }
        }
    }

    /// c + ((s0 + s1) + (s2 + s3) with the last k mod 4 terms fused in), s_q the sum over p ≡ q mod 4.
    static func referenceGemmNT(_ m: Int, _ n: Int, _ k: Int, _ A: Strided, _ B: Strided, _ C: inout Strided) {
        for i in 0..<m {
            for j in 0..<n {
                var s = [0.0, 0.0, 0.0, 0.0]
                var p = 0
                while p + 4 <= k {
                    for q in 0..<4 { s[q] = s[q].addingProduct(A.values[i * A.ld + p + q], B.values[j * B.ld + p + q]) }
                    p += 4
                }
                var d = (s[0] + s[1]) + (s[2] + s[3])
                for q in p..<k { d = d.addingProduct(A.values[i * A.ld + q], B.values[j * B.ld + q]) }
                C.values[i * C.ld + j] += d
            }
        }
    }

    /// Runs the three products on (m, n, k) and compares every value of C, padding included.
    static func mismatches(_ m: Int, _ n: Int, _ k: Int, threads: Int, rng: inout SeededGenerator) -> [String] {
        let parallelism = Parallelism(threads: threads)
        var failures: [String] = []
        let A = Strided(m, k, padding: 3, rng: &rng), At = Strided(k, m, padding: 2, rng: &rng)
        let B = Strided(k, n, padding: 5, rng: &rng), Bt = Strided(n, k, padding: 1, rng: &rng)
        let C0 = Strided(m, n, padding: 4, rng: &rng)
        for product in ["NN", "TN", "NT"] {
            var expected = C0, computed = C0
            computed.values.withUnsafeMutableBufferPointer { c in
                let c = c.baseAddress!
                switch product {
                case "NN": Kernels.gemmNN(m, n, k, A.values, A.ld, B.values, B.ld, c, C0.ld, parallelism)
                case "TN": Kernels.gemmTN(m, n, k, At.values, At.ld, B.values, B.ld, c, C0.ld, parallelism)
                default: Kernels.gemmNT(m, n, k, A.values, A.ld, Bt.values, Bt.ld, c, C0.ld, parallelism)
                }
            }
            switch product {
            case "NN": referenceGemm(m, n, k, transposedA: false, A, B, &expected)
            case "TN": referenceGemm(m, n, k, transposedA: true, At, B, &expected)
            default: referenceGemmNT(m, n, k, A, Bt, &expected)
            }
            if computed.values.map(\.bitPattern) != expected.values.map(\.bitPattern) {
                failures.append("gemm\(product) \(m)×\(n)×\(k) on \(threads) threads")
            }
        }
        return failures
    }

    /// `gemmNN(startingFrom:)` must give the bits of `broadcastRow` then `gemmNN`: each entry
    /// starts from the row's value and receives its terms in increasing p, in every tile and edge,
    /// over more than one block of k (whose later blocks continue from C), on one thread and
    /// split over three.
    @Test(arguments: [1, 3])
    func productStartingFromARowIsTheBroadcastThenTheProduct(_ threads: Int) {
        var rng = SeededGenerator(seed: 29)
        var failures: [String] = []
        for (m, n, k) in [(1, 1, 1), (7, 5, 2), (13, 17, 3), (800, 32, 2), (64, 24, 8), (9, 30, 9), (3000, 32, 1), (37, 29, 300)] {
            let A = Strided(m, k, padding: 3, rng: &rng), B = Strided(k, n, padding: 5, rng: &rng)
            let row = Strided(1, n, padding: 0, rng: &rng), C0 = Strided(m, n, padding: 4, rng: &rng)
            var expected = C0, computed = C0
            for i in 0..<m {
                for j in 0..<n { expected.values[i * C0.ld + j] = row.values[j] }
            }
            Self.referenceGemm(m, n, k, transposedA: false, A, B, &expected)
            computed.values.withUnsafeMutableBufferPointer { c in
                Kernels.gemmNN(m, n, k, A.values, A.ld, B.values, B.ld, startingFrom: row.values, c.baseAddress!, C0.ld,
                               Parallelism(threads: threads))
            }
            if computed.values.map(\.bitPattern) != expected.values.map(\.bitPattern) { failures.append("\(m)×\(n)×\(k)") }
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    /// Column sums add each column's entries in row order, whichever block of columns they fall in.
    @Test func columnSumsAddInRowOrder() {
        var rng = SeededGenerator(seed: 31)
        var failures: [String] = []
        for (m, n) in [(1, 1), (5, 3), (9, 16), (800, 32), (37, 23), (4, 41)] {
            let A = Strided(m, n, padding: 2, rng: &rng)
            let start = (0..<n).map { _ in rng.uniform(-1, 1) }
            var expected = start, computed = start
            for i in 0..<m {
                for j in 0..<n { expected[j] += A.values[i * A.ld + j] }
            }
            Kernels.addColumnSums(m, n, A.values, A.ld, &computed)
            if computed.map(\.bitPattern) != expected.map(\.bitPattern) { failures.append("\(m)×\(n)") }
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func smallAndRaggedSizesGetTheDocumentedBits() {
        var rng = SeededGenerator(seed: 17)
        var failures: [String] = []
        for m in 1...13 {
            for n in 1...17 {
                for k in 1...9 { failures += Self.mismatches(m, n, k, threads: 1, rng: &rng) }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    /// Sizes that pack panels of B, run over more than one block of k and of rows, leave every
    /// kind of edge, and are large enough to be split over threads by rows and by columns.
    @Test(arguments: [1, 2, 3])
    func largeSizesGetTheDocumentedBitsOnAnyThreadCount(_ threads: Int) {
        var rng = SeededGenerator(seed: 23)
        var failures: [String] = []
        for (m, n, k) in [(32, 512, 128), (33, 77, 300), (130, 45, 17), (20, 13, 520), (70, 70, 70), (1, 600, 129), (2, 32, 1200)] {
            #expect(m * n * k >= Parallelism.minimumWork)
            failures += Self.mismatches(m, n, k, threads: threads, rng: &rng)
        }
        #expect(failures.isEmpty, "\(failures)")
    }
}
