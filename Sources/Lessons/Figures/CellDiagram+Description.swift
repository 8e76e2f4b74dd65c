import Foundation

/// The diagram in words, for `<desc>`: what the step computes, with the same numbers the
/// picture shows, so a reader who cannot see it follows the same arithmetic.
extension CellDiagram {
    var narrative: String {
        var sentences: [String]
        switch step.cell {
        case .lstm: sentences = lstmSentences
        case .gru: sentences = gruSentences
        }
        if let focus = highlightSentence { sentences.append(focus) }
        return sentences.map(DiagramText.plain).joined(separator: " ")
    }

    private var lstmSentences: [String] {
        let (i, f, g, o) = (gate("i"), gate("f"), gate("g"), gate("o"))
        let cPrevious = step.cPrevious ?? .nan
        let c = step.c ?? .nan
        return [
            "Diagram of one LSTM cell (one unit) at time step t = \(now).",
            "In: the input x_{\(now)} = \(format(step.x)), the previous hidden state h_{\(before)} = \(format(step.hPrevious)) "
                + "and the cell state c_{\(before)} = \(format(cPrevious)), which runs along the top like a conveyor belt.",
            "Forget gate f = σ(\(format(f.preactivation))) = \(format(f.activation)): the cell keeps f·c_{\(before)} = "
                + "\(format(f.activation * cPrevious)).",
            "Input gate i = σ(\(format(i.preactivation))) = \(format(i.activation)) and candidate g = "
                + "tanh(\(format(g.preactivation))) = \(format(g.activation)): the cell adds i·g = \(format(i.activation * g.activation)).",
            "New cell state c_{\(now)} = f·c_{\(before)} + i·g = \(format(c)).",
            "Output gate o = σ(\(format(o.preactivation))) = \(format(o.activation)); tanh(c_{\(now)}) = \(format(tanh(c))); "
                + "new hidden state h_{\(now)} = o·tanh(c_{\(now)}) = \(format(step.h)), which leaves to the right and upwards.",
        ]
    }

    private var gruSentences: [String] {
        let (z, r, g) = (gate("z"), gate("r"), gate("g"))
        return [
            "Diagram of one GRU cell (one unit) at time step t = \(now).",
            "In: the input x_{\(now)} = \(format(step.x)) and the previous hidden state h_{\(before)} = \(format(step.hPrevious)), "
                + "which runs along the top.",
            "Update gate z = σ(\(format(z.preactivation))) = \(format(z.activation)): the cell keeps z·h_{\(before)} = "
                + "\(format(z.activation * step.hPrevious)).",
            "Reset gate r = σ(\(format(r.preactivation))) = \(format(r.activation)) scales how much of h_{\(before)} reaches "
                + "the candidate h̃ = tanh(\(format(g.preactivation))) = \(format(g.activation)); the cell adds "
                + "(1 − z)·h̃ = \(format((1 - z.activation) * g.activation)).",
            "New hidden state h_{\(now)} = z·h_{\(before)} + (1 − z)·h̃ = \(format(step.h)), which leaves to the right and upwards.",
        ]
    }

    private var highlightSentence: String? {
        let path: String
        switch activeHighlight {
        case .none: return nil
        case .forget: path = "the forget gate and what it keeps of the cell state"
        case .input: path = "the input gate and the candidate, and what they add to the cell state"
        case .output: path = "the output gate and tanh of the new cell state, which make the hidden state"
        case .cellState: path = step.cell == .lstm ? "the cell state running through" : "the hidden state running through"
        case .update: path = "the update gate, which mixes the old state and the candidate"
        case .reset: path = "the reset gate and the candidate it feeds"
        case .candidate: path = "the candidate and its way into the new state"
        }
        return "Highlighted: " + path + "; the rest is dimmed."
    }
}
