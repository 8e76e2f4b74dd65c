/// The few summaries the memory experiments need.
enum Statistics {
    static func mean(_ values: [Double]) -> Double {
        values.reduce(0, +) / Double(values.count)
    }

    /// The population variance (divided by n): a description of these values, not an estimate.
    static func variance(_ values: [Double]) -> Double {
        let m = mean(values)
        return values.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(values.count)
    }
}
