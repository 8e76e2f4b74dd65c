/// bⁿ for a whole n ≥ 0, as Adam's bias corrections β₁ᵗ and β₂ᵗ need: binary powering in
/// double-double arithmetic (each product kept as an unevaluated sum, its error taken exactly by
/// a fused multiply-add), so the one rounding that matters is the last, and the result is the
/// correctly rounded bⁿ except where it lies within about 2⁻⁹⁰ of a halfway point. That holds
/// down to bⁿ ≈ 2⁻⁹⁶⁸; below, the low half of each product falls into the subnormals and loses
/// bits, and the error can pass 1 ulp (for Adam, 1 − βᵗ is exactly 1 long before).
enum Power {
    static func power(_ b: Double, _ n: Int) -> Double {
        precondition(n >= 0, "power needs a whole exponent n ≥ 0")
        var result = (hi: 1.0, lo: 0.0)
        var base = (hi: b, lo: 0.0)
        var n = n
        while n > 0 {
            if n & 1 == 1 { result = product(result, base) }
            n >>= 1
            if n > 0 { base = product(base, base) }
        }
        return result.hi + result.lo
    }

    @inline(__always)
    private static func product(_ a: (hi: Double, lo: Double), _ b: (hi: Double, lo: Double)) -> (hi: Double, lo: Double) {
        let p = a.hi * b.hi
        let e = (-p).addingProduct(a.hi, b.hi) + (a.hi * b.lo + a.lo * b.hi)
        let s = p + e
        return (s, e - (s - p))
    }
}
