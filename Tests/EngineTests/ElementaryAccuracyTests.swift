#if arch(x86_64)
@testable import Engine
import Foundation
import Testing

/// The engine's elementary functions against an oracle with 11 more bits: glibc's x87
/// long-double functions (expl, tanhl, logl, log1pl, sinl, cosl, powl), whose documented worst
/// errors (glibc's libm-test-ulps for ldbl-96) are at most a few 64-bit ulps, that is below
/// 0.002 of a double's ulp. An error measured below 1 ulp against that oracle means the result is
/// the correctly rounded double or its neighbour. Float80 exists only on x86-64, so this suite
/// does too; `ElementaryGoldenTests` pins the bits everywhere.
///
/// Every function gets 10⁶ points here (about a second in a release build); set
/// LSTMBOOK_LONG_TESTS=1 for 10⁷.
@Suite struct ElementaryAccuracyTests {
    static let points = ProcessInfo.processInfo.environment["LSTMBOOK_LONG_TESTS"] == "1" ? 10_000_000 : 1_000_000

    /// |y − exact| in units of the last place of the double nearest the exact value; 0 when y is
    /// that double (which covers ±∞, ±0 and NaN agreeing).
    static func ulpError(_ y: Double, _ exact: Float80) -> Double {
        if y.bitPattern == Double(exact).bitPattern || (y.isNaN && exact.isNaN) { return 0 }
        if y.isNaN || exact.isNaN || y.isInfinite { return .infinity }
        let exponent = max(Int(exact.exponent), -1022)
        let ulp = Float80(sign: .plus, exponent: exponent - 52, significand: 1)
        return Double(abs(Float80(y) - exact) / ulp)
    }

    /// A sweep: half uniform over [low, high], half with magnitudes spread evenly over the
    /// binades from 2⁻¹⁰⁷⁴ up to max(|low|, |high|) (random bit patterns), signs as the range allows.
    static func sweep(_ low: Double, _ high: Double, seed: UInt64, _ f: (Double) -> Void) {
        var rng = SeededGenerator(seed: seed)
        let top = max(abs(low), abs(high))
        for k in 0..<points {
            if k % 2 == 0 {
                f(rng.uniform(low, high))
            } else {
                var x = Double(bitPattern: rng.next() >> 1)
                while !(x <= top) { x = Double(bitPattern: rng.next() >> 1) }
                if low < 0 && (high <= 0 || rng.next() & 1 == 1) { x = -x }
                if x >= low && x <= high { f(x) }
            }
        }
    }

    struct Worst: CustomStringConvertible {
        var error = 0.0, at = 0.0, notCorrectlyRounded = 0, count = 0
        mutating func record(_ y: Double, _ exact: Float80, _ x: Double) {
            let e = ulpError(y, exact)
            count += 1
            if e > 0.5 { notCorrectlyRounded += 1 }
            if e > error { (error, at) = (e, x) }
        }
        var description: String {
            "worst \(error) ulp at \(at) (\(at.bitPattern.hexString)); \(notCorrectlyRounded) of \(count) not correctly rounded"
        }
    }

    static func check(_ name: String, _ low: Double, _ high: Double, seed: UInt64,
                      _ f: (Double) -> Double, _ exact: (Double) -> Float80) {
        var worst = Worst()
        sweep(low, high, seed: seed) { x in worst.record(f(x), exact(x), x) }
        print("\(name): \(worst)")
        #expect(worst.error < 1, "\(name): \(worst)")
        #expect(worst.count > points / 2)
    }

    @Test func exp() {
        Self.check("exp", -746, 710, seed: 1, Elementary.exp) { Foundation.exp(Float80($0)) }
    }

    @Test func tanh() {
        Self.check("tanh", -20, 20, seed: 2, Elementary.tanh) { Foundation.tanh(Float80($0)) }
    }

    @Test func sigmoid() {
        Self.check("sigmoid", -746, 40, seed: 3, Elementary.sigmoid) { 1 / (1 + Foundation.exp(-Float80($0))) }
    }

