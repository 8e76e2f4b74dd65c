extension LiveDirective {
    static func present(_ output: Output, options: Options) -> DirectiveResult {
        let steps = output.trace.steps.count
        let cell = LiveCell(
            weights: output.weights, trace: output.trace, views: options.show.map(\.rawValue),
            diagramStep: options.step ?? steps, sliderStep: options.slider, forgetBiases: options.forgetBias ?? [],
            words: options.language == .zh ? .chinese : .english)
        let offers = cell.forgetBiases.isEmpty ? "" : ", switch the forget-gate bias"
        let caption = options.caption
            ?? "A live \(output.trace.kind.displayName) cell: change the inputs, drag the slider\(offers), and every number recomputes in the page."
        return DirectiveResult(blocks: [.live(cell, caption: caption)],
                               values: GatesDirective.values(GatesDirective.Output(trace: output.trace, parameterCount: output.parameterCount)))
    }
}
