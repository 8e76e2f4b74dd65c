/// Plain-language pieces of the generated `<desc>`, for readers who cannot see the chart.
enum Describe {
    /// "Vertical axis, Passengers: 100 to 700 (logarithmic)".
    static func axis(_ role: String, _ axis: Axis, range: Interval) -> String {
        var text = role
        if !axis.label.isEmpty { text += ", " + axis.label }
        text += ": " + value(range.lo, on: axis) + " to " + value(range.hi, on: axis)
        if axis.isLog { text += " (logarithmic)" }
        return text
    }

    static func value(_ v: Double, on axis: Axis) -> String {
        if case .months(let year, let month) = axis.kind, abs(v) < 1e9 {
            return MonthTicks.label(forX: v, startYear: year, startMonth: month)
        }
        return NumberFormat.significant(v)
    }
}
