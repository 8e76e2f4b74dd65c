/// Doubles processed together: the unit the engine's elementary functions work on.
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

/// The gate functions σ and tanh run eight lanes at a time where a buffer has eight values left:
/// their long chains of dependent operations leave the processor waiting, and two four-lane
/// operations issued together fill those waits (on x86-64-v3 each eight-lane operation is two
/// AVX2 instructions side by side): about a fifth faster per value in `lstmbook bench` (σ goes
/// to sixteen on buffers of sixteen or more, `Elementary.sigmoid`). The bits are the same as with
/// four lanes, since every lane runs the same operations.
typealias WideLanes = SIMD8<Double>

/// What the elementary functions need of a vector of doubles, four lanes, eight or sixteen. The
/// requirements are the operations that compare lanes, written for each width because comparisons
/// on a generic SIMD type do not become vector instructions, and the table look-up, which loads
/// pairs four lanes at a time.
protocol LaneVector: SIMD where Scalar == Double {
    associatedtype Bits: SIMD where Bits.Scalar == Int64
    /// Lanes outside [low, high] are moved to the nearer bound; NaN stays NaN.
    func clamped(_ low: Double, _ high: Double) -> Self
    /// Lanes above high are moved to it; NaN stays NaN.
    func atMost(_ high: Double) -> Self
    /// self, with make()'s lanes where a's lane is below bound; make is called only if some is.
    func replacing(where a: Self, isBelow bound: Double, with make: () -> Self) -> Self
    /// The pairs (table[i], table[i + 1]) for the lanes of i, as two vectors.
    static func lookUp(_ table: UnsafePointer<Double>, _ i: Bits) -> (Self, Self)
}

extension SIMD4: LaneVector where Scalar == Double {
    typealias Bits = SIMD4<Int64>

    @inline(__always)
    func clamped(_ low: Double, _ high: Double) -> Self {
        replacing(with: low, where: self .< low).replacing(with: high, where: self .> high)
    }

    @inline(__always)
    func atMost(_ high: Double) -> Self { replacing(with: high, where: self .> high) }

    @inline(__always)
    func replacing(where a: Self, isBelow bound: Double, with make: () -> Self) -> Self {
        let below = a .< bound
        return any(below) ? replacing(with: make(), where: below) : self
    }

    /// Each pair is one 16-byte load, and two of them fill a vector that unpacking splits into
    /// highs and lows.
    @inline(__always)
    static func lookUp(_ table: UnsafePointer<Double>, _ i: Bits) -> (Self, Self) {
        func pair(_ lane: Int) -> SIMD2<Double> {
            UnsafeRawPointer(table + Int(i[lane])).loadUnaligned(as: SIMD2<Double>.self)
        }
        let even = Self(lowHalf: pair(0), highHalf: pair(2))
        let odd = Self(lowHalf: pair(1), highHalf: pair(3))
        return (Self(even[0], odd[0], even[2], odd[2]), Self(even[1], odd[1], even[3], odd[3]))
    }
}

extension SIMD8: LaneVector where Scalar == Double {
    typealias Bits = SIMD8<Int64>

    @inline(__always)
    func clamped(_ low: Double, _ high: Double) -> Self {
        replacing(with: low, where: self .< low).replacing(with: high, where: self .> high)
    }

    @inline(__always)
    func atMost(_ high: Double) -> Self { replacing(with: high, where: self .> high) }

    /// Whether any lane is below bound is asked of the two halves' masks together: `any` on an
    /// eight-lane mask is a generic reduction the compiler sometimes leaves as a call, which made
    /// tanh a tenth slower.
    @inline(__always)
    func replacing(where a: Self, isBelow bound: Double, with make: () -> Self) -> Self {
        any((a.lowHalf .< bound) .| (a.highHalf .< bound)) ? replacing(with: make(), where: a .< bound) : self
    }

    /// Four lanes at a time.
    @inline(__always)
    static func lookUp(_ table: UnsafePointer<Double>, _ i: Bits) -> (Self, Self) {
        let (lowHi, lowLo) = SIMD4.lookUp(table, i.lowHalf), (highHi, highLo) = SIMD4.lookUp(table, i.highHalf)
        return (Self(lowHalf: lowHi, highHalf: highHi), Self(lowHalf: lowLo, highHalf: highLo))
    }
}

extension SIMD16: LaneVector where Scalar == Double {
    typealias Bits = SIMD16<Int64>

    @inline(__always)
    func clamped(_ low: Double, _ high: Double) -> Self {
        replacing(with: low, where: self .< low).replacing(with: high, where: self .> high)
    }

    @inline(__always)
    func atMost(_ high: Double) -> Self { replacing(with: high, where: self .> high) }

