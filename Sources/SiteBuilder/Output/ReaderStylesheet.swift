/// Styles for what helps a reader find and check things, appended to style.css: callouts,
/// permalinks, "On this page", search, "how this was made", downloads, numbered equations,
/// references, and the charts' value readout. Colours come from the page's custom properties,
/// so both themes follow; the callouts' own colours are set per theme here.
enum ReaderStylesheet {
    private static let darkCallouts = """
      --note: #6ea8fe; --tip: #5fcf80; --important: #b39dfa; --warning: #e3b341; --caution: #ff8a80;

    """

    static let css = #"""
:root { --note: #0b5cad; --tip: #1a7f37; --important: #6b44bc; --warning: #8a5a00; --caution: #b3261e; }
@media (prefers-color-scheme: dark) {
  :root:not([data-theme="light"]) {
\#(darkCallouts)  }
}
:root[data-theme="dark"] {
\#(darkCallouts)}

.callout { border-left: 4px solid var(--callout); padding: 0.6rem 1rem 0.1rem; margin: 0 0 1.25rem; background: var(--panel); \#
border-radius: 0 4px 4px 0; }
.callout-title { font-family: var(--sans); font-weight: 600; color: var(--callout); margin: 0 0 0.4rem; }
.callout-note { --callout: var(--note); }
.callout-tip { --callout: var(--tip); }
.callout-important { --callout: var(--important); }
.callout-warning { --callout: var(--warning); }
.callout-caution { --callout: var(--caution); }

.permalink { margin-left: 0.35rem; color: var(--muted); font-weight: 400; text-decoration: none; opacity: 0.45; }
h2:hover .permalink, h3:hover .permalink, h4:hover .permalink, .permalink:focus-visible { opacity: 1; color: var(--accent); }
[id] { scroll-margin-top: 1rem; }

.page-toc { font-family: var(--sans); font-size: 0.92rem; border-left: 3px solid var(--faint); padding: 0.1rem 0 0.1rem 1rem; margin: 0 0 2rem; }
.page-toc-title { font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; margin: 0 0 0.4rem; }
.page-toc ol { list-style: none; padding: 0; margin: 0; }
.page-toc li { margin: 0.2rem 0; }
.page-toc .toc-level-3 { padding-left: 1rem; }
.page-toc a { text-decoration: none; }
.page-toc a:hover { text-decoration: underline; }

.site-header { flex-wrap: wrap; gap: 0.5rem 1rem; }
.site-search { position: relative; flex: 1 1 12rem; max-width: 20rem; margin-left: auto; }
.site-search input {
  width: 100%; font: inherit; font-size: 0.9rem; color: var(--fg); background: var(--bg);
  border: 1px solid var(--faint); border-radius: 999px; padding: 0.3rem 0.8rem;
}
.site-search input:focus { border-color: var(--accent); }
.search-status { position: absolute; left: -9999px; }
.search-results:empty { display: none; }
.search-results {
  position: absolute; right: 0; top: 2.4rem; z-index: 2; width: min(28rem, calc(100vw - 2rem)); max-height: 70vh; overflow-y: auto;
  list-style: none; margin: 0; padding: 0.25rem; background: var(--bg); border: 1px solid var(--faint); border-radius: 6px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
}
.search-results li { margin: 0; }
.search-results a { display: block; padding: 0.45rem 0.6rem; border-radius: 4px; text-decoration: none; color: var(--fg); }
.search-results a:hover, .search-results a:focus { background: var(--accent-soft); }
.search-snippet { display: block; color: var(--muted); font-size: 0.85rem; }
.search-results mark { background: var(--accent-soft); color: var(--fg); font-weight: 600; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }

.provenance { font-family: var(--sans); font-size: 0.88rem; margin: -1rem 0 2rem; color: var(--muted); }
.provenance summary { cursor: pointer; }
.provenance[open] { background: var(--panel); border-radius: 6px; padding: 0.5rem 0.9rem 0.2rem; }
.provenance table { font-size: 0.85rem; margin: 0.5rem 0 0.75rem; }
.provenance th, .provenance td { padding: 0.2rem 0.5rem; }
.provenance-default { color: var(--muted); font-style: italic; }
.provenance-command { white-space: pre-wrap; word-break: break-all; }
.figure-downloads { display: block; margin-top: 0.25rem; font-size: 0.85rem; }

.equation { display: flex; align-items: center; gap: 1rem; }
.equation math { flex: 1; }
.equation-number { font-family: var(--sans); color: var(--muted); }

.references ol { padding-left: 1.5rem; font-size: 0.95rem; }
.references li { overflow-wrap: anywhere; }

.chart-readout { font-family: var(--sans); font-size: 0.88rem; min-height: 1.4em; margin: 0.3rem 0 0; color: var(--fg); \#
font-variant-numeric: tabular-nums; }
.figure-graphic svg:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.svgplot .is-current:not(.hover-target) { stroke: var(--fg); stroke-width: 2px; }

@media (max-width: 30rem) {
  .site-search { order: 3; flex-basis: 100%; max-width: none; }
}
@media print {
  .site-search, .provenance, .permalink { display: none; }
}
"""#
}
