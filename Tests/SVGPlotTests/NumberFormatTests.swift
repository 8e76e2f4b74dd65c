import Testing
@testable import SVGPlot

@Suite struct NumberFormatTests {
    @Test(arguments: [
        (1.5, "1.5"), (2.0, "2"), (-0.001, "0"), (123.456, "123.46"), (-3.14159, "-3.14"), (0.1 + 0.2, "0.3"),
        (440, "440"), (-0.0, "0"), (.nan, "0"),
    ])
    func coordinates(_ value: Double, _ expected: String) {
        #expect(NumberFormat.coordinate(value) == expected)
    }

    @Test func fixedDecimalsUseATypographicMinusAndNeverNegativeZero() {
        #expect(NumberFormat.fixed(0.1 + 0.2, decimals: 1) == "0.3")
        #expect(NumberFormat.fixed(-0.5, decimals: 1) == "\u{2212}0.5")
        #expect(NumberFormat.fixed(-0.0001, decimals: 2) == "0.00")
        #expect(NumberFormat.fixed(0.05, decimals: 3) == "0.050")
        #expect(NumberFormat.fixed(7, decimals: 0) == "7")
    }

    @Test func groupingInsertsCommasEveryThreeDigits() {
        #expect(NumberFormat.fixed(1_234_567, decimals: 0, grouping: true) == "1,234,567")
        #expect(NumberFormat.fixed(-12_000.5, decimals: 1, grouping: true) == "\u{2212}12,000.5")
        #expect(NumberFormat.fixed(999, decimals: 0, grouping: true) == "999")
        #expect(NumberFormat.fixed(100_000, decimals: 0, grouping: true) == "100,000")
    }

    @Test func valuesTooLargeForFixedFallBackToPowersOfTen() {
        #expect(NumberFormat.fixed(1e20, decimals: 0) == "1.000×10²⁰")
    }

    @Test func scientificSharesAnExponent() {
        #expect(NumberFormat.scientific(2.5e-7, exponent: -7, decimals: 1) == "2.5×10⁻⁷")
        #expect(NumberFormat.scientific(5e-8, exponent: -7, decimals: 1) == "0.5×10⁻⁷")
        #expect(NumberFormat.scientific(0, exponent: -7, decimals: 1) == "0")
        #expect(NumberFormat.powerOfTen(-12) == "10⁻¹²")
    }

    @Test(arguments: [
        (0.012345, "0.0123"), (622.0, "622"), (12_345.0, "12,300"), (4.5, "4.5"), (1e-6, "1.00×10⁻⁶"), (0.0, "0"),
        (-2.345, "\u{2212}2.35"),
    ])
    func significantDigits(_ value: Double, _ expected: String) {
        #expect(NumberFormat.significant(value) == expected)
    }
}