    /// Where σ and tanh switch paths or clamp (`Hyperbolic`), and a few neighbours either side of
    /// each switch, and ±0.
    @Test func gateBoundaries() {
        var worst = Worst()
        let tanhEdges = [Hyperbolic.tanhSeriesBound, 19.06, Hyperbolic.tanhSaturation, 0x1p-26, 0x1p-1022, 0.3465735902799726]
        for edge in tanhEdges {
            var (up, down) = (edge, edge)
            for _ in 0..<64 {
                for x in [up, down, -up, -down] { worst.record(Elementary.tanh(x), Foundation.tanh(Float80(x)), x) }
                (up, down) = (up.nextUp, down.nextDown)
            }
        }
        print("tanh at its boundaries: \(worst)")
        #expect(worst.error < 1, "tanh at its boundaries: \(worst)")
        worst = Worst()
        for edge in [-745.13, -709.78, -708.39, -37, -0.005, 0, 0.005, 37, 660] {
            var (up, down) = (edge, edge)
            for _ in 0..<64 {
                for x in [up, down] { worst.record(Elementary.sigmoid(x), 1 / (1 + Foundation.exp(-Float80(x))), x) }
                (up, down) = (up.nextUp, down.nextDown)
            }
        }
        print("sigmoid at its boundaries: \(worst)")
        #expect(worst.error < 1, "sigmoid at its boundaries: \(worst)")
    }

    @Test func log() {
        Self.check("log", 0, .greatestFiniteMagnitude, seed: 4, Elementary.log) { Foundation.log(Float80($0)) }
        Self.check("log near 1", 0.5, 2, seed: 5, Elementary.log) { Foundation.log(Float80($0)) }
    }

    @Test func log1p() {
        Self.check("log1p", -1, 1e300, seed: 6, Elementary.log1p) { Foundation.log1p(Float80($0)) }
        Self.check("log1p near 0", -0.5, 1, seed: 7, Elementary.log1p) { Foundation.log1p(Float80($0)) }
    }

    /// The oracle reduces exactly as the definition allows (4u = n + r, with n and r exact) and
    /// takes the long-double sine or cosine of r·π/2, so it stays accurate near the zeros.
    @Test func cosTwoPi() {
        Self.check("cosTwoPi", 0, 1, seed: 8, Elementary.cosTwoPi, Self.cosTwoPi)
        Self.check("cosTwoPi wide", -1e6, 1e6, seed: 10, Elementary.cosTwoPi, Self.cosTwoPi)
    }

    static func cosTwoPi(_ u: Double) -> Float80 {
        guard u.isFinite else { return .nan }
        let n = (4 * u).rounded(.toNearestOrEven), r = 4 * u - n
        let θ = Float80(r) * Float80.pi / 2
        switch Int(n) & 3 {
        case 0: return Foundation.cos(θ)
        case 1: return -Foundation.sin(θ)
        case 2: return -Foundation.cos(θ)
        default: return Foundation.sin(θ)
        }
    }

    /// Adam's β^t: β near 1, t up to 10⁵ steps; results from 2⁻⁹⁶⁸ up (`Power` says why).
    @Test func power() {
        var worst = Worst()
        var rng = SeededGenerator(seed: 9)
        for _ in 0..<(Self.points / 10) {
            let b = rng.uniform(0.5, 1), n = rng.integer(below: 100_000)
            let exact = Foundation.pow(Float80(b), Float80(n))
            if exact >= 0x1p-968 { worst.record(Elementary.power(b, n), exact, b) }
        }
        print("power: \(worst)")
        #expect(worst.error < 1, "power: \(worst)")
    }

    /// The bits `ElementaryGoldenTests` pins are themselves within an ulp of the oracle.
    @Test func goldenBitsAreAccurate() throws {
        let lines = try String(contentsOf: ElementaryGoldenTests.file, encoding: .utf8).split(separator: "\n")
        let oracles: [String: (Double) -> Float80] = [
            "exp": { Foundation.exp(Float80($0)) }, "tanh": { Foundation.tanh(Float80($0)) },
            "sigmoid": { 1 / (1 + Foundation.exp(-Float80($0))) }, "log": { Foundation.log(Float80($0)) },
            "log1p": { Foundation.log1p(Float80($0)) }, "cosTwoPi": Self.cosTwoPi,
        ]
        for line in lines {
            let field = line.split(separator: " ").map(String.init)
            let value = { (k: Int) in Double(bitPattern: UInt64(field[k], radix: 16)!) }
            let error: Double
            if field[0] == "power" {
                error = Self.ulpError(value(3), Foundation.pow(Float80(value(1)), Float80(Int(field[2])!)))
            } else {
                let oracle = try #require(oracles[field[0]])
                error = Self.ulpError(value(2), oracle(value(1)))
            }
            #expect(error < 1, "\(line): \(error) ulp")
        }
    }

