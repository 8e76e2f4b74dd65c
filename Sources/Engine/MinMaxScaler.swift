/// Scales values linearly to [0, 1] and back, with scikit-learn's `MinMaxScaler` formulas
/// (x·scale + offset forward, (x − offset)/scale back), so the scaled numbers are the ones the
/// note's Python printed, to the last bit.
public struct MinMaxScaler: Sendable, Hashable {
    public let dataMin: Double
    public let dataMax: Double
    /// scale = 1/(max − min) (1 for a constant series, as scikit-learn does); offset = −min·scale.
    let scale: Double
    let offset: Double

    /// Learns the minimum and maximum of `values`; throws for an empty or non-finite series.
    public static func fit(_ values: [Double]) throws -> MinMaxScaler {
        guard let first = values.first else { throw EngineError.seriesTooShort("cannot fit a scaler to an empty series") }
        if let k = values.firstIndex(where: { !$0.isFinite }) {
            throw EngineError.nonFinite("value \(k + 1) of the series is \(values[k])")
        }
        let (low, high) = values.reduce((first, first)) { (min($0.0, $1), max($0.1, $1)) }
        return MinMaxScaler(dataMin: low, dataMax: high)
    }

    private init(dataMin: Double, dataMax: Double) {
        self.dataMin = dataMin
        self.dataMax = dataMax
        let range = dataMax - dataMin
        scale = 1 / (range == 0 ? 1 : range)
        offset = -dataMin * scale
    }

    /// Into [0, 1] (for values inside the fitted range).
    public func transform(_ x: Double) -> Double { x * scale + offset }
    public func transform(_ xs: [Double]) -> [Double] { xs.map(transform) }
    /// Back to the original units (passengers, for the note).
    public func inverse(_ y: Double) -> Double { (y - offset) / scale }
    public func inverse(_ ys: [Double]) -> [Double] { ys.map(inverse) }
}
