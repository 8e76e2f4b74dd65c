/// Four doubles processed together: the unit the engine's elementary functions work on.
///
/// Every lane runs the same fixed sequence of IEEE operations, so a value gets the same bits
/// whether it sits in a full vector, in a ragged tail or is computed alone, and whether the
/// compiler maps the vector onto AVX2, two SSE2 registers or two NEON registers. Fused
/// multiply-adds appear only where written (`addingProduct`): they are correctly rounded
/// everywhere, in hardware or in software, and Swift never contracts a separate multiply and
/// add into one. (On the x86-64 baseline, which lacks the instruction, each is a call to the C
/// library's `fma`, correctly rounded as IEEE 754 requires of it, and glibc's uses the
/// instruction itself where the CPU has one. An exact emulation of our own would cost as much
/// and could only reproduce those bits; the fast path is the x86-64-v3 build, which inlines the
/// instruction, as arm64's baseline does. README, "Same bits on every machine".)
typealias Lanes = SIMD4<Double>
typealias IntLanes = SIMD4<Int64>

extension SIMD4 where Scalar == Double {
    /// Each lane's IEEE bit pattern.
    @inline(__always)
    var bits: SIMD4<Int64> { unsafeBitCast(self, to: SIMD4<Int64>.self) }

    @inline(__always)
    init(bits: SIMD4<Int64>) { self = unsafeBitCast(bits, to: SIMD4<Double>.self) }

    /// Lanes outside [low, high] are moved to the nearer bound; NaN stays NaN.
    @inline(__always)
    func clamped(_ low: Double, _ high: Double) -> Lanes {
        replacing(with: low, where: self .< low).replacing(with: high, where: self .> high)
    }

    /// |x|, by clearing the sign bit.
    @inline(__always)
    var magnitude: Lanes { Lanes(bits: bits & Int64.max) }

    /// The sign bit of each lane, alone.
    @inline(__always)
    var signBits: SIMD4<Int64> { bits & Int64.min }
}

/// A sum s + e that is exactly a + b (Knuth's two-sum: no condition on the magnitudes).
@inline(__always)
func twoSum(_ a: Lanes, _ b: Lanes) -> (s: Lanes, e: Lanes) {
    let s = a + b
    let bVirtual = s - a
    let aVirtual = s - bVirtual
    return (s, (a - aVirtual) + (b - bVirtual))
}

/// A sum s + e that is exactly a + b, given |a| ≥ |b| or a = 0 (Dekker's fast two-sum).
@inline(__always)
func fastTwoSum(_ a: Lanes, _ b: Lanes) -> (s: Lanes, e: Lanes) {
    let s = a + b
    return (s, b - (s - a))
}

/// (nh + nl) / (dh + dl) rounded once, to within a hair of half an ulp, for |nl| ≤ 2⁻⁷·|nh| and
/// |dl| ≤ 2⁻⁵²·|dh|, with one division: q = nh·(1/dh) is within two ulps of the quotient, and
/// the correction (nh + nl − q·(dh + dl))/dh is small enough to be taken as a product with 1/dh.
@inline(__always)
func divide(_ nh: Lanes, _ nl: Lanes, by dh: Lanes, _ dl: Lanes) -> Lanes {
    let y = 1 / dh
    let q = nh * y
    return q.addingProduct(remainder(nh, q, dh, dl) + nl, y)
}

/// nh − q·(dh + dl) for a quotient q of nh by the sum: nh − q·dh, the large part, is exact in a
/// fused multiply-add.
@inline(__always)
func remainder(_ nh: Lanes, _ q: Lanes, _ dh: Lanes, _ dl: Lanes) -> Lanes {
    nh.addingProduct(-q, dh).addingProduct(-q, dl)
}

/// Applies a lane function to n doubles: whole vectors, then the tail padded with zeros, so
/// every value goes through the very same operations wherever it sits.
@inline(__always)
func mapLanes(_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ n: Int, _ f: (Lanes) -> Lanes) {
    var k = 0
    while k + 4 <= n {
        f(Lanes(load: x + k)).store(to: y + k)
        k += 4
    }
    guard k < n else { return }
    var tail = Lanes(repeating: 0)
    for l in 0..<(n - k) { tail[l] = x[k + l] }
    let result = f(tail)
    for l in 0..<(n - k) { y[k + l] = result[l] }
}
