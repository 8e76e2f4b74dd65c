/// bⁿ for a whole n ≥ 0, as Adam's bias corrections β₁ᵗ and β₂ᵗ need: binary powering in
/// double-double arithmetic (each product kept as an unevaluated sum, its error taken exactly by
/// a fused multiply-add), so the one rounding that matters is the last, and the result is the
/// correctly rounded bⁿ except where it lies within about 2⁻⁹⁰ of a halfway point. That holds
/// down to bⁿ ≈ 2⁻⁹⁶⁸; below, the low half of each product falls into the subnormals and loses
/// bits, and the error can pass 1 ulp (for Adam, 1 − βᵗ is exactly 1 long before).
///
/// The squares b, b², b⁴, … do not depend on n, so a `Power` keeps them: Adam asks for b¹, b², b³, …
/// one step after another (one step per sample for the note's model, where this was a tenth of
/// the training time). It also keeps the running product for every value of n's low eight bits,
/// so a power costs only the products of n's set bits above them: the very products, in the very
/// order, a fresh computation makes.
struct Power {
    typealias Pair = (hi: Double, lo: Double)

    /// b^(2^i) for i = 0…62, as double-double pairs.
    private let squares: [Pair]
    /// For l = 0…255, the product after multiplying in the squares of l's set bits from the
    /// lowest up, starting from 1 (the first `lowBits` bits of the loop in `callAsFunction`).
    private let lowProducts: [Pair]
    private static let lowBits = 8

    init(_ b: Double) {
        var squares: [Pair] = [(b, 0)]
        for _ in 1..<63 { squares.append(Self.product(squares[squares.count - 1], squares[squares.count - 1])) }
        self.squares = squares
        // l's highest set bit is the last one multiplied in, after those of l without it.
        var lowProducts: [Pair] = [(1, 0)]
        for l in 1..<(1 << Self.lowBits) {
            let top = Int.bitWidth - 1 - l.leadingZeroBitCount
            lowProducts.append(Self.product(lowProducts[l & ~(1 << top)], squares[top]))
        }
        self.lowProducts = lowProducts
    }

    /// bⁿ: the squares of b whose bits are set in n, multiplied in from the lowest bit up.
    func callAsFunction(_ n: Int) -> Double {
        precondition(n >= 0, "power needs a whole exponent n ≥ 0")
        var result = lowProducts[n & ((1 << Self.lowBits) - 1)]
        var bits = n >> Self.lowBits, i = Self.lowBits
        while bits > 0 {
            if bits & 1 == 1 { result = Self.product(result, squares[i]) }
            bits >>= 1
            i += 1
        }
        return result.hi + result.lo
    }

    static func power(_ b: Double, _ n: Int) -> Double { Power(b)(n) }

    @inline(__always)
    private static func product(_ a: Pair, _ b: Pair) -> Pair {
        let p = a.hi * b.hi
        let e = (-p).addingProduct(a.hi, b.hi) + (a.hi * b.lo + a.lo * b.hi)
        let s = p + e
        return (s, e - (s - p))
    }
}
