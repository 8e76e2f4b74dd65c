import Engine
import Foundation
import SVGPlot

/// A live cell as HTML: the author's sequence drawn by the engine (diagram, gate heatmap, table)
/// and, for the script, the weights and the words of the controls as JSON. The script
/// (`LiveScript`) adds the controls and redraws the numbers; without it the block is a complete
/// static figure.
///
/// Markup, for id prefix `P`:
///
///     <div class="live-cell" id="P-live">
///     <script type="application/json" class="live-data">{…}</script>
///     <div class="live-view live-diagram">…</div>  <div class="live-view live-gates">…</div>
///     <div class="table-scroll live-table">…</div>
///     </div>
public struct LiveCell: Sendable {
    var weights: LiveWeights
    var trace: Trace
    var views: [String]
    var diagramStep: Int
    var sliderStep: Int
    var forgetBiases: [Double]
    var words: Words

    /// The controls' words, English or Chinese as the page is.
    struct Words: Sendable, Equatable {
        var diagram: CellDiagram.Words
        var inputs: String
        var slider: String
        var bias: String
        var own: String
        var reset: String
        /// The heatmap's column title and legend words.
        var timeStep: String
        var gateValue: String
        var value: String
        /// What the script's description of the diagram starts with; `{s}` is the step.
        var chosen: String

        var isChinese: Bool { diagram.isChinese }

        func diagramTitle(_ name: String, step: Int) -> String {
            isChinese ? "\(name) 单元在第 \(step) 步" : "One unit of the \(name) cell at step \(step)"
        }

        func heatmapTitle(_ name: String, isRNN: Bool) -> String {
            isChinese ? "\(name) \(isRNN ? "隐藏状态" : "各门")随时间的变化" : "\(name) \(isRNN ? "hidden state" : "gates") over time"
        }

        /// Said after the description only when the heatmap has room to print its values.
        var printed: String { isChinese ? "每个格子里写着它的数值。" : "The value is printed in each cell." }

        func heatmapDescription(_ gates: String, steps: Int) -> String {
            isChinese
                ? "热图：\(gates)（行）在 \(steps) 个时间步（列）的值。"
                : "Heatmap of \(gates) (rows) at each of \(steps) time steps (columns)."
        }

        static let english = Words(diagram: .english, inputs: "Input x at each time step", slider: "Drag the input at step",
                                   bias: "Forget-gate bias b_f", own: "the cell's own", reset: "Back to the lesson's input",
                                   timeStep: "time step", gateValue: "gate value", value: "value",
                                   chosen: "The cell at step {s} for the input chosen: ")
        static let chinese = Words(diagram: .chinese, inputs: "每个时间步的输入 x", slider: "拖动输入，时间步",
                                   bias: "遗忘门偏置 b_f", own: "细胞原有的", reset: "恢复课文的输入", timeStep: "时间步",
                                   gateValue: "门的值", value: "数值",
                                   chosen: "第 {s} 步的单元，输入为所选的值：")
    }

    /// What the script reads: the weights, the author's input, which step the diagram shows and
    /// the slider drives, the biases offered and the words.
    struct Data: Encodable {
        var weights: LiveWeights
        var input: [Double]
        var diagramStep: Int
        var sliderStep: Int
        var sliderRange: [Double]
        var forgetBiases: [Double]
        var gates: [String]
        var words: [String: String]
    }

    /// The rows of the gate heatmap: every gate but the candidate, unit by unit (the plain RNN,
    /// which has none, shows h).
    var heatmapGates: [String] {
        let names = trace.kind.gateNames.filter { $0 != "g" && $0 != "h" }
        return names.isEmpty ? ["h"] : names
    }

    public func html(idPrefix: String) -> String {
        let prefix = XMLEscape.identifier(idPrefix)
        let input = trace.steps.map { $0.x[0] }
        let low = min(-2, input.min() ?? 0), high = max(2, input.max() ?? 0)
        let data = Data(weights: weights, input: input, diagramStep: diagramStep, sliderStep: sliderStep, sliderRange: [low, high],
                        forgetBiases: forgetBiases, gates: heatmapGates,
                        words: ["inputs": words.inputs, "slider": words.slider, "bias": words.bias, "own": words.own, "reset": words.reset,
                               "chosen": words.chosen])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Numbers only, and JSONEncoder escapes "/", so the JSON cannot close its script element.
        let json = (try? encoder.encode(data)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        var parts = ["<div class=\"live-cell\" id=\"\(prefix)-live\">",
                     "<script type=\"application/json\" class=\"live-data\">\(json)</script>"]
        for view in views {
            switch view {
            case "diagram": parts.append(graphic("live-diagram", diagram.svg(idPrefix: prefix + "-diagram")))
            case "gates": parts.append(graphic("live-gates", heatmap.svg(idPrefix: prefix + "-gates")))
            default: parts.append(table)
            }
        }
        parts.append("</div>")
        return parts.joined(separator: "\n")
    }

    private func graphic(_ kind: String, _ svg: String) -> String {
        "<div class=\"figure-graphic live-view \(kind)\">" + svg + "</div>"
    }

    private var name: String { trace.kind.displayName }

    private var diagram: CellDiagram {
        CellDiagram(trace: trace, t: diagramStep, title: words.diagramTitle(name, step: diagramStep), description: "", words: words.diagram)
    }

    private var heatmap: Heatmap {
        let cellKind = trace.kind
        var labels: [String] = [], rows: [[Double]] = []
        for name in heatmapGates {
            for unit in 0..<trace.units {
                let symbol = cellKind.symbol(name)
                labels.append(trace.units == 1 ? symbol : "\(symbol) \(unit + 1)")
                rows.append(trace.steps.map { $0.gate(name)!.activation[unit] })
            }
        }
        let isRNN = heatmapGates == ["h"]
        return Heatmap(
            title: words.heatmapTitle(name, isRNN: isRNN),
            description: words.heatmapDescription(heatmapGates.map {
                words.isChinese ? cellKind.symbol($0) : cellKind.gateTitle($0)
            }.joined(separator: words.isChinese ? "、" : ", "), steps: trace.steps.count),
            rowLabels: labels, columnLabels: trace.steps.indices.map { String($0 + 1) }, values: rows,
            colorScale: isRNN ? .symmetric : .unit, showValues: true, legendLabel: isRNN ? words.value : words.gateValue,
            columnTitle: words.timeStep, printedNote: words.printed)
    }

    private var table: String {
        let cellKind = trace.kind
        var header = ["t", "x"] + cellKind.gateNames.map { cellKind.symbol($0) }
        if trace.steps.first?.c != nil { header.append("c") }
        if cellKind != .simpleRNN { header.append("h") }
        func vector(_ values: [Double]) -> String {
            values.map { NumberText.fixed($0, decimals: 3) }.joined(separator: ", ")
        }
        let rows = trace.steps.enumerated().map { index, step in
            var row = [String(index + 1), vector(step.x)] + step.gates.map { vector($0.activation) }
            if let c = step.c { row.append(vector(c)) }
            if cellKind != .simpleRNN { row.append(vector(step.h)) }
            let cells = row.enumerated().map { $0.offset == 0 ? "<th scope=\"row\">\($0.element)</th>" : "<td>\($0.element)</td>" }
            return "<tr>" + cells.joined() + "</tr>"
        }
        return """
        <div class="table-scroll live-table">
        <table class="results">
        <thead><tr>\(header.map { "<th scope=\"col\">\(HTML.escape($0))</th>" }.joined())</tr></thead>
        <tbody>
        \(rows.joined(separator: "\n"))
        </tbody>
        </table>
        </div>
        """
    }
}
