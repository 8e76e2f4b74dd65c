extension ReviewDirective {
    static func present(_ output: Output, options: Options) -> DirectiveResult {
        let figures = ReviewFigures(output)
        var captions = (options.captions ?? []).makeIterator()
        let blocks = options.show.map { view in
            figures.block(view.rawValue, caption: captions.next())
        }
        return DirectiveResult(blocks: blocks, values: figures.values)
    }
}
