import Foundation

/// The CSS that colours every chart, for light and dark themes.
///
/// Charts carry classes only (`series-0`, `heat-3`, `div-7`, `plot-grid`, …); this stylesheet
/// gives them colour through custom properties, so a page switches theme by switching
/// variables. Dark applies under `prefers-color-scheme: dark` unless the root element has
/// `data-theme="light"`, and always under an ancestor with `data-theme="dark"`. A site whose
/// background differs from the palette's can set `--plot-bg` (legend boxes and dot outlines).
///
/// Palettes are colour-blind safe: series use Okabe–Ito, diverging heatmaps Paul Tol's
/// "sunset" (light) and its dark-centred counterpart, sequential heatmaps Tol/ColorBrewer
/// YlOrBr (light) and a one-hue orange ramp (dark). One legend rule holds in both themes: the
/// low end fades into the page and the high end is the strong colour, in the same hue family, so
/// captions speak of "strong" and "faint" cells and mean the same in either theme. Text printed in heatmap cells takes dark or white ink per
/// cell colour, whichever contrasts more, worked out here for each theme; three mid-dark
/// diverging colours are darkened by about 3 % from their sources so white text on them
/// reaches WCAG's 4.5:1.
public let stylesheet: String = Stylesheet.css + HoverValues.css

enum Stylesheet {
    /// Sequential heatmap classes `heat-0` … `heat-8`.
    static let sequentialClasses = 9
    /// Diverging heatmap classes `div-0` … `div-10`; `div-5` is the neutral middle.
    static let divergingClasses = 11

    struct Theme {
        let background: String
        let text: String
        let muted: String
        let grid: String
        let axis: String
        let regions: [String]
        let series: [String]
        let sequential: [String]
        let diverging: [String]
    }

    static let light = Theme(
        background: "#FFFFFF", text: "#1D2125", muted: "#56606B", grid: "#E3E6EA", axis: "#8B949E",
        regions: ["#EEF1F5", "#F9F1E6"],
        series: ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#1D2125", "#8B949E"],
        sequential: ["#FFFFE5", "#FFF7BC", "#FEE391", "#FEC44F", "#FB9A29", "#EC7014", "#CC4C02", "#993404", "#662506"],
        diverging: ["#364B9A", "#4877B2", "#6EA6CD", "#98CAE1", "#C2E4EF", "#EAECCC",
                    "#FEDA8B", "#FDB366", "#F67E4B", "#D73B2C", "#A50026"])

    static let dark = Theme(
        background: "#16181D", text: "#E6E8EB", muted: "#A3ABB5", grid: "#2C3038", axis: "#6B7480",
        regions: ["#1E232B", "#29241E"],
        series: ["#56B4E9", "#F28E5C", "#2CC295", "#E69CC6", "#F0B429", "#F0E442", "#E6E8EB", "#8B949E"],
        // One orange hue rising in OKLCH lightness (0.27 → 0.86) and chroma from near the page:
        // 0 fades into the background and 1 is the strong colour, as in the light theme, and the
        // strong end keeps the light ramp's hue, so "strong orange = open" holds in both themes.
        sequential: ["#2F241A", "#4B331E", "#694222", "#885225", "#A96228", "#CB712B", "#EE812E", "#FF974A", "#FFAE66"],
        // Blue and orange-red hues (as in Tol's sunset) falling in OKLCH lightness to a
        // near-background middle, chroma kept high on the way, so zero recedes into a dark page
        // the way it fades into a light one.
        diverging: ["#7DBDFE", "#659CD4", "#4D79A5", "#3C5F82", "#2C4259", "#24272A",
                    "#5A3225", "#814431", "#A9583F", "#D16E50", "#F98662"])

    static let darkInk = "#111418"
    static let lightInk = "#FFFFFF"

    static var css: String {
        var out = "/* SVGPlot: chart colours. Light by default; dark by preference or data-theme. */\n"
        out += "svg.svgplot {\n" + variables(light) + "}\n"
        out += "@media (prefers-color-scheme: dark) {\n:root:not([data-theme=\"light\"]) svg.svgplot {\n" + variables(dark) + "}\n}\n"
        out += "[data-theme=\"dark\"] svg.svgplot {\n" + variables(dark) + "}\n"
        out += rules
        return out
    }

