import Foundation

/// The one source of randomness in the engine: xoshiro256** seeded through splitmix64.
///
/// Why our own generator: every lesson figure must come out bit-identical on every run and on
/// every machine with the same toolchain, so nothing may depend on the system generator or on
/// the standard library's sampling algorithms (which are free to change between Swift versions).
/// xoshiro256** (Blackman & Vigna, 2018) is small, fast and passes BigCrush; splitmix64 spreads
/// a 64-bit seed over its 256-bit state, as its authors recommend. The caller owns the
/// generator and passes it `inout`, so the order of draws is explicit in the code.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Seeds the four state words with consecutive splitmix64 outputs (never all zero).
    public init(seed: UInt64) {
        var x = seed
        func splitmix64() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitmix64()
        s1 = splitmix64()
        s2 = splitmix64()
        s3 = splitmix64()
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, by: 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, by: 45)
        return result
    }

    /// A uniform double in [0, 1): the top 53 bits scaled by 2⁻⁵³, so every value is exact.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform double in [low, high).
    public mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * uniform()
    }

    /// A standard normal draw by the Box–Muller transform (one of the pair is used, so each call
    /// consumes exactly two uniforms and the stream stays easy to reason about).
    public mutating func normal() -> Double {
        let u1 = 1 - uniform()  // in (0, 1], so the logarithm is finite
        let u2 = uniform()
        return (-2 * Elementary.log(u1)).squareRoot() * Elementary.cosTwoPi(u2)
    }

    /// A uniform integer in 0..<bound by rejection sampling (no modulo bias), written out here so
    /// shuffles do not depend on the standard library's `next(upperBound:)` algorithm.
    public mutating func integer(below bound: Int) -> Int {
        precondition(bound > 0, "integer(below:) needs a positive bound")
        let n = UInt64(bound)
        let limit = UInt64.max - UInt64.max % n  // largest multiple of n that fits, exclusive
        while true {
            let x = next()
            if x < limit { return Int(x % n) }
        }
    }

    /// Fisher–Yates shuffle in place, drawing from this generator.
    public mutating func shuffle<T>(_ values: inout [T]) {
        guard values.count > 1 else { return }
        for i in stride(from: values.count - 1, to: 0, by: -1) {
            let j = integer(below: i + 1)
            if i != j { values.swapAt(i, j) }
        }
    }

    private func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
