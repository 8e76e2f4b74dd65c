/// How many threads one training run may spread its large matrix products over.
///
/// The work is split by *output entries*, never by terms of a sum: each thread writes its own
/// block of rows (or of columns) of C, and every entry is computed by exactly the operations (and
/// in exactly the order) the one-thread code uses, since `Kernels` fixes each entry's order of
/// terms whatever tile or block it falls in. No sum crosses threads, so the results are
/// bit-identical for any thread count — `ParallelTrainingTests` trains with 1, 2 and 3 threads
/// and compares bits. The threads are `ParkedThreads`, which wait between products.
struct Parallelism: Sendable {
    let threads: Int

    static let serial = Parallelism(threads: 1)

    /// Products below this many multiply-adds stay on one thread: handing half of one to a parked
    /// worker costs about a microsecond, as much as a product of this size takes.
    static let minimumWork = 1 << 16

    /// Runs body(first, count) over consecutive row ranges that cover 0..<rows: one range when
    /// the product (`work` multiply-adds) is small, else one per thread, each a multiple of four
    /// rows (the tile height) except the last.
    @inline(__always)
    func splitRows(_ rows: Int, work: Int, _ body: (_ first: Int, _ count: Int) -> Void) {
        split(rows, multipleOf: 4, work: work, body)
    }

    /// Runs body(first, count) over consecutive ranges that cover 0..<count: one range when the
    /// work is small, else one per thread, each a multiple of `multipleOf` except the last.
    @inline(__always)
    func split(_ count: Int, multipleOf unit: Int, work: Int, _ body: (_ first: Int, _ count: Int) -> Void) {
        let parts = threads > 1 && work >= Self.minimumWork ? min(threads, (count + unit - 1) / unit) : 1
        if parts <= 1 {
            body(0, count)
            return
        }
        let chunk = ((count + parts - 1) / parts + unit - 1) / unit * unit
        ParkedThreads.shared.run(parts: parts) { part in
            let first = part * chunk
            if first < count { body(first, min(chunk, count - first)) }
        }
    }
}

extension Parallelism {
    /// Splits C[m×n] into blocks of whole rows, or of whole columns when C is wider than tall:
    /// each thread then reads all of the smaller operand and only its share of the larger one
    /// (in a step's h·U, U is 16 times the size of h). Runs body(i0, rows, j0, columns).
    @inline(__always)
    func splitEntries(_ m: Int, _ n: Int, work: Int, _ body: (_ i0: Int, _ rows: Int, _ j0: Int, _ columns: Int) -> Void) {
        if n > m {
            split(n, multipleOf: 12, work: work) { j0, columns in body(0, m, j0, columns) }
        } else {
            splitRows(m, work: work) { i0, rows in body(i0, rows, 0, n) }
        }
    }
}
