// Sample cell diagrams for looking at: writes NAME-light.html and NAME-dark.html (and a few
// stepper pages: a later step chosen, keyboard focus, no CSS at all) into the folder given as
// the first argument, printing each page's name. The page mimics the site's lesson column.
// The diagrams' tests are `swift test --filter CellDiagramTests`.
import Engine
import Foundation
import Directives
import SVGPlot

let out = URL(fileURLWithPath: CommandLine.arguments[1])

// MARK: A real cell, one unit, one input: the samples are computed by the engine, not typed in.

/// A one-unit layer with fixed weights (w for x, u for h, b) per gate, in the engine's block order.
func layer(_ kind: CellKind, _ weights: [(Double, Double, Double)]) -> RecurrentLayer {
    try! RecurrentLayer(kind: kind, units: 1, inputDim: 1, kernel: Matrix([weights.map(\.0)]),
                        recurrentKernel: Matrix([weights.map(\.1)]), bias: Matrix([weights.map(\.2)]))
}

let sequence = [0.5, -0.2, 0.9, 0.1, -0.7]
/// LSTM gates i, f, g, o.
let lstm = try! layer(.lstm, [(0.9, -0.6, 0.1), (0.7, 0.8, 1.0), (1.4, -0.9, 0.0), (-0.5, 1.1, 0.3)]).trace(sequence.map { [$0] })
/// GRU (Keras, reset before) gates z, r, g.
let gru = try! layer(.gru(resetAfter: false), [(-0.8, 0.5, 0.2), (0.6, 0.9, -0.1), (1.3, -1.2, 0.05)]).trace(sequence.map { [$0] })
/// Extreme numbers: long labels must still fit. Large weights saturate every gate.
let extreme = try! layer(.lstm, [(0.14, 0.2, 0.03), (-0.08, 0.1, 0.0), (0.2, 0.0, 0.0), (0.001, 0.0, 0.0)])
    .trace(Array(repeating: [-123.456], count: 12))

let diagrams: [(String, CellDiagram)] = [
    ("lstm", CellDiagram(trace: lstm, t: 3, title: "An LSTM cell at step 3", description: "One unit reading the third value.")),
    ("lstm-forget", CellDiagram(trace: lstm, t: 3, title: "Forget gate", description: "", highlight: .forget)),
    ("lstm-input", CellDiagram(trace: lstm, t: 3, title: "Input gate", description: "", highlight: .input)),
    ("lstm-candidate", CellDiagram(trace: lstm, t: 3, title: "Candidate", description: "", highlight: .candidate)),
    ("lstm-output", CellDiagram(trace: lstm, t: 3, title: "Output gate", description: "", highlight: .output)),
    ("lstm-cell", CellDiagram(trace: lstm, t: 3, title: "Cell state", description: "", highlight: .cellState)),
    ("lstm-3dec", CellDiagram(trace: lstm, t: 2, title: "Three decimals", description: "", decimals: 3)),
    ("lstm-extreme", CellDiagram(trace: extreme, t: 12, title: "<b>Extreme</b> & \"numbers\"", description: "<script>alert(1)</script>",
                                 decimals: 3)),
    ("gru", CellDiagram(trace: gru, t: 3, title: "A GRU cell at step 3", description: "One unit reading the third value.")),
    ("gru-update", CellDiagram(trace: gru, t: 3, title: "Update gate", description: "", highlight: .update)),
    ("gru-reset", CellDiagram(trace: gru, t: 3, title: "Reset gate", description: "", highlight: .reset)),
    ("gru-candidate", CellDiagram(trace: gru, t: 3, title: "Candidate", description: "", highlight: .candidate)),
    ("gru-state", CellDiagram(trace: gru, t: 3, title: "Hidden state", description: "", highlight: .cellState)),
    ("gru-3dec", CellDiagram(trace: gru, t: 2, title: "Three decimals", description: "", decimals: 3)),
    ("lstm-zh", CellDiagram(trace: lstm, t: 3, title: "LSTM 单元，第 3 步", description: "一个单元读入第三个值。", words: .chinese)),
    ("gru-zh", CellDiagram(trace: gru, t: 3, title: "GRU 单元，第 3 步", description: "", highlight: .reset, words: .chinese)),
]

func page(_ name: String, theme: String, body: String, css: Bool = true) -> String {
    let style = css ? """
    <style>
    body { margin: 0; font: 17px/1.6 Charter, "DejaVu Serif", serif; }
    [data-theme="light"] body { background: #fdfcf9; color: #1f2328; }
    [data-theme="dark"] body { background: #15171b; color: #e3e4e6; }
    main { max-width: 48rem; margin: 0 auto; padding: 0 1.25rem; }
    .lesson { max-width: 40rem; margin: 0 auto; }
    @media (max-width: 30rem) { main { padding: 0 1rem; } }
    .figure { margin: 1rem 0; }
    @media (min-width: 52rem) { .figure { margin-left: -4rem; margin-right: -4rem; } }
    .figure-graphic svg { display: block; width: 100%; height: auto; }
    figcaption { font: 0.9rem/1.5 system-ui, sans-serif; margin-top: 0.6rem; }
    :focus-visible { outline: 3px solid #1f5fa8; outline-offset: 2px; }
    \(SVGPlot.stylesheet)
    \(CellDiagram.stylesheet)
    \(CellStepper.stylesheet)
    </style>
    """ : ""
    return """
    <!doctype html>
    <html lang="en" data-theme="\(theme)"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(name)</title>
    \(style)
    </head>
    <body><main><div class="lesson">\(body)</div></main></body></html>
    """
}

func write(_ name: String, _ html: String) {
    try! html.write(to: out.appendingPathComponent(name + ".html"), atomically: true, encoding: .utf8)
    print(name)
}

for (name, diagram) in diagrams {
    let body = """
    <figure id="fig-\(name)" class="figure"><div class="figure-graphic">\(diagram.svg(idPrefix: "fig-" + name))</div>
    <figcaption>Figure: \(name)</figcaption></figure>
    """
    for theme in ["light", "dark"] { write("\(name)-\(theme)", page(name, theme: theme, body: body)) }
}

let lstmStepper = CellStepper(trace: lstm, title: "The LSTM cell over five steps")
let gruStepper = CellStepper(trace: gru, title: "The GRU cell over five steps", highlight: .update)
for (name, stepper) in [("stepper", lstmStepper), ("stepper-gru", gruStepper)] {
    let body = "<figure id=\"\(name)\" class=\"figure\">" + stepper.html(idPrefix: name)
        + "<figcaption>Figure: \(name)</figcaption></figure>"
    for theme in ["light", "dark"] { write("\(name)-\(theme)", page(name, theme: theme, body: body)) }
    // The third step chosen, as after a click; and the page without any CSS.
    let third = body.replacingOccurrences(of: " checked=\"checked\"/>", with: "/>")
        .replacingOccurrences(of: "id=\"\(name)-t3\"/>", with: "id=\"\(name)-t3\" checked=\"checked\"/>")
    write("\(name)3-light", page(name, theme: "light", body: third))
    // The third step focused from the keyboard: the focus ring shows on its label.
    let focused = third.replacingOccurrences(of: "id=\"\(name)-t3\" checked=\"checked\"/>",
                                             with: "id=\"\(name)-t3\" checked=\"checked\" autofocus/>")
    write("\(name)focus-dark", page(name, theme: "dark", body: focused))
    write("\(name)-nocss-light", page(name, theme: "light", body: body, css: false))
}
