/// The gate functions, tanh and the logistic σ, in the lanes of a `Lanes` vector; each is one
/// quotient of two unevaluated sums from `Exponential`, rounded once.
enum Hyperbolic {
    /// Above this, tanh(x) rounds to 1: 1 − tanh x = 2/(e^{2x} + 1) < 2⁻⁵⁴ once e^{2x} > 2⁵⁵.
    static let tanhSaturation = 19.1

    /// tanh x = (e^{2|x|} − 1) / (e^{2|x|} + 1), with the sign of x put back at the end (so
    /// tanh(−0) = −0).
    @inline(__always)
    static func tanh(_ x: Lanes) -> Lanes {
        let a = x.magnitude
        let (nh, nl) = Exponential.expm1Pair(2 * a.clamped(0, tanhSaturation))
        let (dh, e) = twoSum(Lanes(repeating: 2), nh)
        let t = divide(nh, nl, by: dh, e + nl).replacing(with: 1, where: a .> tanhSaturation)
        return Lanes(bits: t.bits | x.signBits)
    }

    /// σ(x) = 1/(1 + e^{−x}) for x ≥ 0 and e^x/(1 + e^x) for x < 0: both from E = e^{−|x|} ≤ 1,
    /// so neither overflows and the small tail for x < 0 keeps its relative accuracy.
    @inline(__always)
    static func sigmoid(_ x: Lanes) -> Lanes {
        let (eh, el) = Exponential.expPair(-x.magnitude)
        let (dh, e) = fastTwoSum(Lanes(repeating: 1), eh)
        let negative = x .< 0
        let nh = Lanes(repeating: 1).replacing(with: eh, where: negative)
        let nl = Lanes(repeating: 0).replacing(with: el, where: negative)
        return divide(nh, nl, by: dh, e + el)
    }
}
