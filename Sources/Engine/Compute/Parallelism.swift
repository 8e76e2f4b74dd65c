import Dispatch

/// How many threads one training run may spread its large matrix products over.
///
/// The work is split by *output entries*, never by terms of a sum: each thread writes its own
/// block of rows of C, and every entry is computed by exactly the operations (and in exactly the
/// order) the one-thread code uses, since `Kernels` fixes each entry's order of terms whatever
/// tile or block it falls in. No sum crosses threads, so the results are bit-identical for any
/// thread count — `ParallelTrainingTests` trains with 1, 2 and 3 threads and compares bits.
struct Parallelism: Sendable {
    let threads: Int

    static let serial = Parallelism(threads: 1)

    /// Products below this many multiply-adds stay on one thread: waking a second one costs a few
    /// microseconds, as much as a product of this size takes.
    static let minimumWork = 1 << 16

    /// Runs body(first, count) over consecutive row ranges that cover 0..<rows: one range when
    /// the product (`work` multiply-adds) is small, else one per thread, each a multiple of four
    /// rows (the tile height) except the last.
    @inline(__always)
    func splitRows(_ rows: Int, work: Int, _ body: (_ first: Int, _ count: Int) -> Void) {
        let parts = threads > 1 && work >= Self.minimumWork ? min(threads, (rows + 3) / 4) : 1
        if parts <= 1 {
            body(0, rows)
            return
        }
        let chunk = ((rows + parts - 1) / parts + 3) / 4 * 4
        withoutActuallyEscaping(body) { body in
            let task = RowTask(body: body)
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let first = part * chunk
                if first < rows { task.body(first, min(chunk, rows - first)) }
            }
        }
    }
}

/// The row-range body, shared by the threads of one split; they write disjoint rows of C.
private struct RowTask: @unchecked Sendable {
    let body: (Int, Int) -> Void
}
