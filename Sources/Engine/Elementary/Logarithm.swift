/// The natural logarithm, for the losses and the normal draws.
///
/// x = 2^e·m with m in [√2/2, √2), so ln x = e·ln2 + ln(1 + f) with f = m − 1 (exact). With
/// s = f/(2 + f), ln(1 + f) = 2·atanh s = 2s + 2s³/3 + 2s⁵/5 + …, and |s| ≤ 0.172 makes the terms
/// up to s²⁵ enough. s is carried as an unevaluated sum so that only the last addition rounds.
enum Logarithm {
    static let sqrt2 = 0x1.6a09e667f3bcdp+0

    /// ln(hi + lo) for finite hi > 0 and |lo| ≤ ulp(hi)/2, in four lanes: each lane takes the
    /// branches below as selects (both sides computed, one kept), so a lane gets the same bits
    /// whatever its neighbours hold; the scalar functions use lane 0.
    @inline(__always)
    static func log(_ hi: Lanes, _ lo: Lanes) -> Lanes {
        // Subnormals are scaled up first so that the exponent field tells the whole story.
        let subnormal = hi .< Double.leastNormalMagnitude
        let h = hi.replacing(with: hi * 0x1p54, where: subnormal), l = lo.replacing(with: lo * 0x1p54, where: subnormal)
        let shift = IntLanes(repeating: 0).replacing(with: 54, where: subnormal)
        var e = ((h.bits &>> 52) & 0x7ff) &- 1023 &- shift
        var m = Lanes(bits: (h.bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000)
        let above = m .>= sqrt2
        m.replace(with: m * 0.5, where: above)
        e.replace(with: e &+ 1, where: above)
        let f = m - 1
        // lo in units of m; beyond 2⁶⁰ it is below 2⁻¹¹² of ln x and dropping it changes nothing.
        let mantissaExponent = e &+ shift
        let far = (mantissaExponent .> 60) .| (mantissaExponent .< -60)
        let fLo = (l * Lanes(bits: (1023 &- mantissaExponent) &<< 52)).replacing(with: 0, where: far)
        let (nh, ne) = twoSum(f, fLo)
        let (dh, de) = twoSum(Lanes(repeating: 2), nh)
        let sHi = nh / dh
        let sLo = (nh.addingProduct(-sHi, dh) + ne - sHi * (de + ne)) / dh
        let w = sHi * sHi
        var p = Lanes(repeating: 0x1.47ae147ae147bp-5)   // 1/25
        p = p * w + 0x1.642c8590b2164p-5                  // 1/23
        p = p * w + 0x1.8618618618618p-5                  // 1/21
        p = p * w + 0x1.af286bca1af28p-5                  // 1/19
        p = p * w + 0x1.e1e1e1e1e1e1ep-5                  // 1/17
        p = p * w + 0x1.1111111111111p-4                  // 1/15
        p = p * w + 0x1.3b13b13b13b14p-4                  // 1/13
        p = p * w + 0x1.745d1745d1746p-4                  // 1/11
        p = p * w + 0x1.c71c71c71c71cp-4                  // 1/9
        p = p * w + 0x1.2492492492492p-3                  // 1/7
        p = p * w + 0x1.999999999999ap-3                  // 1/5
        p = p * w + 0x1.5555555555555p-2                  // 1/3
        let ed = Lanes(e)
        let (top, err) = twoSum(ed * Exponential.ln2Hi, 2 * sHi)
        let series: Lanes = (2 * sHi) * w * p
        let small: Lanes = 2 * sLo + series + ed * Exponential.ln2Lo
        return top + (err + small)
    }

    static func log(_ hi: Double, _ lo: Double) -> Double { log(Lanes(repeating: hi), Lanes(repeating: lo))[0] }

    /// ln(1 + z) for z in [0, 1] (the binary cross-entropy's e^{−|y|}), four at a time: the lanes
    /// of `log1p`, whose special cases other than tiny z cannot arise there.
    @inline(__always)
    static func log1pOfFraction(_ z: Lanes) -> Lanes {
        let (hi, lo) = twoSum(Lanes(repeating: 1), z)
        return log(hi, lo).replacing(with: z, where: z.magnitude .< 0x1p-55)
    }

    /// ln x, with ln 0 = −∞, ln x = NaN for x < 0, ln ∞ = ∞.
    static func log(_ x: Double) -> Double {
        if x.isNaN || x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x == .infinity { return x }
        return log(x, 0)
    }

    /// ln(1 + z), accurate for tiny z too: 1 + z is formed exactly as an unevaluated sum.
    static func log1p(_ z: Double) -> Double {
        if z.isNaN || z < -1 { return .nan }
        if z == -1 { return -.infinity }
        if z == .infinity { return z }
        // ln(1 + z) = z(1 − z/2 + …) rounds to z here (this also keeps −0 and the subnormals).
        if abs(z) < 0x1p-55 { return z }
        let (hi, lo) = twoSum(Lanes(repeating: 1), Lanes(repeating: z))
        return log(hi, lo)[0]
    }
}
