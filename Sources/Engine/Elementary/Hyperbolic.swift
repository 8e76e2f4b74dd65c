/// The gate functions, tanh and the logistic σ, in the lanes of a `LaneVector` (four or eight):
/// each is one quotient of two unevaluated sums built from `Exponential.tableExp` (tanh from
/// e^{−2|x|} ≤ 1, σ from 2⁻⁶⁴·e^{−x}, so that nothing overflows), rounded once; `table` is
/// `Exponential.table`.
enum Hyperbolic {
    /// Above this, tanh(x) rounds to 1 (1 − tanh x < 2e^{−2x} < 2⁻⁵⁴ from x = 19.1 on), so larger
    /// arguments are clamped to it.
    static let tanhSaturation = 20.0
    /// Below this, tanh takes its Taylor series; above, 1 − e^{−2|x|} ≥ 0.22 loses no accuracy
    /// to cancellation.
    static let tanhSeriesBound = 0.125

    /// tanh x = (1 − E)/(1 + E) with E = e^{−2|x|}, or the series x − x³/3 + … for small |x|,
    /// with the sign of x put back at the end (so tanh(−0) = −0).
    @inline(__always)
    static func tanh<V: LaneVector>(_ x: V, _ table: UnsafePointer<Double>) -> V {
        let a = x.magnitude
        let (eh, el) = Exponential.tableExp(-2 * a.atMost(tanhSaturation),
                                            times2To: 0, table)
        let (nh, ne) = fastTwoSum(V(repeating: 1), -eh)
        let (dh, dl) = onePlus(eh, el)
        var t = divide(nh, ne - el, by: dh, dl)
        // Each lane takes one of the two results; the series is only evaluated when some lane
        // takes it, which skips work whose result would be dropped and moves no bit.
        t = t.replacing(where: a, isBelow: tanhSeriesBound) { tanhSeries(a) }
        return V(bits: t.bits | x.signBits)
    }

    /// tanh a = a + a³·S(a²) for 0 ≤ a < 1/8, S = −1/3 + 2a²/15 − 17a⁴/315 + … to the a¹⁷ term; the
    /// first term left out is below 2⁻⁶⁴ of the result.
    @inline(__always)
    static func tanhSeries<V: LaneVector>(_ a: V) -> V {
        let w = a * a
        var s = V(repeating: 0x1.3558248036744p-11)      // a¹⁷
        s = V(repeating: -0x1.7da36452b75e3p-10).addingProduct(s, w)  // a¹⁵
        s = V(repeating: 0x1.d6d3d0e157de0p-9).addingProduct(s, w)    // a¹³
        s = V(repeating: -0x1.226e355e6c23dp-7).addingProduct(s, w)   // a¹¹
        s = V(repeating: 0x1.664f4882c10fap-6).addingProduct(s, w)    // a⁹
        s = V(repeating: -0x1.ba1ba1ba1ba1cp-5).addingProduct(s, w)   // a⁷
        s = V(repeating: 0x1.1111111111111p-3).addingProduct(s, w)    // a⁵
        s = V(repeating: -0x1.5555555555555p-2).addingProduct(s, w)   // a³
        return a.addingProduct(a * w, s)
    }

    /// σ(x) = 1/(1 + e^{−x}), which loses no accuracy anywhere (for x < 0 the small result is the
    /// reciprocal of a large number), computed as c/(c + c·e^{−x}) with c = 2⁻⁶⁴: so scaled,
    /// c·e^{−x} stays finite down to x = −746, where σ underflows to 0, and the one rounding of the
    /// quotient is the one into the subnormals. Above x = 660, 1 + e^{−x} is 1 (x is clamped there).
    @inline(__always)
    static func sigmoid<V: LaneVector>(_ x: V, _ table: UnsafePointer<Double>) -> V {
        let c = V(repeating: 0x1p-64)
        let (eh, el) = Exponential.tableExp((-x).clamped(-660, 746), times2To: -64, table)
        let (s, e) = twoSum(c, eh)
        let (dh, dl) = fastTwoSum(s, e + el)
        let y = 1 / dh
        let q = c * y
        return q.addingProduct(remainder(c, q, dh, dl), y)
    }

    /// 1 + (eh + el) as a normalised sum (|lo| ≤ ulp(hi)/2), for 0 ≤ eh ≤ 1 and |el| < 2⁻⁷·eh: the
    /// quotient's correction in `divide` is first order in the denominator's low part.
    @inline(__always)
    static func onePlus<V: LaneVector>(_ eh: V, _ el: V) -> (s: V, e: V) {
        let (s, e) = fastTwoSum(V(repeating: 1), eh)
        return fastTwoSum(s, e + el)
    }
}
