import Foundation
import Testing
@testable import SVGPlot

@Suite struct LinearTicksTests {
    static let ranges: [(Double, Double)] = [
        (0, 1), (104, 622), (-3.7, 12.2), (0.0013, 0.0092), (1e-9, 3e-9), (1e6, 5e9), (-1e-3, -2e-4),
        (5, 5), (0, 0), (-7, -7), (1e6, 1e6 + 1e-7), (-1e12, 1e12), (0.1, 0.30000000000000004), (1e-300, 2e-300),
        (1950, 1960), (2.5e-7, 9.1e-6),
    ]

    @Test(arguments: ranges)
    func everyCandidateIsEvenlySpacedNiceAndCoversTheData(_ lo: Double, _ hi: Double) {
        let candidates = LinearTicks.candidates(Interval(lo: lo, hi: hi), integer: false, extend: true)
        #expect(!candidates.isEmpty)
        #expect(candidates[0].ticks.count >= 3)
        for set in candidates {
            let values = set.ticks.map(\.value)
            // Bounds within floating-point noise of a tick snap to it (0.30000000000000004 → 0.3).
            let noise = max(abs(lo), abs(hi)) * 1e-9
            #expect(set.domain.lo <= lo + noise && set.domain.hi >= hi - noise)
            #expect(values.first == set.domain.lo && values.last == set.domain.hi)
            let steps = zip(values, values.dropFirst()).map { $1 - $0 }
            guard let step = steps.first else { continue }
            #expect(steps.allSatisfy { abs($0 - step) <= step * 1e-6 })
            let mantissa = step / pow(10, log10(step).rounded(.down))
            #expect([1, 2, 5, 10].contains { abs(mantissa - $0) < 1e-6 }, "step \(step)")
            let labels = set.ticks.map(\.label)
            #expect(Set(labels).count == labels.count, "\(labels)")
            #expect(labels.allSatisfy { !$0.contains("e") && !$0.contains("0000000") && $0.count <= 12 }, "\(labels)")
        }
    }

    @Test func stepsOfATenthAreLabelledExactly() throws {
        let set = try #require(LinearTicks.candidates(Interval(lo: 0, hi: 1), integer: false, extend: true)
            .first { $0.ticks.count == 11 })
        #expect(set.ticks.map(\.label) == ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0"])
        #expect(set.ticks[3].value == 0.3)
    }

    @Test func verticalAxisPicksTicksWithRoomBetweenThem() {
        let axis = Axis().resolve(extent: Interval(lo: 104, hi: 622), from: 240, to: 20, orientation: .vertical)
        #expect(axis.ticks.map(\.label) == ["100", "200", "300", "400", "500", "600", "700"])
    }

    @Test func thousandsAreGroupedOnlyFromFiveDigits() {
        let big = LinearTicks.candidates(Interval(lo: 0, hi: 50_000), integer: false, extend: true)
            .first { $0.ticks.count == 6 }!
        #expect(big.ticks.map(\.label).contains("10,000"))
        #expect(big.ticks.map(\.label).contains("0"))
        let years = LinearTicks.candidates(Interval(lo: 1950, hi: 1960), integer: true, extend: true)
        #expect(years.allSatisfy { set in !set.ticks.contains { $0.label.contains(",") } })
    }

    @Test func integerAxesNeverTickBetweenWholeNumbers() {
        for set in LinearTicks.candidates(Interval(lo: 1, hi: 4), integer: true, extend: true) {
            #expect(set.ticks.allSatisfy { $0.value == $0.value.rounded() && !$0.label.contains(".") })
        }
    }

    @Test func hugeAndTinyRangesUseASharedPowerOfTen() {
        let huge = LinearTicks.candidates(Interval(lo: 0, hi: 4e9), integer: false, extend: true)[0]
        #expect(huge.ticks.dropFirst().allSatisfy { $0.label.hasSuffix("×10⁹") })
        #expect(huge.ticks[0].label == "0")
        let tiny = LinearTicks.candidates(Interval(lo: 1e-7, hi: 3e-7), integer: false, extend: true)[0]
        #expect(tiny.ticks.allSatisfy { $0.label.hasSuffix("×10⁻⁷") })
    }

    @Test func negativeLabelsUseTheMinusSign() {
        let set = LinearTicks.candidates(Interval(lo: -1, hi: 1), integer: false, extend: true).first { $0.ticks.count == 5 }
        #expect(set?.ticks.map(\.label) == ["\u{2212}1.0", "\u{2212}0.5", "0.0", "0.5", "1.0"])
    }

    @Test func flatDataIsWidenedAroundTheValue() {
        #expect(LinearTicks.widenedIfFlat(Interval(lo: 5, hi: 5), integer: false) == Interval(lo: 4.5, hi: 5.5))
        #expect(LinearTicks.widenedIfFlat(Interval(lo: 0, hi: 0), integer: false) == Interval(lo: -1, hi: 1))
        #expect(LinearTicks.widenedIfFlat(Interval(lo: 3, hi: 3), integer: true) == Interval(lo: 2, hi: 4))
    }

    @Test func aFixedDomainIsKeptAndTicksStayInside() {
        let axis = Axis(domain: -1.2...2).resolve(extent: Interval(lo: -5, hi: 50), from: 0, to: 300, orientation: .horizontal)
        #expect(axis.map.domain == Interval(lo: -1.2, hi: 2))
        #expect(axis.ticks.allSatisfy { $0.value >= -1.2 && $0.value <= 2 })
        #expect(axis.ticks.map(\.value).contains(0))
    }

    @Test func horizontalLabelsDoNotOverlap() {
        for (lo, hi) in Self.ranges {
            let axis = Axis().resolve(extent: Interval(lo: lo, hi: hi), from: 50, to: 430, orientation: .horizontal)
            for (a, b) in zip(axis.ticks, axis.ticks.dropFirst()) {
                let gap = axis.map(b.value) - axis.map(a.value)
                let needed = (TextMetrics.width(a.label, fontSize: 13) + TextMetrics.width(b.label, fontSize: 13)) / 2
                #expect(gap >= needed, "\(a.label) and \(b.label) overlap for \(lo)…\(hi)")
            }
        }
    }
}

