import Directives
import SVGPlot

/// The site's one stylesheet: the page's typography and both themes, then the charts' colours.
///
/// Themes follow the reader's system setting; the theme switch (site.js) pins one by setting
/// `data-theme` on `<html>`. Every colour is a custom property so the two themes stay in step.
package enum Stylesheet {
    package static let css = [page, SVGPlot.stylesheet, CellDiagram.stylesheet, CellStepper.stylesheet].joined(separator: "\n")

    /// The dark palette, used twice below: for readers whose system is dark (unless they
    /// pinned light) and for readers who pinned dark. CSS cannot share a block between them.
    private static let darkColors = """
      --bg: #15171b;
      --fg: #e3e4e6;
      --muted: #a0a6b0;
      --faint: #2c3038;
      --panel: #1e2127;
      --accent: #8ab8f0;
      --accent-soft: #203248;
      --error-bg: #3a1d1b;
      --error-fg: #ffb4aa;
      color-scheme: dark;

    """

    private static let page = #"""
:root {
  --bg: #fdfcf9;
  --fg: #1f2328;
  --muted: #5b616b;
  --faint: #e7e4dc;
  --panel: #f4f2ec;
  --accent: #1f5fa8;
  --accent-soft: #dfe9f6;
  --error-bg: #fdecea;
  --error-fg: #8a1c14;
  --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, "Noto Serif", "DejaVu Serif", Georgia, "Noto Serif CJK SC", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", sans-serif;
  --mono: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace;
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  :root:not([data-theme="light"]) {
\#(darkColors)  }
}
:root[data-theme="dark"] {
\#(darkColors)}

*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
  font: 1.0625rem/1.65 var(--serif);
  font-kerning: normal;
}
:lang(zh) body, body:lang(zh) { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", var(--serif); line-height: 1.8; }

a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }

.skip-link { position: absolute; left: -999px; top: 0; }
.skip-link:focus { left: 1rem; top: 0.5rem; background: var(--bg); padding: 0.25rem 0.5rem; z-index: 1; }

.site-header, .site-footer, main { padding: 0 1.25rem; }
.site-header {
  display: flex; align-items: center; justify-content: space-between;
  max-width: 42.5rem; margin: 0 auto; padding-top: 1rem; padding-bottom: 1rem;
  font-family: var(--sans); font-size: 0.95rem;
}
.site-name { font-weight: 600; letter-spacing: 0.01em; color: var(--fg); text-decoration: none; }
.theme-switch {
  font: inherit; font-size: 0.85rem; color: var(--muted); background: transparent;
  border: 1px solid var(--faint); border-radius: 999px; padding: 0.2rem 0.75rem; cursor: pointer;
}
.theme-switch:hover { color: var(--fg); border-color: var(--muted); }

main { max-width: 48rem; margin: 0 auto; }
.lesson { max-width: 40rem; margin: 0 auto; }
.lesson-header { margin: 1.5rem 0 2.25rem; }
.lesson-position { font-family: var(--sans); font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); \#
margin: 0 0 0.5rem; }
h1, h2, h3, h4 { font-family: var(--sans); line-height: 1.25; font-weight: 600; letter-spacing: -0.01em; }
h1 { font-size: clamp(1.8rem, 5vw, 2.4rem); margin: 0 0 0.75rem; }
h2 { font-size: 1.45rem; margin: 2.75rem 0 0.75rem; }
h3 { font-size: 1.15rem; margin: 2rem 0 0.5rem; }
.lesson-summary { font-size: 1.15rem; color: var(--muted); margin: 0; }
p, ul, ol, blockquote { margin: 0 0 1.1rem; }
li + li { margin-top: 0.3rem; }
blockquote { border-left: 3px solid var(--faint); padding-left: 1rem; color: var(--muted); margin-left: 0; }
hr { border: 0; border-top: 1px solid var(--faint); margin: 2.5rem 0; }
strong { font-weight: 600; }

code, pre { font-family: var(--mono); font-size: 0.88em; }
:not(pre) > code { background: var(--panel); padding: 0.1em 0.3em; border-radius: 4px; }
pre { background: var(--panel); padding: 0.9rem 1rem; border-radius: 6px; overflow-x: auto; line-height: 1.5; }

math { font-family: "Latin Modern Math", "STIX Two Math", "Cambria Math", math; font-size: 1.08em; }
/* A display equation wider than the column scrolls inside its own box (MathML's own box does not). */
.math-scroll { margin: 1.25rem 0; overflow-x: auto; overflow-y: hidden; padding: 0.25rem 0; }
.math-scroll > math[display="block"] { margin: 0; }

.figure { margin: 2rem 0; }
.figure-graphic svg { display: block; width: 100%; height: auto; }
figcaption { font-family: var(--sans); font-size: 0.9rem; line-height: 1.5; color: var(--muted); margin-top: 0.6rem; }
.figure-number, .table-number { font-weight: 600; color: var(--fg); text-decoration: none; }

.table-scroll { overflow-x: auto; margin: 1.5rem 0; }
table { border-collapse: collapse; width: 100%; font-family: var(--sans); font-size: 0.92rem; font-variant-numeric: tabular-nums; }
/* A caption is as wide as its table; in a table wider than the column it would be cut off by the
   scroller, so it keeps to the column's width and stays put while the table scrolls under it. */
caption {
  caption-side: top; text-align: left; color: var(--muted); font-size: 0.9rem; padding-bottom: 0.5rem;
  position: sticky; left: 0; max-width: min(calc(100vw - 2.5rem), 40rem);
}
th, td { padding: 0.4rem 0.75rem; border-bottom: 1px solid var(--faint); vertical-align: top; }
th { text-align: left; font-weight: 600; border-bottom: 2px solid var(--muted); }
.align-right { text-align: right; white-space: nowrap; }
.align-center { text-align: center; }

.directive-error {
  background: var(--error-bg); color: var(--error-fg); border-left: 4px solid var(--error-fg);
  padding: 0.75rem 1rem; margin: 1.5rem 0; font-family: var(--sans); font-size: 0.95rem; border-radius: 4px;
}
.directive-error p { margin: 0; }
.math-error { color: var(--error-fg); }

.cs-step-button {
  font: inherit; font-size: 0.875rem; font-weight: 600; line-height: 1.2; min-width: 2.5rem; padding: 0.45rem 0.7rem;
  color: var(--muted); background: transparent; border: 1px solid var(--faint); border-radius: 999px; cursor: pointer;
}
.cs-step-button:first-of-type { margin-left: auto; }
.cs-step-button:hover { color: var(--fg); border-color: var(--muted); }

.toc { list-style: none; padding: 0; margin: 0; }
.toc li { margin: 0 0 1.5rem; }
.toc a { font-family: var(--sans); font-size: 1.2rem; font-weight: 600; text-decoration: none; }
.toc a:hover { text-decoration: underline; }
.toc p { margin: 0.25rem 0 0 2rem; color: var(--muted); }
.toc-number { display: inline-block; width: 2rem; color: var(--muted); font-variant-numeric: tabular-nums; }

.pager {
  display: flex; justify-content: space-between; gap: 1rem; max-width: 40rem; margin: 3rem auto 1rem;
  padding-top: 1.25rem; border-top: 1px solid var(--faint); font-family: var(--sans);
}
.pager a { text-decoration: none; max-width: 48%; }
.pager-next { text-align: right; margin-left: auto; }
.pager-label { display: block; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); }

.site-footer { max-width: 40rem; margin: 3rem auto 2rem; font-family: var(--sans); font-size: 0.85rem; color: var(--muted); }

@media (max-width: 30rem) {
  body { font-size: 1rem; }
  .site-header, .site-footer, main { padding-left: 1rem; padding-right: 1rem; }
  h2 { font-size: 1.3rem; }
  /* Figures use the phone's full width: charts are laid out for a 440-unit viewBox with 13-unit
     text, which is 11 CSS px from 372 px wide; inside the column's padding it would be 10. */
  .figure-graphic { margin-left: -1rem; margin-right: -1rem; }
  .figure .cell-stepper > .cs-panel { flex-basis: calc(100% + 2rem); margin-left: -1rem; margin-right: -1rem; }
}
@media print {
  .site-header, .pager, .theme-switch { display: none; }
}
"""#
}
