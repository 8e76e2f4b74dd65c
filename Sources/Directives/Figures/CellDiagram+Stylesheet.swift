extension CellDiagram {
    /// The CSS that colours the cell diagrams, for light and dark themes; include it once per
    /// page after `SVGPlot.stylesheet` (whose `--plot-text`, `--plot-muted` and `--plot-bg` it
    /// uses for text and halos).
    ///
    /// Colour means the same everywhere: vermilion is the state that runs through time (the
    /// belt), blue the σ gates and what they send out, green the tanh candidate, grey the
    /// inputs. The hues are Okabe–Ito's, safe for colour-blind readers; text stays in the page's
    /// ink, never in a hue, so it keeps its contrast. Dark applies under
    /// `prefers-color-scheme: dark` unless the root has `data-theme="light"`, and always under
    /// `data-theme="dark"`, as for the charts.
    public static let stylesheet: String = CellDiagramStyle.css
}

enum CellDiagramStyle {
    struct Theme {
        let state: String
        let gate: String
        let gateSoft: String
        let candidate: String
        let candidateSoft: String
        let neutral: String
    }

    static let light = Theme(state: "#D55E00", gate: "#0072B2", gateSoft: "#E1EDF7", candidate: "#009E73",
                             candidateSoft: "#DDF2EA", neutral: "#7A838E")
    static let dark = Theme(state: "#F28E5C", gate: "#56B4E9", gateSoft: "#18303F", candidate: "#2CC295",
                            candidateSoft: "#15342A", neutral: "#8B949E")

    static var css: String {
        var out = "/* Cell diagrams: light by default; dark by preference or data-theme. */\n"
        out += "svg.cell-diagram {\n" + variables(light) + "}\n"
        out += "@media (prefers-color-scheme: dark) {\n:root:not([data-theme=\"light\"]) svg.cell-diagram {\n" + variables(dark) + "}\n}\n"
        out += "[data-theme=\"dark\"] svg.cell-diagram {\n" + variables(dark) + "}\n"
        out += rules.map { $0 + "\n" }.joined()
        return out
    }

    private static func variables(_ theme: Theme) -> String {
        [
            "--cd-state: \(theme.state);", "--cd-gate: \(theme.gate);", "--cd-gate-soft: \(theme.gateSoft);",
            "--cd-candidate: \(theme.candidate);", "--cd-candidate-soft: \(theme.candidateSoft);",
            "--cd-neutral: \(theme.neutral);",
        ].map { "  " + $0 + "\n" }.joined()
    }

    private static let rules = [
        // The layout is made for 17-unit text, 10–11 px on a phone; wider figures would show it
        // at 20 px and more, so it shrinks there (smaller text only gains room).
        "@media (min-width: 40rem) { svg.cell-diagram .cd-root { font-size: 12px; } }",
        "svg.cell-diagram .cd-state { color: var(--cd-state); }",
        "svg.cell-diagram .cd-gate { color: var(--cd-gate); }",
        "svg.cell-diagram .cd-candidate { color: var(--cd-candidate); }",
        "svg.cell-diagram .cd-neutral { color: var(--cd-neutral); }",
        "svg.cell-diagram .cd-wire { fill: none; stroke: currentColor; stroke-width: 1.75; stroke-linecap: round; stroke-linejoin: round; }",
        "svg.cell-diagram .cd-belt { stroke-width: 5; stroke-linecap: butt; }",
        "svg.cell-diagram .cd-head, svg.cell-diagram .cd-junction { fill: currentColor; }",
        "svg.cell-diagram .cd-box { fill: var(--cd-gate-soft); stroke: currentColor; stroke-width: 1.5; }",
        "svg.cell-diagram .cd-candidate .cd-box { fill: var(--cd-candidate-soft); }",
        "svg.cell-diagram .cd-op-shape { fill: var(--plot-bg); stroke: currentColor; stroke-width: 1.75; }",
        "svg.cell-diagram .cd-fn { font-weight: 600; }",
        "svg.cell-diagram .cd-op-symbol { font-weight: 600; }",
        "svg.cell-diagram .cd-pre, svg.cell-diagram .cd-word, svg.cell-diagram .cd-step { fill: var(--plot-muted); }",
        "svg.cell-diagram .cd-step { font-weight: 600; }",
        // A halo of the background behind each label, so a label on a wire stays readable.
        "svg.cell-diagram .cd-label { paint-order: stroke; stroke: var(--plot-bg); stroke-width: 5px; stroke-linejoin: round; }",
        // Walking through one gate: the rest fades back, the path keeps full strength.
        "svg.cell-diagram .cd-dim { opacity: 0.22; }",
        "svg.cell-diagram .cd-lit .cd-wire:not(.cd-belt) { stroke-width: 2.5; }",
        "@media (prefers-contrast: more) { svg.cell-diagram .cd-dim { opacity: 0.4; } }",
    ]
}
