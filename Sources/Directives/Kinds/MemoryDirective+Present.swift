extension MemoryDirective {
    static func present(_ output: Output, options: Options) -> DirectiveResult {
        let figures = MemoryFigures(output, options: options)
        var captions = (options.captions ?? []).makeIterator()
        var blocks: [ResultBlock] = []
        // The blocks that trace the probed LSTM, which link its model.
        var traced: [Int] = []
        for view in options.show {
            switch view {
            case .table: blocks.append(.table(figures.table(caption: captions.next())))
            case .accuracy: blocks.append(figures.accuracyChart(caption: captions.next()))
            case .heatmap: if let block = figures.forgetHeatmap(caption: captions.next()) { traced.append(blocks.count); blocks.append(block) }
            case .forget: if let block = figures.forgetChart(caption: captions.next()) { traced.append(blocks.count); blocks.append(block) }
            case .memory: if let block = figures.memoryChart(caption: captions.next()) { traced.append(blocks.count); blocks.append(block) }
            }
        }
        let models = output.probe.map { [ModelFile(name: "lstm", json: $0.model, blocks: traced)] } ?? []
        return DirectiveResult(blocks: blocks, values: figures.values, models: traced.isEmpty ? [] : models)
    }
}
