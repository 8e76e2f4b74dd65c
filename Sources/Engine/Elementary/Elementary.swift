/// The engine's own elementary functions: a fixed sequence of IEEE operations each, so that the
/// same input gives the same bits on every machine, compiler setting and system maths library
/// (the engine makes no call into one on the training path). All are within 1 ulp of the exact
/// result (about half an ulp in practice; up to 0.94 for cos 2πu, and 0.75 where exp returns
/// subnormals); `ElementaryAccuracyTests` measures it.
///
/// Scalar versions for single values; the cells call the buffer versions, which run four lanes
/// at a time (eight for σ and tanh) with exactly the same operations per value.
public enum Elementary {
    public static func exp(_ x: Double) -> Double { Exponential.exp(Lanes(repeating: x))[0] }
    public static func tanh(_ x: Double) -> Double {
        Exponential.table.withUnsafeBufferPointer { Hyperbolic.tanh(Lanes(repeating: x), $0.baseAddress!)[0] }
    }
    /// The logistic function 1/(1 + e^−x).
    public static func sigmoid(_ x: Double) -> Double {
        Exponential.table.withUnsafeBufferPointer { Hyperbolic.sigmoid(Lanes(repeating: x), $0.baseAddress!)[0] }
    }
    public static func log(_ x: Double) -> Double { Logarithm.log(x) }
    public static func log1p(_ x: Double) -> Double { Logarithm.log1p(x) }
    /// cos 2πu for |u| < 2⁴⁹.
    public static func cosTwoPi(_ u: Double) -> Double { Trigonometric.cosTwoPi(u) }
    /// bⁿ for a whole n ≥ 0 (within 1 ulp for bⁿ ≥ 2⁻⁹⁶⁸).
    public static func power(_ b: Double, _ n: Int) -> Double { Power.power(b, n) }

    /// y[k] = e^x[k] for k in 0..<n (x and y may be the same buffer); likewise tanh and σ, which
    /// are public for `lstmbook bench` to time them.
    static func exp(_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ n: Int) {
        mapLanes(x, y, n, Exponential.exp)
    }

    public static func tanh(_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ n: Int) {
        Exponential.table.withUnsafeBufferPointer { table in
            let t = table.baseAddress!
            mapLanes(x, y, n, wide: { Hyperbolic.tanh($0, t) }, narrow: { Hyperbolic.tanh($0, t) })
        }
    }

    public static func sigmoid(_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ n: Int) {
        if n >= 16 { return sigmoidInSixteens(x, y, n) }
        Exponential.table.withUnsafeBufferPointer { table in
            let t = table.baseAddress!
            mapLanes(x, y, n, wide: { Hyperbolic.sigmoid($0, t) }, narrow: { Hyperbolic.sigmoid($0, t) })
        }
    }

    /// tanh and σ of a rows × n block of a row-major matrix (x's rows ldx apart, y's ldy): one
    /// gate's columns for every sample of a step. Each value gets the bits the buffer versions
    /// give it.
    static func tanh(rows: Int, _ n: Int, _ x: UnsafePointer<Double>, _ ldx: Int, _ y: UnsafeMutablePointer<Double>, _ ldy: Int) {
        for r in 0..<rows { tanh(x + r * ldx, y + r * ldy, n) }
    }

    static func sigmoid(rows: Int, _ n: Int, _ x: UnsafePointer<Double>, _ ldx: Int, _ y: UnsafeMutablePointer<Double>, _ ldy: Int) {
        for r in 0..<rows { sigmoid(x + r * ldx, y + r * ldy, n) }
    }

    /// σ and tanh of n doubles, inlined into a caller that holds the table (`Exponential.table`):
    /// σ sixteen lanes at a time, then eight, tanh eight; the last few values, if any, go to the
    /// buffer functions. Each value gets the bits the buffer functions give it.
    @inline(__always)
    static func sigmoid(_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ n: Int, _ table: UnsafePointer<Double>) {
        var k = 0
        while k + 16 <= n {
            Hyperbolic.sigmoid(SIMD16(load: x + k), table).store(to: y + k)
            k += 16
        }
        while k + 8 <= n {
            Hyperbolic.sigmoid(WideLanes(load: x + k), table).store(to: y + k)
            k += 8
        }
        if k < n { sigmoid(x + k, y + k, n - k) }
    }

    @inline(__always)
    static func tanh(_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ n: Int, _ table: UnsafePointer<Double>) {
        var k = 0
        while k + 8 <= n {
            Hyperbolic.tanh(WideLanes(load: x + k), table).store(to: y + k)
            k += 8
        }
        if k < n { tanh(x + k, y + k, n - k) }
    }

    /// σ of a buffer of sixteen or more, sixteen lanes at a time: a tenth faster per value than
    /// eight lanes, in a function of its own so that the short buffers of small models keep their
    /// code. tanh gains nothing from sixteen lanes.
    @inline(never)
    private static func sigmoidInSixteens(_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ n: Int) {
        Exponential.table.withUnsafeBufferPointer { sigmoid(x, y, n, $0.baseAddress!) }
    }
}
