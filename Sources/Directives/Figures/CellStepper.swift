import Engine
import SVGPlot

/// Several steps of a cell, one `CellDiagram` per step, behind a row of "t = 1, 2, 3…" buttons
/// that work without JavaScript.
///
/// The buttons are radio inputs with labels: the checked one's panel is shown, the others are
/// hidden by `CellStepper.stylesheet`. Radios give keyboard use for free (Tab into the row,
/// arrow keys to move) and the stylesheet draws the focus ring on the label. Without the
/// stylesheet every step is shown, one under another, each after its "t = k" label.
///
/// Markup, for id prefix `P` (every id starts with it, so several steppers share a page):
///
///     <div class="cell-stepper" id="P-stepper" role="group" aria-label="…">
///     <span class="cs-legend">Time step</span>
///     <input type="radio" class="cs-radio" name="P-step" id="P-t1" checked="checked"/>
///     <label class="cs-tab" for="P-t1">t = 1</label>
///     <div class="cs-panel" id="P-step-1"><svg …></div>
///     …
///     </div>
///
/// A script may add previous/next buttons by checking the neighbouring radio.
public struct CellStepper: Sendable {
    /// The engine's trace of the cell; the stepper shows its first unit.
    public var trace: Trace
    /// Names the group of buttons and starts each diagram's title ("…, step 2 of 5").
    public var title: String
    public var highlight: CellDiagram.Highlight
    public var decimals: Int
    /// The step shown first, counted from 1 (clamped to the steps there are).
    public var initial: Int
    public var words: CellDiagram.Words

    public init(trace: Trace, title: String, highlight: CellDiagram.Highlight = .none, decimals: Int = 2,
                initial: Int = 1, words: CellDiagram.Words = .english) {
        self.trace = trace
        self.title = title
        self.highlight = highlight
        self.decimals = decimals
        self.initial = initial
        self.words = words
    }

    /// The diagrams, one per step, titled and described for the stepper.
    public var diagrams: [CellDiagram] {
        let count = trace.steps.count
        return (1...count).map { t in
            let numbered = words.isChinese ? "\(title)，第 \(t) 步（共 \(count) 步）" : "\(title), step \(t) of \(count)"
            return CellDiagram(trace: trace, t: t, title: numbered, description: "", highlight: highlight, decimals: decimals, words: words)
        }
    }

    /// The stepper as an HTML fragment, also well-formed XML. Same input, same bytes.
    public func html(idPrefix: String) -> String {
        let prefix = XMLEscape.identifier(idPrefix)
        let chosen = max(1, min(initial, trace.steps.count))
        var lines = [
            "<div class=\"cell-stepper\" id=\"\(prefix)-stepper\" role=\"group\" aria-label=\"\(XMLEscape.escape(title))\">",
            "<span class=\"cs-legend\">\(XMLEscape.escape(words.timeStep))</span>",
        ]
        for (index, diagram) in diagrams.enumerated() {
            let k = index + 1
            let id = "\(prefix)-t\(k)"
            let checked = k == chosen ? " checked=\"checked\"" : ""
            lines.append("<input type=\"radio\" class=\"cs-radio\" name=\"\(prefix)-step\" id=\"\(id)\"\(checked)/>")
            lines.append("<label class=\"cs-tab\" for=\"\(id)\">t = \(diagram.t)</label>")
            lines.append("<div class=\"cs-panel\" id=\"\(prefix)-step-\(k)\">" + diagram.svg(idPrefix: "\(prefix)-step-\(k)") + "</div>")
        }
        lines.append("</div>")
        return lines.joined(separator: "\n")
    }

    /// The CSS of the stepper, for light and dark themes. It takes the site's colours
    /// (`--accent`, `--fg`, `--muted`, `--faint`, `--bg`, `--sans`) when the page defines them.
    public static let stylesheet: String = """
    /* Cell stepper: radio buttons as "t = k" tabs; only the checked step's panel shows. */
    .cell-stepper {
      --cs-accent: var(--accent, #1f5fa8); --cs-on-accent: var(--bg, #ffffff);
      --cs-fg: var(--fg, #1f2328); --cs-muted: var(--muted, #5b616b); --cs-line: var(--faint, #d9d5cb);
      position: relative; display: flex; flex-wrap: wrap; align-items: center; gap: 0.375rem;
      font-family: var(--sans, system-ui, sans-serif);
    }
    @media (prefers-color-scheme: dark) {
      :root:not([data-theme="light"]) .cell-stepper {
        --cs-accent: var(--accent, #8ab8f0); --cs-on-accent: var(--bg, #15171b);
        --cs-fg: var(--fg, #e3e4e6); --cs-muted: var(--muted, #a0a6b0); --cs-line: var(--faint, #3a3f48);
      }
    }
    [data-theme="dark"] .cell-stepper {
      --cs-accent: var(--accent, #8ab8f0); --cs-on-accent: var(--bg, #15171b);
      --cs-fg: var(--fg, #e3e4e6); --cs-muted: var(--muted, #a0a6b0); --cs-line: var(--faint, #3a3f48);
    }
    .cell-stepper > .cs-legend { font-size: 0.85rem; color: var(--cs-muted); margin-right: 0.25rem; }
    /* The radio stays in the page (focusable, announced) but invisible; its label is the button. */
    .cell-stepper > .cs-radio { position: absolute; top: 0; left: 0; width: 1px; height: 1px; margin: 0; opacity: 0; }
    .cell-stepper > .cs-tab {
      font-size: 0.875rem; font-weight: 600; font-variant-numeric: tabular-nums; line-height: 1.2;
      min-width: 2.75rem; padding: 0.45rem 0.7rem; text-align: center; white-space: nowrap; cursor: pointer;
      color: var(--cs-muted); border: 1px solid var(--cs-line); border-radius: 999px; user-select: none;
    }
    .cell-stepper > .cs-tab:hover { color: var(--cs-fg); border-color: var(--cs-muted); }
    .cell-stepper > .cs-radio:checked + .cs-tab { color: var(--cs-on-accent); background: var(--cs-accent); border-color: var(--cs-accent); }
    .cell-stepper > .cs-radio:focus-visible + .cs-tab { outline: 3px solid var(--cs-accent); outline-offset: 2px; }
    .cell-stepper > .cs-panel { order: 1; flex: 0 0 100%; display: none; margin-top: 0.5rem; }
    .cell-stepper > .cs-radio:checked + .cs-tab + .cs-panel { display: block; }
    @media print { .cell-stepper > .cs-panel { display: block; } .cell-stepper > .cs-tab { display: none; } }
    """
}