    /// As for eight lanes, the test is made on four-lane masks.
    @inline(__always)
    func replacing(where a: Self, isBelow bound: Double, with make: () -> Self) -> Self {
        let low = a.lowHalf, high = a.highHalf
        let some = (low.lowHalf .< bound) .| (low.highHalf .< bound) .| (high.lowHalf .< bound) .| (high.highHalf .< bound)
        return any(some) ? replacing(with: make(), where: a .< bound) : self
    }

    /// Eight lanes at a time.
    @inline(__always)
    static func lookUp(_ table: UnsafePointer<Double>, _ i: Bits) -> (Self, Self) {
        let (lowHi, lowLo) = SIMD8.lookUp(table, i.lowHalf), (highHi, highLo) = SIMD8.lookUp(table, i.highHalf)
        return (Self(lowHalf: lowHi, highHalf: highHi), Self(lowHalf: lowLo, highHalf: highLo))
    }
}

extension LaneVector {
    /// Consecutive doubles from memory, one per lane.
    @inline(__always)
    init(load p: UnsafePointer<Double>) {
        self = UnsafeRawPointer(p).loadUnaligned(as: Self.self)
    }

    @inline(__always)
    func store(to p: UnsafeMutablePointer<Double>) {
        UnsafeMutableRawPointer(p).storeBytes(of: self, as: Self.self)
    }

    /// Each lane's IEEE bit pattern.
    @inline(__always)
    var bits: Bits { unsafeBitCast(self, to: Bits.self) }

    @inline(__always)
    init(bits: Bits) { self = unsafeBitCast(bits, to: Self.self) }

    /// |x|, by clearing the sign bit.
    @inline(__always)
    var magnitude: Self { Self(bits: bits & Int64.max) }

    /// The sign bit of each lane, alone.
    @inline(__always)
    var signBits: Bits { bits & Int64.min }
}

/// A sum s + e that is exactly a + b (Knuth's two-sum: no condition on the magnitudes).
@inline(__always)
func twoSum<V: LaneVector>(_ a: V, _ b: V) -> (s: V, e: V) {
    let s = a + b
    let bVirtual = s - a
    let aVirtual = s - bVirtual
    return (s, (a - aVirtual) + (b - bVirtual))
}

/// A sum s + e that is exactly a + b, given |a| ≥ |b| or a = 0 (Dekker's fast two-sum).
@inline(__always)
func fastTwoSum<V: LaneVector>(_ a: V, _ b: V) -> (s: V, e: V) {
    let s = a + b
    return (s, b - (s - a))
}

/// (nh + nl) / (dh + dl) rounded once, to within a hair of half an ulp, for |nl| ≤ 2⁻⁷·|nh| and
/// |dl| ≤ 2⁻⁵²·|dh|, with one division: q = nh·(1/dh) is within two ulps of the quotient, and
/// the correction (nh + nl − q·(dh + dl))/dh is small enough to be taken as a product with 1/dh.
@inline(__always)
func divide<V: LaneVector>(_ nh: V, _ nl: V, by dh: V, _ dl: V) -> V {
    let y = 1 / dh
    let q = nh * y
    return q.addingProduct(remainder(nh, q, dh, dl) + nl, y)
}

/// nh − q·(dh + dl) for a quotient q of nh by the sum: nh − q·dh, the large part, is exact in a
/// fused multiply-add.
@inline(__always)
func remainder<V: LaneVector>(_ nh: V, _ q: V, _ dh: V, _ dl: V) -> V {
    nh.addingProduct(-q, dh).addingProduct(-q, dl)
}

/// Applies a lane function to n doubles: whole vectors, then the tail padded with zeros, so
/// every value goes through the very same operations wherever it sits.
@inline(__always)
func mapLanes<V: LaneVector>(_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ n: Int, _ f: (V) -> V) {
    var k = 0
    while k + V.scalarCount <= n {
        f(V(load: x + k)).store(to: y + k)
        k += V.scalarCount
    }
    guard k < n else { return }
    var tail = V(repeating: 0)
    for l in 0..<(n - k) { tail[l] = x[k + l] }
    let result = f(tail)
    for l in 0..<(n - k) { y[k + l] = result[l] }
}

/// `mapLanes` with eight lanes while eight values are left, then four: a gate of four units
/// costs one four-lane vector, not a padded eight-lane one. wide and narrow must be the same
/// function, which gives every value the same bits at either width.
@inline(__always)
func mapLanes(_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ n: Int,
              wide: (WideLanes) -> WideLanes, narrow: (Lanes) -> Lanes) {
    var k = 0
    while k + 8 <= n {
        wide(WideLanes(load: x + k)).store(to: y + k)
        k += 8
    }
    mapLanes(x + k, y + k, n - k, narrow)
}
