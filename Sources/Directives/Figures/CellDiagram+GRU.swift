import Foundation
import SVGPlot

/// The GRU's layout, in viewBox units. The hidden state is the belt: h_{t−1} enters top left,
/// is scaled by z, receives (1 − z)·h̃ and leaves as h_t to the right and upwards. A branch
/// of h_{t−1} drops to the bottom line, where x_t joins it, to feed the update gate z, the
/// reset gate r and the candidate h̃; r enters the candidate's box, where it scales the part
/// computed from h_{t−1}. As in Keras,
/// h_t = z·h_{t−1} + (1 − z)·h̃.
extension CellDiagram {
    private enum G {
        static let xIn = 6.0, xDown = 24.0, xInput = 70.0, xZ = 130.0, xR = 225.0, xC = 320.0, xUp = 470.0, xEnd = 516.0
        static let yTop = 22.0, yBelt = 62.0, yMix = 112.0, yCandidate = 180.0
        static let yValue = 197.0, yBox = 242.0, yBus = 318.0, yWord = 342.0, yX = 384.0, height = 392.0
        static let boxWidth = 68.0, boxHeight = 48.0
        static let yOnBelt = yBelt - 14, yAboveBelt = yBelt - 37
    }

    /// Draws the GRU on a fresh canvas and returns it with the diagram's height.
    func drawGRU() -> (DiagramCanvas, Double) {
        var canvas = DiagramCanvas(highlight: activeHighlight, width: CellDiagram.width, height: G.height)
        typealias P = DiagramCanvas.Point
        typealias S = DiagramCanvas.Spot
        let (z, reset, candidate) = (gate("z"), gate("r"), gate("g"))
        let terms = gruTerms
        let r = DiagramCanvas.opRadius
        let cap = DiagramCanvas.halfCap * DiagramCanvas.fontSize
        let boxTop = G.yBox - G.boxHeight / 2

        let inputs: Set<Highlight> = [.update, .reset, .candidate]
        let update: Set<Highlight> = [.update]
        let keep: Set<Highlight> = [.update, .cellState]
        let mix: Set<Highlight> = [.update, .candidate]
        let resetPath: Set<Highlight> = [.reset, .candidate]
        let out: Set<Highlight> = [.cellState, .update, .candidate]

        // The belt: h_{t−1} → ×z → + → h_t, which also leaves upwards.
        // h_{t−1} enters: as far as the branch down to the gates it feeds those too.
        canvas.wire([P(G.xIn, G.yBelt), P(G.xDown, G.yBelt)], .state, lit: keep.union(inputs), arrow: false, belt: true)
        canvas.wire([P(G.xDown, G.yBelt), P(G.xZ - r, G.yBelt)], .state, lit: keep, belt: true)
        canvas.wire([P(G.xZ + r, G.yBelt), P(G.xC - r, G.yBelt)], .state, lit: keep, belt: true)
        canvas.wire([P(G.xC + r, G.yBelt), P(G.xEnd, G.yBelt)], .state, lit: out, belt: true)
        canvas.junction(P(G.xDown, G.yBelt), .state, lit: inputs)
        canvas.junction(P(G.xUp, G.yBelt), .state, lit: out)
        canvas.wire([P(G.xUp, G.yBelt), P(G.xUp, 4)], .state, lit: out)
        canvas.operation("×", at: P(G.xZ, G.yBelt), .state, lit: keep, tooltip: "z × h_{\(before)}: what the cell keeps")
        canvas.operation("+", at: P(G.xC, G.yBelt), .state, lit: out, tooltip: "z·h_{\(before)} + (1 − z)·h̃: the new hidden state")

        // h_{t−1} drops to the bottom line, x_t joins it, and both feed the gates.
        // Each gate's feed is lit with its gate; the shared line with any of them.
        canvas.wire([P(G.xDown, G.yBelt), P(G.xDown, G.yBus), P(G.xR, G.yBus)], .neutral, lit: inputs, arrow: false)
        canvas.wire([P(G.xZ, G.yBus), P(G.xZ, boxTop + G.boxHeight)], .neutral, lit: update)
        canvas.junction(P(G.xZ, G.yBus), .neutral, lit: inputs)
        canvas.wire([P(G.xR, G.yBus), P(G.xR, boxTop + G.boxHeight)], .neutral, lit: [.reset])
        canvas.wire([P(G.xR, G.yBus), P(G.xC, G.yBus), P(G.xC, G.yCandidate + G.boxHeight / 2)], .neutral, lit: resetPath)
        canvas.junction(P(G.xR, G.yBus), .neutral, lit: inputs)
        canvas.wire([P(G.xInput, G.yX - 20), P(G.xInput, G.yBus)], .neutral, lit: inputs, arrow: false)
        canvas.junction(P(G.xInput, G.yBus), .neutral, lit: inputs)

        // The gates: z and r in the row, the candidate raised above the reset ×.
        for (gate, x, lit) in [(z, G.xZ, update), (reset, G.xR, [.reset] as Set<Highlight>)] {
            canvas.gateBox(center: P(x, G.yBox), width: G.boxWidth, height: G.boxHeight, function: "σ",
                           input: format(gate.preactivation), .gate, lit: lit,
                           tooltip: gateTooltip(gate, function: "σ"))
        }
        canvas.gateBox(center: P(G.xC, G.yCandidate), width: G.boxWidth, height: G.boxHeight, function: "tanh",
                       input: format(candidate.preactivation), .candidate, lit: resetPath,
                       tooltip: gateTooltip(candidate, function: "tanh", symbol: "h̃"))

        // z scales the old state on the belt, and 1 − z the candidate.
        canvas.wire([P(G.xZ, boxTop), P(G.xZ, G.yBelt + r)], .gate, lit: update, name: "z")
        canvas.junction(P(G.xZ, G.yMix), .gate, lit: update)
        canvas.wire([P(G.xZ, G.yMix), P(G.xR - 17, G.yMix)], .gate, lit: update, name: "z")
        canvas.function("1 −", at: P(G.xR, G.yMix), width: 34, .gate, lit: update, tooltip: "1 − z")
        canvas.wire([P(G.xR + 17, G.yMix), P(G.xC - r, G.yMix)], .gate, lit: update, name: "1-z")

        // r goes into the candidate's box, not onto the line below it: that line carries x_t as
        // well as h_{t−1}, and r scales only the part computed from h_{t−1}, U·h_{t−1} + b′
        // (Keras's reset-after form), inside the box. A × on the shared line would read as r
        // scaling x too.
        let xRIn = G.xC - 22
        canvas.wire([P(G.xR + G.boxWidth / 2, G.yBox), P(xRIn, G.yBox), P(xRIn, G.yCandidate + G.boxHeight / 2)], .gate,
                    lit: [.reset, .candidate], name: "r")

        // The candidate, scaled by 1 − z, joins the belt.
        canvas.wire([P(G.xC, G.yCandidate - G.boxHeight / 2), P(G.xC, G.yMix + r)], .candidate, lit: mix.union(resetPath),
                    name: "g")
        canvas.operation("×", at: P(G.xC, G.yMix), .candidate, lit: mix, tooltip: "(1 − z) × h̃")
        canvas.wire([P(G.xC, G.yMix - r), P(G.xC, G.yBelt + r)], .candidate, lit: mix, name: "mix")

        // Labels, the most constrained first.
        canvas.label("h_{\(now)} = " + format(unit(step.h)), at: [S(G.xUp - 10, G.yTop, .end)], lit: out)
        canvas.label("h_{\(before)} = " + format(unit(step.hPrevious)), at: [S(G.xIn, G.yOnBelt, .start), S(G.xIn, G.yAboveBelt, .start)],
                     lit: keep.union(inputs))
        let xKeep = (G.xZ + G.xC) / 2
        canvas.label("z·h_{\(before)} = " + format(unit(terms?.zh)),
                     at: [S(xKeep, G.yOnBelt), S(xKeep, G.yAboveBelt), S(xKeep + 40, G.yAboveBelt)], lit: keep)
        canvas.words([(S(G.xDown + 8, G.yBelt + 30, .start), [words.hiddenState]),
                      (S(G.xDown + 8, G.yBelt + 30, .start), words.hiddenState.split(separator: " ").map(String.init))], lit: keep)
        canvas.label("h_{\(now)}", at: [S(G.xEnd, G.yOnBelt, .end)], lit: out)
        let yMixLabel = (G.yBelt + G.yMix) / 2 + cap
        canvas.label("(1 − z)·h̃ = " + format(unit(terms?.zg)),
                     at: [S(G.xC + 14, yMixLabel, .start), S(G.xC + 14, yMixLabel - 10, .start, split: true)], lit: mix)
        canvas.label("1 − z = " + format(unit(terms?.oneMinusZ)),
                     at: [S(G.xR, G.yMix - r - 8), S((G.xZ + G.xR) / 2 - 4, G.yMix + 26)], on: ["z", "1-z"], lit: update)
        let yCandidateLabel = (G.yMix + G.yCandidate - G.boxHeight / 2) / 2 + cap + 4
        canvas.label("h̃ = " + format(candidate.activation),
                     at: [S(G.xC + 10, yCandidateLabel, .start), S(G.xC - 10, yCandidateLabel, .end)], lit: mix.union(resetPath))
        canvas.label("r = " + format(reset.activation),
                     at: [S(G.xR, G.yValue), S((G.xR + G.boxWidth / 2 + xRIn) / 2, G.yBox - 10)],
                     on: ["r"], lit: [.reset])
        canvas.label("z = " + format(z.activation), at: [S(G.xZ, G.yValue), S(G.xZ, G.yValue - 24)], on: ["z"], lit: update)
        let columns: [([String], Double, Set<Highlight>)] = [(words.updateGate, G.xZ, update), (words.resetGate, G.xR, [.reset]),
                                                             (words.candidate, G.xC, resetPath)]
        for (names, x, lit) in columns {
            canvas.words(names, at: S(x, G.yWord), lit: lit)
        }
        canvas.label(inputLabel, at: [S(G.xInput, G.yX), S(G.xIn, G.yX, .start)], lit: inputs)
        canvas.label("t = " + now, at: [S(G.xEnd, G.yX, .end)], kind: "cd-step", lit: Set(Highlight.allCases))
        return (canvas, G.height)
    }
}
