// Sample cell diagrams for looking at: writes NAME-light.html and NAME-dark.html (and a few
// stepper pages: a later step chosen, keyboard focus, no CSS at all) into the folder given as
// the first argument, printing each page's name. The page mimics the site's lesson column.
// The tests are run by tools/diagram-preview/test.
import Foundation
import Directives
import SVGPlot

let out = URL(fileURLWithPath: CommandLine.arguments[1])

// MARK: A real cell, one unit, one input: the samples are computed, not typed in.

func sigmoid(_ v: Double) -> Double { 1 / (1 + exp(-v)) }

/// One-unit LSTM with fixed weights (w for x, u for h, b) per gate i, f, g, o.
func lstmSteps(_ xs: [Double]) -> [CellStep] {
    let w = ["i": (0.9, -0.6, 0.1), "f": (0.7, 0.8, 1.0), "g": (1.4, -0.9, 0.0), "o": (-0.5, 1.1, 0.3)]
    var h = 0.0, c = 0.0
    return xs.enumerated().map { index, x in
        func pre(_ n: String) -> Double { w[n]!.0 * x + w[n]!.1 * h + w[n]!.2 }
        let gates = ["i", "f", "g", "o"].map { n in
            CellStep.Gate(name: n, preactivation: pre(n), activation: n == "g" ? tanh(pre(n)) : sigmoid(pre(n)))
        }
        let (i, f, g, o) = (gates[0].activation, gates[1].activation, gates[2].activation, gates[3].activation)
        let cNew = f * c + i * g
        let hNew = o * tanh(cNew)
        defer { h = hNew; c = cNew }
        return CellStep(cell: .lstm, t: index + 1, x: x, hPrevious: h, cPrevious: c, gates: gates, c: cNew, h: hNew)
    }
}

/// One-unit GRU (Keras, reset before) with fixed weights per gate z, r, g.
func gruSteps(_ xs: [Double]) -> [CellStep] {
    let w = ["z": (-0.8, 0.5, 0.2), "r": (0.6, 0.9, -0.1), "g": (1.3, -1.2, 0.05)]
    var h = 0.0
    return xs.enumerated().map { index, x in
        let zPre = w["z"]!.0 * x + w["z"]!.1 * h + w["z"]!.2
        let rPre = w["r"]!.0 * x + w["r"]!.1 * h + w["r"]!.2
        let (z, r) = (sigmoid(zPre), sigmoid(rPre))
        let gPre = w["g"]!.0 * x + w["g"]!.1 * (r * h) + w["g"]!.2
        let g = tanh(gPre)
        let hNew = z * h + (1 - z) * g
        defer { h = hNew }
        return CellStep(cell: .gru, t: index + 1, x: x, hPrevious: h,
                        gates: [CellStep.Gate(name: "z", preactivation: zPre, activation: z),
                                CellStep.Gate(name: "r", preactivation: rPre, activation: r),
                                CellStep.Gate(name: "g", preactivation: gPre, activation: g)],
                        h: hNew)
    }
}

let sequence = [0.5, -0.2, 0.9, 0.1, -0.7]
let lstm = lstmSteps(sequence)
let gru = gruSteps(sequence)

/// Extreme numbers: long labels must still fit.
let extreme = CellStep(cell: .lstm, t: 12, x: -123.456, hPrevious: -0.999, cPrevious: -12.3456,
                       gates: [CellStep.Gate(name: "i", preactivation: -17.25, activation: 0.00000003),
                               CellStep.Gate(name: "f", preactivation: 9.87, activation: 0.99995),
                               CellStep.Gate(name: "g", preactivation: -25.5, activation: -1),
                               CellStep.Gate(name: "o", preactivation: -0.001, activation: 0.49975)],
                       c: -12.3449, h: -0.49975)

let diagrams: [(String, CellDiagram)] = [
    ("lstm", CellDiagram(step: lstm[2], title: "An LSTM cell at step 3", description: "One unit reading the third value.")),
    ("lstm-forget", CellDiagram(step: lstm[2], title: "Forget gate", description: "", highlight: .forget)),
    ("lstm-input", CellDiagram(step: lstm[2], title: "Input gate", description: "", highlight: .input)),
    ("lstm-candidate", CellDiagram(step: lstm[2], title: "Candidate", description: "", highlight: .candidate)),
    ("lstm-output", CellDiagram(step: lstm[2], title: "Output gate", description: "", highlight: .output)),
    ("lstm-cell", CellDiagram(step: lstm[2], title: "Cell state", description: "", highlight: .cellState)),
    ("lstm-3dec", CellDiagram(step: lstm[1], title: "Three decimals", description: "", decimals: 3)),
    ("lstm-extreme", CellDiagram(step: extreme, title: "<b>Extreme</b> & \"numbers\"", description: "<script>alert(1)</script>", decimals: 3)),
    ("gru", CellDiagram(step: gru[2], title: "A GRU cell at step 3", description: "One unit reading the third value.")),
    ("gru-update", CellDiagram(step: gru[2], title: "Update gate", description: "", highlight: .update)),
    ("gru-reset", CellDiagram(step: gru[2], title: "Reset gate", description: "", highlight: .reset)),
    ("gru-candidate", CellDiagram(step: gru[2], title: "Candidate", description: "", highlight: .candidate)),
    ("gru-state", CellDiagram(step: gru[2], title: "Hidden state", description: "", highlight: .cellState)),
    ("gru-3dec", CellDiagram(step: gru[1], title: "Three decimals", description: "", decimals: 3)),
    ("lstm-zh", CellDiagram(step: lstm[2], title: "LSTM 单元，第 3 步", description: "一个单元读入第三个值。", words: .chinese)),
    ("gru-zh", CellDiagram(step: gru[2], title: "GRU 单元，第 3 步", description: "", highlight: .reset, words: .chinese)),
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

let lstmStepper = CellStepper(steps: lstm, title: "The LSTM cell over five steps")
let gruStepper = CellStepper(steps: gru, title: "The GRU cell over five steps", highlight: .update)
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
