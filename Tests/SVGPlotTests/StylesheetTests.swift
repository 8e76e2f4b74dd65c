import Foundation
import Testing
@testable import SVGPlot

@Suite struct StylesheetTests {
    @Test func darkThemeAppliesByPreferenceAndByAttribute() {
        #expect(stylesheet.contains("@media (prefers-color-scheme: dark)"))
        #expect(stylesheet.contains(":root:not([data-theme=\"light\"]) svg.svgplot"))
        #expect(stylesheet.contains("[data-theme=\"dark\"] svg.svgplot"))
    }

    @Test func everyThemeDefinesEveryVariable() {
        for theme in [Stylesheet.light, Stylesheet.dark] {
            #expect(theme.series.count == Legend.paletteSize)
            #expect(theme.sequential.count == Stylesheet.sequentialClasses)
            #expect(theme.diverging.count == Stylesheet.divergingClasses)
            #expect(theme.regions.count == 2)
        }
        let variables = Set(stylesheet.matches(of: /--[a-z0-9-]+:/).map { String($0.output) })
        let used = Set(stylesheet.matches(of: /var\((--[a-z0-9-]+)\)/).map { String($0.output.1) + ":" })
        #expect(used.isSubset(of: variables), "undefined: \(used.subtracting(variables))")
    }

    @Test func inkInHeatmapCellsIsReadable() {
        // WCAG AA for normal text is 4.5:1.
        for theme in [Stylesheet.light, Stylesheet.dark] {
            for colour in theme.sequential + theme.diverging {
                let ink = Stylesheet.ink(on: colour)
                let (a, b) = (Stylesheet.luminance(colour), Stylesheet.luminance(ink))
                #expect((max(a, b) + 0.05) / (min(a, b) + 0.05) >= 4.5, "\(ink) on \(colour)")
            }
        }
    }

    @Test func luminanceMatchesTheWCAGDefinition() {
        #expect(Stylesheet.luminance("#FFFFFF") == 1)
        #expect(Stylesheet.luminance("#000000") == 0)
        #expect(abs(Stylesheet.luminance("#808080") - 0.2158605) < 1e-6)
    }

    @Test func sequentialRampsGrowAwayFromTheBackground() {
        // Low values recede into the page in both themes: the first class is closest to the
        // background in luminance, the last is furthest.
        for theme in [Stylesheet.light, Stylesheet.dark] {
            let bg = Stylesheet.luminance(theme.background)
            let distances = theme.sequential.map { abs(Stylesheet.luminance($0) - bg) }
            #expect(distances == distances.sorted(), "\(theme.background)")
        }
    }
}
