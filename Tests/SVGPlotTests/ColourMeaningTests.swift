import Foundation
import Testing
import SVGPlot

/// The legend rule, read from the stylesheet the site ships (not from the palette constants):
/// in the light and the dark theme alike, a heatmap's low values fade into the chart's background
/// and its high values are the strong colour, in the same hue family, so a caption that says
/// "strong cells are open" is true whichever theme the reader uses.
@Suite struct ColourMeaningTests {
    /// The custom properties of one `svg.svgplot` block of the stylesheet.
    static func variables(after selector: String) -> [String: String] {
        guard let start = stylesheet.range(of: selector) else { return [:] }
        let body = stylesheet[start.upperBound...].prefix { $0 != "}" }
        var out: [String: String] = [:]
        for match in body.matches(of: /(--[a-z0-9-]+):\s*(#[0-9A-Fa-f]{6});/) {
            out[String(match.output.1)] = String(match.output.2)
        }
        return out
    }

    static let themes: [(name: String, colours: [String: String])] = [
        ("light", variables(after: "svg.svgplot {")),
        ("dark", variables(after: "[data-theme=\"dark\"] svg.svgplot {")),
    ]

    static func ramp(_ colours: [String: String], _ prefix: String) -> [String] {
        (0...).lazy.map { colours["--\(prefix)-\($0)"] }.prefix { $0 != nil }.compactMap { $0 }
    }

    /// WCAG contrast ratio of two `#RRGGBB` colours.
    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    static func luminance(_ hex: String) -> Double {
        let v = Int(hex.dropFirst(), radix: 16) ?? 0
        func channel(_ shift: Int) -> Double {
            let c = Double((v >> shift) & 0xFF) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }

    /// Hue angle in degrees (HSV), enough to tell orange from blue from purple.
    static func hue(_ hex: String) -> Double {
        let v = Int(hex.dropFirst(), radix: 16) ?? 0
        let (r, g, b) = (Double((v >> 16) & 0xFF), Double((v >> 8) & 0xFF), Double(v & 0xFF))
        let (hi, lo) = (max(r, g, b), min(r, g, b))
        guard hi > lo else { return 0 }
        let span = hi - lo
        var h: Double
        if hi == r {
            h = (g - b) / span
        } else if hi == g {
            h = 2 + (b - r) / span
        } else {
            h = 4 + (r - g) / span
        }
        return (h * 60 + 360).truncatingRemainder(dividingBy: 360)
    }

    static func hueDistance(_ a: Double, _ b: Double) -> Double {
        let d = abs(a - b).truncatingRemainder(dividingBy: 360)
        return min(d, 360 - d)
    }

    @Test func bothThemesAreRead() {
        for theme in Self.themes {
            #expect(theme.colours["--plot-bg"] != nil, "\(theme.name)")
            #expect(Self.ramp(theme.colours, "heat").count == 9, "\(theme.name)")
            #expect(Self.ramp(theme.colours, "div").count == 11, "\(theme.name)")
        }
        #expect(Self.themes[0].colours["--plot-bg"] != Self.themes[1].colours["--plot-bg"])
    }

    @Test func sequentialLowFadesIntoThePageAndHighIsStrongInBothThemes() throws {
        for theme in Self.themes {
            let bg = try #require(theme.colours["--plot-bg"])
            let contrasts = Self.ramp(theme.colours, "heat").map { Self.contrast($0, bg) }
            #expect(contrasts.first! < 1.3, "\(theme.name): value 0 must be near the background")
            #expect(contrasts.last! >= 4.5, "\(theme.name): value 1 must stand out")
            #expect(zip(contrasts, contrasts.dropFirst()).allSatisfy { $0 < $1 }, "\(theme.name): \(contrasts)")
        }
    }

    @Test func theStrongEndHasTheSameHueInBothThemes() {
        let tops = Self.themes.map { Self.ramp($0.colours, "heat").last ?? "#000000" }
        #expect(Self.hueDistance(Self.hue(tops[0]), Self.hue(tops[1])) < 30, "\(tops)")
    }

    @Test func divergingMiddleFadesAndEachSideKeepsItsHueInBothThemes() throws {
        var ends: [[Double]] = []
        for theme in Self.themes {
            let bg = try #require(theme.colours["--plot-bg"])
            let ramp = Self.ramp(theme.colours, "div")
            let contrasts = ramp.map { Self.contrast($0, bg) }
            let middle = ramp.count / 2
            #expect(contrasts[middle] < 1.5, "\(theme.name): zero must be near the background")
            #expect(zip(contrasts[...middle], contrasts[...middle].dropFirst()).allSatisfy { $0 > $1 }, "\(theme.name)")
            #expect(zip(contrasts[middle...], contrasts[middle...].dropFirst()).allSatisfy { $0 < $1 }, "\(theme.name)")
            ends.append([Self.hue(ramp.first!), Self.hue(ramp.last!)])
        }
        #expect(Self.hueDistance(ends[0][0], ends[1][0]) < 30, "negative end: \(ends)")
        #expect(Self.hueDistance(ends[0][1], ends[1][1]) < 30, "positive end: \(ends)")
    }
}
