import Engine
import Foundation
import SVGPlot

extension CellDirective {
    static func present(_ output: Output, options: Options) -> DirectiveResult {
        let trace = output.trace
        let chosen = options.step ?? trace.steps.count
        let highlight = options.highlight
        let words: CellDiagram.Words = options.language == .zh ? .chinese : .english
        let decimals = options.decimals
        let name = output.trace.kind.displayName
        var captions = (options.captions ?? []).makeIterator()
        var blocks: [ResultBlock] = []
        for view in options.show {
            if view == .diagram {
                let diagram = CellDiagram(trace: trace, t: chosen,
                                          title: words.isChinese ? "\(name) 单元在第 \(chosen) 步" : "One unit of an "
                                              + "\(name) cell at step \(chosen)",
                                          description: "", highlight: highlight, decimals: decimals, words: words)
                blocks.append(.figure(diagram, caption: captions.next() ?? "The \(name) cell at step \(chosen), with the numbers it computed: "
                    + "its input x, the state it received, each gate's weighted sum and value, and the state it passes on."))
            } else {
                let stepper = CellStepper(trace: trace, title: words.isChinese ? "一个 \(name) 单元" : "One unit of an \(name) cell",
                                          highlight: highlight,
                                          decimals: decimals, initial: chosen, words: words)
                blocks.append(.stepper(stepper, caption: captions.next() ?? "The same \(name) unit at each of \(trace.steps.count) time steps: "
                    + "choose a step to see the numbers it computed."))
            }
        }
        return DirectiveResult(blocks: blocks, values: GatesDirective.values(output), models: TrainedCell.download(output, shownIn: blocks))
    }
}
