import Foundation
import SVGPlot

/// The LSTM's layout, in viewBox units, left to right: c_{t−1} and h_{t−1} enter on the left
/// (top and bottom), x_t from below; the forget, input, candidate and output columns; c_t and
/// h_t leave on the right, h_t also upwards.
extension CellDiagram {
    private enum L {
        static let xIn = 6.0, xInput = 46.0, xF = 118.0, xI = 202.0, xG = 286.0, xO = 370.0, xOut = 458.0
        static let xH = 498.0, xEnd = 516.0
        static let yTop = 22.0, yBelt = 62.0, yTanh = 100.0, yIG = 122.0, yO = 160.0
        static let yValue = 197.0, yBox = 242.0, yBus = 318.0, yWord = 342.0, yX = 384.0, height = 392.0
        static let boxWidth = 68.0, boxHeight = 48.0
        /// Labels above the belt, and a second row above those for labels too wide to fit.
        static let yOnBelt = yBelt - 14, yAboveBelt = yBelt - 37
        /// A second row for gate values, when neighbours would touch.
        static let yValueRaised = yValue - 24
    }

    /// Draws the LSTM on a fresh canvas and returns it with the diagram's height.
    func drawLSTM() -> (DiagramCanvas, Double) {
        var canvas = DiagramCanvas(highlight: activeHighlight, width: CellDiagram.width, height: L.height)
        typealias P = DiagramCanvas.Point
        typealias S = DiagramCanvas.Spot
        let (i, f, g, o) = (gate("i"), gate("f"), gate("g"), gate("o"))
        let terms = lstmTerms
        let (cPrevious, c) = (unit(terms?.cPrevious), unit(terms?.c))
        let r = DiagramCanvas.opRadius
        let cap = DiagramCanvas.halfCap * DiagramCanvas.fontSize
        let boxTop = L.yBox - L.boxHeight / 2

        let inputs: Set<Highlight> = [.forget, .input, .candidate, .output]
        let forget: Set<Highlight> = [.forget, .cellState]
        let write: Set<Highlight> = [.input, .candidate]
        let output: Set<Highlight> = [.output]

        // The belt: c_{t−1} → ×f → + → c_t, with the branch down to tanh for the output.
        canvas.wire([P(L.xIn, L.yBelt), P(L.xF - r, L.yBelt)], .state, lit: forget, belt: true)
        canvas.wire([P(L.xF + r, L.yBelt), P(L.xG - r, L.yBelt)], .state, lit: forget, belt: true)
        canvas.wire([P(L.xG + r, L.yBelt), P(L.xOut, L.yBelt)], .state, lit: [.cellState, .output], arrow: false, belt: true)
        canvas.wire([P(L.xOut, L.yBelt), P(L.xEnd, L.yBelt)], .state, lit: [.cellState], belt: true)
        canvas.junction(P(L.xOut, L.yBelt), .state, lit: output)
        canvas.operation("×", at: P(L.xF, L.yBelt), .state, lit: forget,
                         tooltip: "f × c_{\(before)}" + (words.isChinese ? "：保留的记忆" : ": what the cell keeps"))
        canvas.operation("+", at: P(L.xG, L.yBelt), .state, lit: [.input, .candidate, .cellState],
                         tooltip: "f·c_{\(before)} + i·g" + (words.isChinese ? "：新的细胞状态" : ": the new cell state"))

        // The input and the previous hidden state, fed to every gate from below.
        // Each gate's feed is lit with its gate; the shared line with any of them.
        canvas.wire([P(L.xIn, L.yBus), P(L.xG, L.yBus)], .neutral, lit: inputs, arrow: false)
        canvas.wire([P(L.xG, L.yBus), P(L.xO, L.yBus), P(L.xO, boxTop + L.boxHeight)], .neutral, lit: output)
        let feeds: [(Double, Set<Highlight>)] = [(L.xF, [.forget]), (L.xI, [.input]), (L.xG, write)]
        for (x, lit) in feeds {
            canvas.wire([P(x, L.yBus), P(x, boxTop + L.boxHeight)], .neutral, lit: lit)
            canvas.junction(P(x, L.yBus), .neutral, lit: inputs)
        }
        canvas.wire([P(L.xInput, L.yX - 20), P(L.xInput, L.yBus)], .neutral, lit: inputs, arrow: false)
        canvas.junction(P(L.xInput, L.yBus), .neutral, lit: inputs)

        // The four gates, and what each sends up.
        let columns: [(Gate, Double, String, DiagramCanvas.Hue, Set<Highlight>, [String])] = [
            (f, L.xF, "σ", .gate, [.forget], words.forgetGate),
            (i, L.xI, "σ", .gate, [.input], words.inputGate),
            (g, L.xG, "tanh", .candidate, write, words.candidate),
            (o, L.xO, "σ", .gate, output, words.outputGate),
        ]
        for (gate, x, function, hue, lit, _) in columns {
            canvas.gateBox(center: P(x, L.yBox), width: L.boxWidth, height: L.boxHeight, function: function,
                           input: format(gate.preactivation), hue, lit: lit,
                           tooltip: gateTooltip(gate, function: function))
        }
        canvas.wire([P(L.xF, boxTop), P(L.xF, L.yBelt + r)], .gate, lit: [.forget], name: "f")
        canvas.wire([P(L.xI, boxTop), P(L.xI, L.yIG), P(L.xG - r, L.yIG)], .gate, lit: [.input], name: "i")
        canvas.wire([P(L.xG, boxTop), P(L.xG, L.yIG + r)], .candidate, lit: write, name: "g")
        canvas.operation("×", at: P(L.xG, L.yIG), .candidate, lit: write,
                         tooltip: "i × g" + (words.isChinese ? "：写入细胞的内容" : ": what is written to the cell"))
        canvas.wire([P(L.xG, L.yIG - r), P(L.xG, L.yBelt + r)], .candidate, lit: write, name: "ig")

        // The output: tanh(c_t) scaled by o is h_t, which leaves to the right and upwards.
        canvas.wire([P(L.xOut, L.yBelt), P(L.xOut, L.yTanh - r)], .state, lit: output)
        canvas.function("tanh", at: P(L.xOut, L.yTanh), width: 46, .state, lit: output, tooltip: "tanh(c_{\(now)})")
        canvas.wire([P(L.xOut, L.yTanh + r), P(L.xOut, L.yO - r)], .state, lit: output, name: "tanh")
        canvas.wire([P(L.xO, boxTop), P(L.xO, L.yO), P(L.xOut - r, L.yO)], .gate, lit: output, name: "o")
        canvas.operation("×", at: P(L.xOut, L.yO), .neutral, lit: output, tooltip: "o × tanh(c_{\(now)}) = h_{\(now)}")
        canvas.wire([P(L.xOut + r, L.yO), P(L.xEnd, L.yO)], .neutral, lit: output)
        canvas.junction(P(L.xH, L.yO), .neutral, lit: output)
        // Upwards h_t crosses the belt: a gap in the thin line shows it passes behind.
        canvas.wire([P(L.xH, L.yO), P(L.xH, L.yBelt + 9)], .neutral, lit: output, arrow: false)
        canvas.wire([P(L.xH, L.yBelt - 9), P(L.xH, 4)], .neutral, lit: output)

        // Labels, the most constrained first.
        canvas.label("h_{\(now)} = " + format(unit(step.h)), at: [S(L.xH - 10, L.yTop, .end)], lit: output)
        canvas.label("c_{\(before)} = " + format(cPrevious), at: [S(L.xIn, L.yOnBelt, .start), S(L.xIn, L.yAboveBelt, .start),
                         S(L.xIn, L.yAboveBelt - 10, .start, split: true)],
                     lit: forget)
        for (text, x, lit) in [("f·c_{\(before)} = " + format(unit(terms?.fc)), (L.xF + L.xG) / 2, forget),
                               ("c_{\(now)} = " + format(c), (L.xG + L.xOut) / 2, [.cellState, .output] as Set<Highlight>)] {
            canvas.label(text, at: [S(x, L.yOnBelt), S(x, L.yAboveBelt), S(x + 40, L.yAboveBelt), S(x - 40, L.yAboveBelt),
                                   S(x, L.yAboveBelt - 10, split: true)], lit: lit)
        }
        canvas.label(words.cellState, at: [S(L.xIn, L.yBelt + 24, .start)], small: true, kind: "cd-word", lit: forget)
        let yIGLabel = (L.yBelt + L.yIG) / 2 + cap
        canvas.label("i·g = " + format(unit(terms?.ig)),
                     at: [S(L.xG - 10, yIGLabel, .end), S(L.xG + 10, yIGLabel, .start)], lit: write)
        let yTanhLabel = (L.yTanh + L.yO) / 2 + cap + 4
        canvas.label("tanh c_{\(now)} = " + format(unit(terms?.tanhC)),
                     at: [S(L.xOut - 11, yTanhLabel, .end), S(L.xOut - 14, yTanhLabel - 12, .end, split: true)],
                     lit: output)
        // Right to left, so that when neighbours need two rows it is never o that rises: its
        // wire turns right just above the row.
        for (gate, x, _, _, lit, names) in columns.reversed() {
            canvas.label(gate.name + " = " + format(gate.activation), at: [S(x, L.yValue), S(x, L.yValueRaised)],
                         on: [gate.name], lit: lit)
            canvas.words(names, at: S(x, L.yWord), lit: lit)
        }
        canvas.label("h_{\(before)} = " + format(unit(step.hPrevious)),
                     at: [S(L.xIn, L.yBus - 12, .start), S(L.xIn, L.yBus - 33, .start, split: true)], lit: inputs)
        // Where h_{t−1}'s label needs two lines, the words go above it on two lines as well.
        canvas.words([(S(L.xIn, L.yBus - 36, .start), [words.hiddenState]),
                      (S(L.xIn, L.yBus - 74, .start), words.hiddenState.split(separator: " ").map(String.init))], lit: inputs)
        canvas.label(inputLabel, at: [S(L.xIn, L.yX, .start)], lit: inputs)
        canvas.label("h_{\(now)}", at: [S(L.xEnd, L.yO + 26, .end)], lit: output)
        canvas.label("t = " + now, at: [S(L.xEnd, L.yX, .end)], kind: "cd-step", lit: Set(Highlight.allCases))
        return (canvas, L.height)
    }
}
