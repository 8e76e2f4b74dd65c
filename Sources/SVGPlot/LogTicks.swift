import Foundation

/// Ticks on a base-10 logarithmic axis: labels sit on decades (and on 2 and 5 when the axis
/// spans few decades), unlabelled minor ticks mark 2…9. The domain is widened to whole decades,
/// or only to the next 1, 2 or 5 when those are labelled.
enum LogTicks {
    /// Tick sets for a positive interval, densest first.
    static func candidates(_ interval: Interval) -> [TickSet] {
        var low = Int(log10(interval.lo).rounded(.down))
        var high = Int(log10(interval.hi).rounded(.up))
        if low == high {
            low -= 1
            high += 1
        }
        let domain = Interval(lo: NiceStep.decimal(1, low), hi: NiceStep.decimal(1, high))
        let decades = Array(low...high)
        let minor = decades.count <= 6
            ? decades.dropLast().flatMap { e in (2...9).map { NiceStep.decimal($0, e) } }
            : []

        var sets: [TickSet] = []
        if decades.count <= 4 {
            var oneTwoFive = decades.flatMap { e in
                e == high ? [(1, e)] : [(1, e), (2, e), (5, e)]
            }
            // With 2 and 5 labelled the axis can end on them: data from 5 to 100 gets 5…100,
            // not a first decade left empty. A single value keeps its decade each side.
            if interval.lo < interval.hi {
                let first = oneTwoFive.lastIndex { NiceStep.decimal($0.0, $0.1) <= interval.lo } ?? 0
                let last = oneTwoFive.firstIndex { NiceStep.decimal($0.0, $0.1) >= interval.hi } ?? oneTwoFive.count - 1
                oneTwoFive = Array(oneTwoFive[first...last])
            }
            let ticks = labelled(oneTwoFive)
            let trimmed = Interval(lo: ticks.first!.value, hi: ticks.last!.value)
            sets.append(TickSet(domain: trimmed, ticks: ticks,
                                minor: minor.filter { m in trimmed.lo < m && m < trimmed.hi && !ticks.contains { $0.value == m } }))
        }
        // Every decade, then every 2nd, 3rd, 5th… decade, counted from a multiple of the stride
        // so labels read 10⁻⁶, 10⁻³, 10⁰ rather than 10⁻⁵, 10⁻², 10¹.
        for stride in [1, 2, 3, 5, 10, 20, 50, 100] {
            let chosen = decades.filter { $0 % stride == 0 }.map { (1, $0) }
            sets.append(TickSet(domain: domain, ticks: labelled(chosen), minor: minor))
            if chosen.count <= 2 { break }
        }
        return sets
    }

    /// Plain decimals (0.001 … 10,000) when every label fits in that range, otherwise powers of
    /// ten for all labels, so one axis never mixes the two styles.
    private static func labelled(_ values: [(mantissa: Int, exponent: Int)]) -> [Tick] {
        let plain = values.allSatisfy { (-3...4).contains($0.exponent) }
        return values.map { m, e in
            let value = NiceStep.decimal(m, e)
            let label: String
            if plain {
                label = NumberFormat.fixed(value, decimals: max(0, -e), grouping: value >= 10_000)
            } else {
                let power = NumberFormat.powerOfTen(e)
                label = m == 1 ? power : "\(m)\u{00D7}" + power
            }
            return Tick(value: value, label: label)
        }
    }
}
