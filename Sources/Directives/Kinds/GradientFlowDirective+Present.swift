extension GradientFlowDirective {
    static func present(_ output: Output, options: Options) -> DirectiveResult {
        let figures = GradientFlowFigures(output, options: options)
        var captions = (options.captions ?? []).makeIterator()
        let blocks = options.show.map { phase in
            figures.figure(trained: phase == .trained, caption: captions.next())
        }
        return DirectiveResult(blocks: blocks, values: figures.values)
    }
}
