import Foundation

/// The diagram in words, for `<desc>`: what the step computes, with the same numbers the
/// picture shows, so a reader who cannot see it follows the same arithmetic.
extension CellDiagram {
    var narrative: String {
        var sentences: [String]
        switch (kind == .lstm, words.isChinese) {
        case (true, false): sentences = lstmSentences
        case (false, false): sentences = gruSentences
        case (true, true): sentences = chineseLSTMSentences
        case (false, true): sentences = chineseGRUSentences
        }
        if let focus = highlightSentence, !words.isChinese { sentences.append(focus) }
        return sentences.map(DiagramText.plain).joined(separator: " ")
    }

    /// "x₂ = 0.50", and for a cell trained on the marked-value task the marker too: "x₂ = 1.00, m₂ = 1".
    var inputLabel: String {
        let x = "x_{\(now)} = " + format(step.x[0])
        guard let marker else { return x }
        return x + ", m_{\(now)} = " + NumberText.fixed(marker, decimals: 0)
    }

    private var lstmSentences: [String] {
        let (i, f, g, o) = (gate("i"), gate("f"), gate("g"), gate("o"))
        let terms = lstmTerms
        let (cPrevious, c, h, hPrevious) = (unit(terms?.cPrevious), unit(terms?.c), unit(step.h), unit(step.hPrevious))
        return [
            "Diagram of one LSTM cell (one unit) at time step t = \(now).",
            "In: the input \(inputLabel), the previous hidden state h_{\(before)} = \(format(hPrevious)) "
                + "and the cell state c_{\(before)} = \(format(cPrevious)), which runs along the top like a conveyor belt.",
            "Forget gate f = σ(\(format(f.preactivation))) = \(format(f.activation)): the cell keeps f·c_{\(before)} = "
                + "\(format(unit(terms?.fc))).",
            "Input gate i = σ(\(format(i.preactivation))) = \(format(i.activation)) and candidate g = "
                + "tanh(\(format(g.preactivation))) = \(format(g.activation)): the cell adds i·g = \(format(unit(terms?.ig))).",
            "New cell state c_{\(now)} = f·c_{\(before)} + i·g = \(format(c)).",
            "Output gate o = σ(\(format(o.preactivation))) = \(format(o.activation)); tanh(c_{\(now)}) = \(format(unit(terms?.tanhC))); "
                + "new hidden state h_{\(now)} = o·tanh(c_{\(now)}) = \(format(h)), which leaves to the right and upwards.",
        ]
    }

    private var gruSentences: [String] {
        let (z, r, g) = (gate("z"), gate("r"), gate("g"))
        let terms = gruTerms
        let (h, hPrevious) = (unit(step.h), unit(step.hPrevious))
        return [
            "Diagram of one GRU cell (one unit) at time step t = \(now).",
            "In: the input \(inputLabel) and the previous hidden state h_{\(before)} = \(format(hPrevious)), "
                + "which runs along the top.",
            "Update gate z = σ(\(format(z.preactivation))) = \(format(z.activation)): the cell keeps z·h_{\(before)} = "
                + "\(format(unit(terms?.zh))).",
            "Reset gate r = σ(\(format(r.preactivation))) = \(format(r.activation)) scales how much of h_{\(before)} reaches "
                + "the candidate h̃ = tanh(\(format(g.preactivation))) = \(format(g.activation)); the cell adds "
                + "(1 − z)·h̃ = \(format(unit(terms?.zg))).",
            "New hidden state h_{\(now)} = z·h_{\(before)} + (1 − z)·h̃ = \(format(h)), which leaves to the right and upwards.",
        ]
    }

    private var chineseLSTMSentences: [String] {
        let (i, f, g, o) = (gate("i"), gate("f"), gate("g"), gate("o"))
        let terms = lstmTerms
        let (cPrevious, c, h, hPrevious) = (unit(terms?.cPrevious), unit(terms?.c), unit(step.h), unit(step.hPrevious))
        return [
            "一个 LSTM 单元（一个单元）在时间步 t = \(now) 的计算图。",
            "输入：\(inputLabel)，上一步的隐藏状态 h_{\(before)} = \(format(hPrevious))，"
                + "以及沿顶部像传送带一样贯穿的细胞状态 c_{\(before)} = \(format(cPrevious))。",
            "遗忘门 f = σ(\(format(f.preactivation))) = \(format(f.activation))：保留 f·c_{\(before)} = \(format(unit(terms?.fc)))。",
            "输入门 i = σ(\(format(i.preactivation))) = \(format(i.activation))，候选值 g = tanh(\(format(g.preactivation))) = "
                + "\(format(g.activation))：写入 i·g = \(format(unit(terms?.ig)))。",
            "新的细胞状态 c_{\(now)} = f·c_{\(before)} + i·g = \(format(c))。",
            "输出门 o = σ(\(format(o.preactivation))) = \(format(o.activation))；tanh(c_{\(now)}) = \(format(unit(terms?.tanhC)))；"
                + "新的隐藏状态 h_{\(now)} = o·tanh(c_{\(now)}) = \(format(h))，向右和向上输出。",
        ]
    }

    private var chineseGRUSentences: [String] {
        let (z, r, g) = (gate("z"), gate("r"), gate("g"))
        let terms = gruTerms
        let (h, hPrevious) = (unit(step.h), unit(step.hPrevious))
        return [
            "一个 GRU 单元（一个单元）在时间步 t = \(now) 的计算图。",
            "输入：\(inputLabel)，以及沿顶部贯穿的上一步隐藏状态 h_{\(before)} = \(format(hPrevious))。",
            "更新门 z = σ(\(format(z.preactivation))) = \(format(z.activation))：保留 z·h_{\(before)} = \(format(unit(terms?.zh)))。",
            "重置门 r = σ(\(format(r.preactivation))) = \(format(r.activation)) 决定 h_{\(before)} 有多少进入候选值 "
                + "h̃ = tanh(\(format(g.preactivation))) = \(format(g.activation))；写入 (1 − z)·h̃ = \(format(unit(terms?.zg)))。",
            "新的隐藏状态 h_{\(now)} = z·h_{\(before)} + (1 − z)·h̃ = \(format(h))。",
        ]
    }

    private var highlightSentence: String? {
        let path: String
        switch activeHighlight {
        case .none: return nil
        case .forget: path = "the forget gate and what it keeps of the cell state"
        case .input: path = "the input gate and the candidate, and what they add to the cell state"
        case .output: path = "the output gate and tanh of the new cell state, which make the hidden state"
        case .cellState: path = kind == .lstm ? "the cell state running through" : "the hidden state running through"
        case .update: path = "the update gate, which mixes the old state and the candidate"
        case .reset: path = "the reset gate and the candidate it feeds"
        case .candidate: path = "the candidate and its way into the new state"
        }
        return "Highlighted: " + path + "; the rest is dimmed."
    }
}
