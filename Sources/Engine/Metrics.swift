/// Root mean squared error: √(mean (p − t)²), in the units of the values (passengers for the
/// note's experiment, after inverse scaling).
public func rmse(_ predictions: [Double], _ targets: [Double]) throws -> Double {
    guard predictions.count == targets.count, !targets.isEmpty else {
        throw EngineError.shapeMismatch(
            "an error measure needs as many predictions as targets (and at least one), not \(predictions.count) and \(targets.count)")
    }
    var sum = 0.0
    for (p, t) in zip(predictions, targets) { sum += (p - t) * (p - t) }
    return (sum / Double(targets.count)).squareRoot()
}
