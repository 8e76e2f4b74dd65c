/// Ticks on a time axis whose values count months from a start month: x = 0 is the start month,
/// x = 12 the same month a year later. Labels read "Apr 1950" while steps are shorter than a
/// year, and just "1950" (placed at January) once the axis is too dense for months.
enum MonthTicks {
    static let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Tick sets for `interval` (in months since the start), densest first. The domain is the
    /// interval itself: time axes are not padded to round dates.
    static func candidates(_ interval: Interval, startYear: Int, startMonth: Int) -> [TickSet] {
        let interval = interval.span > 0 ? interval : Interval(lo: interval.lo - 1, hi: interval.hi + 1)
        let origin = self.origin(startYear: startYear, startMonth: startMonth)
        let lowest = Int((interval.lo - 1e-9).rounded(.up)) + origin
        let highest = Int((interval.hi + 1e-9).rounded(.down)) + origin

        var steps = [1, 2, 3, 6]
        var years = NiceStep(mantissa: 1, exponent: 0)
        while steps.count < 40 {
            steps.append(Int(years.value) * 12)
            years = years.next
        }
        var sets: [TickSet] = []
        for step in steps where (highest - lowest) / step <= 60 {
            let first = divideRoundingUp(lowest, step) * step
            let ticks = stride(from: first, through: highest, by: step).map { month in
                Tick(value: Double(month - origin), label: label(month, withMonth: step < 12))
            }
            sets.append(TickSet(domain: interval, ticks: ticks))
            if ticks.count <= 2 { break }
        }
        return sets
    }

    /// "Mar 1950" for the month nearest to `x`.
    static func label(forX x: Double, startYear: Int, startMonth: Int) -> String {
        label(Int(x.rounded()) + origin(startYear: startYear, startMonth: startMonth), withMonth: true)
    }

    /// Absolute month number of x = 0, counted from January of year 0.
    private static func origin(startYear: Int, startMonth: Int) -> Int {
        startYear * 12 + min(max(startMonth, 1), 12) - 1
    }

    private static func label(_ absoluteMonth: Int, withMonth: Bool) -> String {
        let year = floorDivide(absoluteMonth, 12)
        let month = absoluteMonth - year * 12
        return withMonth ? names[month] + " " + String(year) : String(year)
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private static func divideRoundingUp(_ a: Int, _ b: Int) -> Int {
        -floorDivide(-a, b)
    }
}