@Suite struct LogTicksTests {
    @Test func domainIsWholeDecadesWithPlainLabelsInTheReadableRange() throws {
        let candidates = LogTicks.candidates(Interval(lo: 0.002, hi: 0.7))
        // Labelled 1-2-5, the axis ends on the nearest of them; labelled by decades, on decades.
        #expect(candidates[0].domain == Interval(lo: 0.002, hi: 1))
        #expect(candidates[0].ticks.map(\.label) == ["0.002", "0.005", "0.01", "0.02", "0.05", "0.1", "0.2", "0.5", "1"])
        #expect(candidates[0].minor.allSatisfy { 0.002 < $0 && $0 < 1 } && candidates[0].minor.contains(0.003))
        let decades = try #require(candidates.first { $0.ticks.count == 4 })
        #expect(decades.domain == Interval(lo: 0.001, hi: 1))
        #expect(decades.ticks.map(\.value) == [0.001, 0.01, 0.1, 1])
        #expect(!decades.minor.isEmpty && !decades.minor.contains(0.01))
    }

    @Test func manyDecadesArePowersOfTenWithAStride() {
        let candidates = LogTicks.candidates(Interval(lo: 1e-10, hi: 3e5))
        #expect(candidates[0].domain == Interval(lo: 1e-10, hi: 1e6))
        #expect(candidates[0].ticks.count == 17)
        for set in candidates {
            #expect(set.ticks.allSatisfy { $0.label.hasPrefix("10") })
            let exponents = set.ticks.map { Int(log10($0.value).rounded()) }
            let strides = Set(zip(exponents, exponents.dropFirst()).map { $1 - $0 })
            #expect(strides.count <= 1)
        }
        let axis = Axis(scale: .log10).resolve(extent: Interval(lo: 1e-10, hi: 3e5), from: 240, to: 20, orientation: .vertical)
        #expect(axis.ticks.map(\.label) == ["10⁻⁹", "10⁻⁶", "10⁻³", "10⁰", "10³", "10⁶"])
    }

    @Test func lengthsFromFiveToAHundredStartAtFive() {
        let axis = Axis(scale: .log10).resolve(extent: Interval(lo: 5, hi: 100), from: 60, to: 540, orientation: .horizontal)
        #expect(axis.ticks.map(\.label) == ["5", "10", "20", "50", "100"])
        #expect(LogTicks.candidates(Interval(lo: 4, hi: 60))[0].domain == Interval(lo: 2, hi: 100))
    }

    @Test func aSingleValueGetsADecadeEachSide() {
        #expect(LogTicks.candidates(Interval(lo: 10, hi: 10))[0].domain == Interval(lo: 1, hi: 100))
    }

    @Test func logAxesRefuseNonPositiveValues() {
        let axis = Axis(scale: .log10)
        #expect(!axis.accepts(0) && !axis.accepts(-1) && axis.accepts(1e-300) == true)
        #expect(!axis.accepts(.nan) && !axis.accepts(.infinity))
    }
}

@Suite struct MonthTicksTests {
    @Test func twelveYearsOfMonthsAreLabelledByYear() {
        let axis = Axis(kind: .months(startYear: 1949, startMonth: 1))
            .resolve(extent: Interval(lo: 0, hi: 143), from: 40, to: 430, orientation: .horizontal)
        #expect(axis.map.domain == Interval(lo: 0, hi: 143))
        #expect(axis.ticks.map(\.label) == ["1950", "1952", "1954", "1956", "1958", "1960"])
        #expect(axis.ticks.map(\.value) == [12, 36, 60, 84, 108, 132])
    }

    @Test func shortSpansAreLabelledByMonthAndYearAcrossNewYear() {
        let set = MonthTicks.candidates(Interval(lo: 0, hi: 3), startYear: 1949, startMonth: 11)[0]
        #expect(set.ticks.map(\.label) == ["Nov 1949", "Dec 1949", "Jan 1950", "Feb 1950"])
    }

    @Test func quarterTicksFallOnQuarterMonths() throws {
        let set = try #require(MonthTicks.candidates(Interval(lo: 0, hi: 20), startYear: 1950, startMonth: 2)
            .first { $0.ticks.count == 7 })
        #expect(set.ticks.map(\.label) == ["Apr 1950", "Jul 1950", "Oct 1950", "Jan 1951", "Apr 1951", "Jul 1951", "Oct 1951"])
    }

    @Test func monthsBeforeTheStartCountBackwards() {
        #expect(MonthTicks.label(forX: -1, startYear: 2000, startMonth: 1) == "Dec 1999")
        #expect(MonthTicks.label(forX: -13, startYear: 2000, startMonth: 3) == "Feb 1999")
        #expect(MonthTicks.label(forX: 12.4, startYear: 1949, startMonth: 1) == "Jan 1950")
    }

    @Test func centuriesOfMonthsStillGetAFewYearTicks() {
        let axis = Axis(kind: .months(startYear: 1700, startMonth: 1))
            .resolve(extent: Interval(lo: 0, hi: 12 * 300), from: 40, to: 430, orientation: .horizontal)
        #expect(axis.ticks.count >= 3 && axis.ticks.count <= 8)
        #expect(axis.ticks.allSatisfy { Int($0.label).map { $0 % 50 == 0 } == true })
    }
}