    /// The special values, each against what IEEE 754 and C99 Annex F prescribe.
    @Test func edgeCases() {
        let nan = Double.nan, inf = Double.infinity, tiny = Double.leastNonzeroMagnitude
        let same: [(String, Double, Double)] = [
            ("exp(+0)", Elementary.exp(0), 1), ("exp(−0)", Elementary.exp(-0.0), 1),
            ("exp(∞)", Elementary.exp(inf), inf), ("exp(−∞)", Elementary.exp(-inf), 0),
            ("exp overflows", Elementary.exp(709.79), inf), ("exp underflows", Elementary.exp(-745.2), 0),
            ("exp near overflow", Elementary.exp(709.78), Double(Foundation.exp(Float80(709.78 as Double)))),
            ("exp smallest", Elementary.exp(-745.1), tiny),
            ("tanh(+0)", Elementary.tanh(0), 0), ("tanh(∞)", Elementary.tanh(inf), 1), ("tanh(−∞)", Elementary.tanh(-inf), -1),
            ("tanh(subnormal)", Elementary.tanh(tiny), tiny), ("tanh(−subnormal)", Elementary.tanh(-3 * tiny), -3 * tiny),
            ("tanh(19.1)", Elementary.tanh(19.1), 1), ("tanh(−25)", Elementary.tanh(-25), -1),
            ("σ(0)", Elementary.sigmoid(0), 0.5), ("σ(−0)", Elementary.sigmoid(-0.0), 0.5),
            ("σ(∞)", Elementary.sigmoid(inf), 1), ("σ(−∞)", Elementary.sigmoid(-inf), 0),
            ("σ(40)", Elementary.sigmoid(40), 1), ("σ(−746)", Elementary.sigmoid(-746), 0),
            ("σ(1000)", Elementary.sigmoid(1000), 1), ("σ smallest", Elementary.sigmoid(-745.1), tiny),
            ("σ(−0x1p-60)", Elementary.sigmoid(-0x1p-60), 0.5), ("σ(subnormal)", Elementary.sigmoid(tiny), 0.5),
            ("log(1)", Elementary.log(1), 0), ("log(0)", Elementary.log(0), -inf), ("log(∞)", Elementary.log(inf), inf),
            ("log(smallest)", Elementary.log(tiny), Double(Foundation.log(Float80(tiny)))),
            ("log1p(−1)", Elementary.log1p(-1), -inf), ("log1p(∞)", Elementary.log1p(inf), inf),
            ("log1p(subnormal)", Elementary.log1p(tiny), tiny),
            ("cosTwoPi(0)", Elementary.cosTwoPi(0), 1), ("cosTwoPi(1/2)", Elementary.cosTwoPi(0.5), -1),
            ("power(b, 0)", Elementary.power(0.9, 0), 1), ("power(0.5, 1074)", Elementary.power(0.5, 1074), tiny),
        ]
        for (name, got, want) in same {
            #expect(got.bitPattern == want.bitPattern, "\(name) = \(got), expected \(want)")
        }
        #expect(Elementary.tanh(-0.0).bitPattern == (-0.0).bitPattern, "tanh keeps the sign of zero")
        #expect(Elementary.log1p(-0.0).bitPattern == (-0.0).bitPattern, "log1p keeps the sign of zero")
        for (name, value) in [("exp", Elementary.exp(nan)), ("tanh", Elementary.tanh(nan)), ("σ", Elementary.sigmoid(nan)),
                              ("log", Elementary.log(nan)), ("log(−1)", Elementary.log(-1)), ("log1p", Elementary.log1p(nan)),
                              ("log1p(−2)", Elementary.log1p(-2))] {
            #expect(value.isNaN, "\(name) should be NaN, is \(value)")
        }
    }
}

extension UInt64 {
    var hexString: String { "0x" + String(self, radix: 16) }
}
#endif
