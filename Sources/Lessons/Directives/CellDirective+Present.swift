import Engine
import Foundation
import SVGPlot

extension CellDirective {
    /// The engine's trace, one unit, as the diagram's steps: each with the state it started from.
    static func steps(_ trace: TraceRecord) -> [CellStep] {
        let cell: CellStep.Cell = trace.kind == .lstm ? .lstm : .gru
        return trace.steps.enumerated().map { index, step in
            let before = index > 0 ? trace.steps[index - 1] : nil
            return CellStep(
                cell: cell, t: index + 1, x: step.x[0], marker: step.x.count > 1 ? step.x[1] : nil, hPrevious: before?.h[0] ?? 0,
                cPrevious: cell == .lstm ? (before?.c?[0] ?? 0) : nil,
                gates: step.gates.map { CellStep.Gate(name: $0.name, preactivation: $0.preactivation[0], activation: $0.activation[0]) },
                c: step.c?[0], h: step.h[0])
        }
    }

    static func present(_ output: Output, options: Options) -> DirectiveResult {
        let steps = steps(output.trace)
        let chosen = options.step ?? steps.count
        let highlight = options.highlight
        let words: CellDiagram.Words = options.language == .zh ? .chinese : .english
        let decimals = options.decimals
        let name = output.trace.kind.displayName
        var captions = (options.captions ?? []).makeIterator()
        var blocks: [ResultBlock] = []
        for view in options.show {
            if view == .diagram {
                let step = steps[chosen - 1]
                let diagram = CellDiagram(step: step, title: words.isChinese ? "\(name) 单元在第 \(chosen) 步" : "One unit of an \(name) cell at step \(chosen)",
                                          description: "", highlight: highlight, decimals: decimals, words: words)
                blocks.append(.figure(diagram, caption: captions.next() ?? "The \(name) cell at step \(chosen), with the numbers it computed: its input x, the state it received, each gate's weighted sum and value, and the state it passes on."))
            } else {
                let stepper = CellStepper(steps: steps, title: words.isChinese ? "一个 \(name) 单元" : "One unit of an \(name) cell", highlight: highlight,
                                          decimals: decimals, initial: chosen, words: words)
                blocks.append(.stepper(stepper, caption: captions.next() ?? "The same \(name) unit at each of \(steps.count) time steps: choose a step to see the numbers it computed."))
            }
        }
        return DirectiveResult(blocks: blocks, values: GatesDirective.values(output))
    }
}
