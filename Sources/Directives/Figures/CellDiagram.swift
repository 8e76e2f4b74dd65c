import Engine
import Foundation
import SVGPlot

/// One step of one unit of an LSTM or GRU cell drawn as a labelled diagram, with the numbers of
/// the engine's trace written where they occur: the inputs entering, each gate's weighted sum and value, the
/// products on the wires, and the new states leaving.
///
/// The layout is the familiar one: the state that runs through time (the LSTM's cell state,
/// the GRU's hidden state) is a thick line straight across the top, like a conveyor belt; the
/// gates sit in a row below it, fed from the bottom by the previous hidden state and the
/// input; pointwise operations are small circles where the gates' values meet the belt.
///
/// ```swift
/// let diagram = CellDiagram(trace: trace, t: 2, title: "The LSTM cell at step 2",
///                           description: "One unit reading the second value.", highlight: .forget)
/// let svg = diagram.svg(idPrefix: "fig-3")   // the page includes CellDiagram.stylesheet once
/// ```
public struct CellDiagram: Chart {
    /// One path to emphasise, dimming the rest, so a lesson can walk through the cell one gate
    /// at a time.
    public enum Highlight: String, Sendable, Codable, CaseIterable {
        case none
        /// LSTM: the forget gate and what it keeps of c_{t−1}.
        case forget
        /// LSTM: the input gate and the candidate, and what they add to the cell state.
        case input
        /// LSTM: the output gate and tanh(c_t), which make h_t.
        case output
        /// The belt: the LSTM's cell state, or the GRU's hidden state.
        case cellState
        /// GRU: the update gate, which mixes h_{t−1} and the candidate.
        case update
        /// GRU: the reset gate and the candidate it scales h_{t−1} into.
        case reset
        /// The candidate (LSTM g, GRU h̃) and its way onto the belt.
        case candidate

        /// Whether the cell has this path; a highlight it does not have dims nothing.
        public func applies(to cell: CellKind) -> Bool {
            switch (self, cell) {
            case (.none, _), (.cellState, _), (.candidate, _): true
            case (.forget, .lstm), (.input, .lstm), (.output, .lstm): true
            case (.update, .gru), (.reset, .gru): true
            default: false
            }
        }
    }

    /// The cell: an LSTM is drawn as one, any other cell as a GRU.
    public var kind: CellKind
    /// The step drawn, as the engine traced it; the diagram shows its first unit.
    public var step: StepTrace
    /// The time step, counted from 1; the step's inputs carry index t − 1.
    public var t: Int
    /// The accessible name, written to `<title>`; the figure shows its own caption.
    public var title: String
    /// Leads the accessible description, before the sentences that spell out the step.
    public var description: String
    public var highlight: Highlight
    /// Decimals of every number on the diagram (2 or 3 read best).
    public var decimals: Int
    /// The words on the diagram: gate names and the two states.
    public var words: Words

    /// The viewBox width. At 17-unit text this keeps every label at 10 CSS px or more on a
    /// 340 px wide phone figure; the stylesheet makes text smaller on wider screens.
    public static let width = 520.0

    /// The diagram of step `t` (counted from 1) of `trace`.
    public init(trace: Trace, t: Int, title: String, description: String, highlight: Highlight = .none, decimals: Int = 2,
                words: Words = .english) {
        self.init(kind: trace.kind, step: trace.steps[t - 1], t: t, title: title, description: description, highlight: highlight,
                  decimals: decimals, words: words)
    }

    /// The diagram of one step of a `kind` cell, the `t`-th.
    init(kind: CellKind, step: StepTrace, t: Int, title: String, description: String, highlight: Highlight = .none, decimals: Int = 2,
         words: Words = .english) {
        self.kind = kind
        self.step = step
        self.t = t
        self.title = title
        self.description = description
        self.highlight = highlight
        self.decimals = max(1, min(decimals, 4))
        self.words = words
    }

    /// The highlight in effect: one the cell does not have counts as none.
    var activeHighlight: Highlight {
        highlight.applies(to: kind) ? highlight : .none
    }

    public func document(idPrefix: String) -> SVGDocument {
        let (canvas, height) = kind == .lstm ? drawLSTM() : drawGRU()
        var classes = ["cell-diagram", kind == .lstm ? "cell-lstm" : "cell-gru"]
        if activeHighlight != .none { classes.append("cd-highlight-" + activeHighlight.rawValue) }
        var root = SVGElement.group(class: "cd-root", canvas.elements)
        // An attribute, not only CSS, so the layout's text size holds without the stylesheet.
        root.set("font-size", .number(DiagramCanvas.fontSize))
        let lead = description.trimmingCharacters(in: .whitespacesAndNewlines)
        return SVGDocument(
            width: CellDiagram.width, height: height, title: title,
            description: lead.isEmpty ? narrative : lead + " " + narrative,
            idPrefix: idPrefix, classes: classes, children: [root])
    }

    /// A number as the diagram prints it.
    func format(_ value: Double) -> String {
        DiagramText.number(value, decimals: decimals)
    }

    /// One gate of the drawn unit.
    typealias Gate = (name: String, preactivation: Double, activation: Double)

    /// The drawn unit's number in one of the trace's vectors, NaN where the trace lacks it: a
    /// malformed trace is drawn with "NaN" where the number is missing rather than crashing a build.
    func unit(_ vector: [Double]?) -> Double {
        vector?.first ?? .nan
    }

    /// The value of a gate for the drawn unit, NaN when the step lacks it.
    func gate(_ name: String) -> Gate {
        let gate = step.gate(name)
        return (name, unit(gate?.preactivation), unit(gate?.activation))
    }

    /// The LSTM's update terms, nil for a step of another cell (drawn as NaN).
    var lstmTerms: LSTMUpdate? {
        if case .lstm(let terms) = step.update { return terms }
        return nil
    }

    /// The GRU's update terms, nil for a step of another cell (drawn as NaN).
    var gruTerms: GRUUpdate? {
        if case .gru(let terms) = step.update { return terms }
        return nil
    }

    /// The marker beside the input, for a cell trained to remember the marked value; nil when
    /// the cell reads one input.
    var marker: Double? {
        step.x.count > 1 ? step.x[1] : nil
    }

    /// A gate box's tooltip: its arithmetic, and what the number in the box is.
    func gateTooltip(_ gate: Gate, function: String, symbol: String? = nil) -> String {
        let pre = format(gate.preactivation)
        let lead = "\(symbol ?? gate.name) = \(function)(\(pre)) = \(format(gate.activation))"
        return words.isChinese ? lead + "；\(pre) 是 h_{\(before)} 与 x_{\(now)} 的加权和加上偏置"
            : lead + "; \(pre) is the weighted sum of h_{\(before)} and x_{\(now)} plus a bias"
    }

    /// Subscripts for this step: the inputs carry t − 1, the outputs t.
    var now: String { String(t) }
    var before: String { String(t - 1) }
}
