/// e^x, computed in the lanes of a `Lanes` vector (σ and tanh use the table-driven `tableExp`,
/// in Exponential+Table.swift; e^x keeps this slower form, whose bits the losses and the
/// softmax output have always had).
///
/// The reduction is the classic one: x = k·ln2 + r with k an integer and |r| ≤ ln2/2, so
/// e^x = 2^k·e^r. e^r − 1 is the Taylor series r + r²/2 + r³/3! + … + r¹⁴/14! (the first term
/// left out is below 2⁻⁶³ of the result), and r's own rounding error is carried along as rLo.
/// Keeping e^r − 1 as an unevaluated sum lets e^x round once at the end, which is
/// what holds the error to about half an ulp.
enum Exponential {
    /// ln2 in two parts: ln2Hi has 32 significant bits, so k·ln2Hi is exact for |k| < 2²¹ and
    /// x − k·ln2Hi is exact (the two are within a factor of two of each other).
    static let ln2Hi = 0x1.62e42feep-1
    static let ln2Lo = 0x1.a39ef35793c76p-33
    static let log2e = 0x1.71547652b82fep+0
    /// Adding and subtracting 1.5·2⁵² rounds to the nearest integer (ties to even) in every
    /// rounding-free way the hardware offers, and leaves the integer in the low bits.
    static let shifter = 0x1.8p52

    /// e^x = 2^k · (1 + p + pLo): p + pLo is e^r − 1 to far below an ulp of 1 + p.
    struct Reduced {
        let k: IntLanes
        let p: Lanes
        let pLo: Lanes
    }

    /// Reduces x, which must lie in [−746, 710] (callers clamp; NaN passes through).
    @inline(__always)
    static func reduce(_ x: Lanes) -> Reduced {
        let biased = x * log2e + shifter
        let kd = biased - shifter
        let k = biased.bits &- Int64(bitPattern: shifter.bitPattern)
        let hi = x - kd * ln2Hi
        let lo = kd * ln2Lo
        let r = hi - lo
        let rLo = (hi - r) - lo
        var q = Lanes(repeating: 0x1.93974a8c07c9dp-37)  // 1/14!
        q = q * r + 0x1.6124613a86d09p-33                 // 1/13!
        q = q * r + 0x1.1eed8eff8d898p-29                 // 1/12!
        q = q * r + 0x1.ae64567f544e4p-26                 // 1/11!
        q = q * r + 0x1.27e4fb7789f5cp-22                 // 1/10!
        q = q * r + 0x1.71de3a556c734p-19                 // 1/9!
        q = q * r + 0x1.a01a01a01a01ap-16                 // 1/8!
        q = q * r + 0x1.a01a01a01a01ap-13                 // 1/7!
        q = q * r + 0x1.6c16c16c16c17p-10                 // 1/6!
        q = q * r + 0x1.1111111111111p-7                  // 1/5!
        q = q * r + 0x1.5555555555555p-5                  // 1/4!
        q = q * r + 0x1.5555555555555p-3                  // 1/3!
        // r²/2, the largest term after r, is kept exact (r² − r2 by a fused multiply-add); what
        // remains is r³·q and rLo·(1 + r) (from e^(r + rLo) ≈ e^r·(1 + rLo)), both tiny.
        let r2 = r * r
        let r2Lo = (-r2).addingProduct(r, r)
        let (p, e) = fastTwoSum(r, 0.5 * r2)
        let pLo = e + ((0.5 * r2Lo + (r2 * r) * q) + (rLo + rLo * r))
        return Reduced(k: k, p: p, pLo: pLo)
    }

    /// y·2^k for k in [−1076, 1024], as two exact power-of-two factors so that only the last
    /// multiplication can round (into the subnormals) or overflow (to ∞).
    @inline(__always)
    static func scale(_ y: Lanes, _ k: IntLanes) -> Lanes {
        let k1 = k &>> 1
        let k2 = k &- k1
        return y * Lanes(bits: (k1 &+ 1023) &<< 52) * Lanes(bits: (k2 &+ 1023) &<< 52)
    }

    /// e^x.
    @inline(__always)
    static func exp(_ x: Lanes) -> Lanes {
        let e = reduce(x.clamped(-746, 710))
        let (hi, lo) = fastTwoSum(Lanes(repeating: 1), e.p)
        return scale(hi + (lo + e.pLo), e.k)
    }
}
