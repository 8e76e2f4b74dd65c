extension LiveReviewDirective {
    static func present(_ output: Output, options: Options) -> DirectiveResult {
        let caption = options.caption
            ?? "The trained LSTM reading a review you can edit: the memory unit's gates and cell state, and the verdict after each word."
        return DirectiveResult(blocks: [.live(LiveReview(output: output, text: output.text), caption: caption)],
                               values: [NamedValue("final_positive", output.running.last ?? .nan, decimals: 3),
                                        NamedValue("memory_unit", integer: output.memoryUnit + 1),
                                        NamedValue("words", integer: output.words.count)],
                               models: [ModelFile(name: "lstm", json: output.model, blocks: [0])])
    }
}
