/// cos 2πu, the one circular function the engine needs (the angle of a Box–Muller draw).
///
/// Working in turns rather than radians makes the reduction exact: 4u = n + r with n an integer
/// and |r| ≤ 1/2, so 2πu = n·π/2 + θ with θ = r·π/2 in [−π/4, π/4], and cos 2πu is ±cos θ or
/// ±sin θ depending on n mod 4. θ is r times π/2 as an unevaluated sum; the Taylor series stop
/// at θ¹⁸, below 2⁻⁶⁴ of the result.
enum Trigonometric {
    static let halfPiHi = 0x1.921fb54442d18p+0
    static let halfPiLo = 0x1.1a62633145c07p-54

    /// cos 2πu for |u| < 2⁴⁹ (NaN for ±∞ and NaN).
    static func cosTwoPi(_ u: Double) -> Double {
        let w = 4 * u
        let biased = w + Exponential.shifter
        let r = w - (biased - Exponential.shifter)
        let quadrant = biased.bitPattern & 3  // n mod 4, from n's low bits
        let θ = r * halfPiHi
        let θLo = (-θ).addingProduct(r, halfPiHi) + r * halfPiLo
        switch quadrant {
        case 0: return cos(θ, θLo)
        case 1: return -sin(θ, θLo)
        case 2: return -cos(θ, θLo)
        default: return sin(θ, θLo)
        }
    }

    /// sin(θ + θLo) = θ + θLo + θ³·S(θ²), S = −1/3! + θ²/5! − … + θ¹⁴/17!.
    private static func sin(_ θ: Double, _ θLo: Double) -> Double {
        let w = θ * θ
        var s = 0x1.952c77030ad4ap-49                     // 1/17!
        s = s * w - 0x1.ae7f3e733b81fp-41                 // 1/15!
        s = s * w + 0x1.6124613a86d09p-33                 // 1/13!
        s = s * w - 0x1.ae64567f544e4p-26                 // 1/11!
        s = s * w + 0x1.71de3a556c734p-19                 // 1/9!
        s = s * w - 0x1.a01a01a01a01ap-13                 // 1/7!
        s = s * w + 0x1.1111111111111p-7                  // 1/5!
        s = s * w - 0x1.5555555555555p-3                  // 1/3!
        return θ + (θLo + (θ * w) * s)
    }

    /// cos(θ + θLo) = 1 − θ²/2 + θ⁴·C(θ²), C = 1/4! − θ²/6! + … − θ¹⁴/18!, with θ²/2 exact.
    private static func cos(_ θ: Double, _ θLo: Double) -> Double {
        let w = θ * θ
        let wLo = (-w).addingProduct(θ, θ)  // θ² − w, exactly
        var c = -0x1.6827863b97d97p-53                    // 1/18!
        c = c * w + 0x1.ae7f3e733b81fp-45                 // 1/16!
        c = c * w - 0x1.93974a8c07c9dp-37                 // 1/14!
        c = c * w + 0x1.1eed8eff8d898p-29                 // 1/12!
        c = c * w - 0x1.27e4fb7789f5cp-22                 // 1/10!
        c = c * w + 0x1.a01a01a01a01ap-16                 // 1/8!
        c = c * w - 0x1.6c16c16c16c17p-10                 // 1/6!
        c = c * w + 0x1.5555555555555p-5                  // 1/4!
        let half = 0.5 * w
        let halfLo = 0.5 * wLo + θ * θLo  // the rest of (θ + θLo)²/2
        let top = 1 - half
        let err = (1 - top) - half
        return top + ((err - halfLo) + (w * w) * c)
    }
}
