/// The cells' element-wise loops run over four units at a time. Each lane computes exactly what
/// the scalar formula computes for its unit (SIMD4 arithmetic is lane-wise IEEE, and Swift never
/// fuses a separate multiply and add), so a loop written over lanes changes the speed, not the
/// bits. The compiler does not vectorise the scalar loops itself: it cannot rule out that the
/// buffers overlap.

/// Runs body(j, n) over 0..<count in blocks of n = 4 and one last, ragged block of n < 4.
@inline(__always)
func forEachLanes(_ count: Int, _ body: (_ j: Int, _ n: Int) -> Void) {
    var j = 0
    while j + 4 <= count {
        body(j, 4)
        j += 4
    }
    if j < count { body(j, count - j) }
}

extension SIMD4 where Scalar == Double {
    /// The n ≤ 4 doubles at p, the other lanes zero.
    @inline(__always)
    init(load p: UnsafePointer<Double>, _ n: Int) {
        if n == 4 {
            self.init(load: p)
        } else {
            self.init()
            for l in 0..<n { self[l] = p[l] }
        }
    }

    /// The n ≤ 4 doubles at base + k, or zeros where there is no base (no step before the first,
    /// no gradient from above): the value the scalar formulas use there.
    @inline(__always)
    init(load base: UnsafePointer<Double>?, _ k: Int, _ n: Int) {
        if let base {
            self.init(load: base + k, n)
        } else {
            self.init()
        }
    }

    /// Writes the first n ≤ 4 lanes to p.
    @inline(__always)
    func store(to p: UnsafeMutablePointer<Double>, _ n: Int) {
        if n == 4 {
            store(to: p)
        } else {
            for l in 0..<n { p[l] = self[l] }
        }
    }
}