    private static func variables(_ theme: Theme) -> String {
        var lines = [
            "--plot-bg: \(theme.background);", "--plot-text: \(theme.text);", "--plot-muted: \(theme.muted);",
            "--plot-grid: \(theme.grid);", "--plot-axis: \(theme.axis);",
        ]
        for (i, c) in theme.regions.enumerated() { lines.append("--region-\(i): \(c);") }
        for (i, c) in theme.series.enumerated() { lines.append("--series-\(i): \(c);") }
        for (i, c) in theme.sequential.enumerated() { lines.append("--heat-\(i): \(c); --on-heat-\(i): \(ink(on: c));") }
        for (i, c) in theme.diverging.enumerated() { lines.append("--div-\(i): \(c); --on-div-\(i): \(ink(on: c));") }
        return lines.map { "  " + $0 + "\n" }.joined()
    }

    private static var rules: String {
        var lines = [
            "svg.svgplot { display: block; width: 100%; height: auto; overflow: visible;",
            "  font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", "
                + "\"Noto Sans CJK SC\", sans-serif;",
            "  font-variant-numeric: tabular-nums; }",
            // Layout assumes 13-unit text, which is 10 px on a phone; on wider screens the same
            // text would reach 20 px, so it shrinks there (smaller text only gains room).
            "@media (min-width: 40rem) { svg.svgplot { font-size: 11px; } }",
            "svg.svgplot text { fill: var(--plot-text); }",
            "svg.svgplot .plot-tick-label, svg.svgplot .plot-region-label, svg.svgplot .plot-marker-label,",
            "svg.svgplot .plot-no-data, svg.svgplot .plot-scale-label { fill: var(--plot-muted); }",
            "svg.svgplot .plot-axis-label, svg.svgplot .plot-group-label { font-weight: 600; }",
            "svg.svgplot .plot-marked-column { fill: none; stroke: var(--plot-text); stroke-width: 2; }",
            "svg.svgplot .plot-grid { stroke: var(--plot-grid); stroke-width: 1; }",
            "svg.svgplot .plot-axis, svg.svgplot .plot-zero { stroke: var(--plot-axis); stroke-width: 1; }",
            "svg.svgplot .plot-frame { fill: none; stroke: var(--plot-grid); }",
            "svg.svgplot .plot-marker { stroke: var(--plot-muted); stroke-width: 1; }",
            "svg.svgplot .region-0 { fill: var(--region-0); }",
            "svg.svgplot .region-1 { fill: var(--region-1); }",
            "svg.svgplot .plot-line { fill: none; stroke: currentColor; stroke-width: 2; stroke-linejoin: round; stroke-linecap: round; }",
            "svg.svgplot .plot-dot { fill: currentColor; stroke: var(--plot-bg); stroke-width: 1; }",
            "svg.svgplot .plot-bar { fill: currentColor; }",
            "svg.svgplot .plot-whisker { stroke: var(--plot-text); stroke-width: 1.25; fill: none; }",
            "svg.svgplot .plot-legend-box { fill: var(--plot-bg); fill-opacity: 0.9; stroke: var(--plot-grid); }",
            "svg.svgplot .heat-missing { fill: var(--plot-bg); stroke: var(--plot-axis); stroke-dasharray: 2 2; }",
            "svg.svgplot .plot-cells rect { stroke: var(--plot-bg); stroke-width: 1; }",
            "svg.svgplot .plot-cells-dense rect { stroke: none; shape-rendering: crispEdges; }",
        ]
        for i in 0..<light.series.count { lines.append("svg.svgplot .series-\(i) { color: var(--series-\(i)); }") }
        for i in 0..<sequentialClasses {
            lines.append("svg.svgplot .heat-\(i) { fill: var(--heat-\(i)); } svg.svgplot .on-heat-\(i) { fill: var(--on-heat-\(i)); }")
        }
        for i in 0..<divergingClasses {
            lines.append("svg.svgplot .div-\(i) { fill: var(--div-\(i)); } svg.svgplot .on-div-\(i) { fill: var(--on-div-\(i)); }")
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Dark or white ink, whichever has the higher WCAG contrast ratio against `background`.
    static func ink(on background: String) -> String {
        let l = luminance(background)
        let againstDark = (l + 0.05) / (luminance(darkInk) + 0.05)
        let againstWhite = 1.05 / (l + 0.05)
        return againstDark >= againstWhite ? darkInk : lightInk
    }

    /// WCAG relative luminance of a `#RRGGBB` colour.
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        func channel(_ shift: Int) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }
}
