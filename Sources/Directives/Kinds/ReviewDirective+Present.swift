extension ReviewDirective {
    static func present(_ output: Output, options: Options) -> DirectiveResult {
        let figures = ReviewFigures(output)
        var captions = (options.captions ?? []).makeIterator()
        let views = options.show.map(\.rawValue)
        let blocks = views.map { view in
            figures.block(view, caption: captions.next())
        }
        // The figures read the first seed's models: the LSTM in all of them, the plain RNN beside it in two.
        func shown(_ kinds: Set<String>) -> [Int] { views.indices.filter { kinds.contains(views[$0]) } }
        let models = output.runs.first.map { run in
            [ModelFile(name: "lstm", json: run.lstm.model, blocks: shown(["gates", "cell", "prediction", "sensitivity"])),
             ModelFile(name: "rnn", json: run.rnn.model, blocks: shown(["prediction", "sensitivity"]))].filter { !$0.blocks.isEmpty }
        } ?? []
        return DirectiveResult(blocks: blocks, values: figures.values, models: models)
    }
}
