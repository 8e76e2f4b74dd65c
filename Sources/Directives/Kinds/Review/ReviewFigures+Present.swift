import SVGPlot

/// The blocks and named values of `{review}`, made from its recorded output. Every number in a
/// caption is read from the output, and every verdict in words follows from those numbers.
struct ReviewFigures {
    let output: ReviewDirective.Output

    init(_ output: ReviewDirective.Output) {
        self.output = output
    }

    /// The run the figures show: the first seed's.
    var shown: SeedRun { output.runs[0] }
    var lstm: ModelReading { shown.lstm }
    var rnn: ModelReading { shown.rnn }
    var memory: MemoryUnit { shown.memory }
    private var units: Int { lstm.trace.units }

    func block(_ view: String, caption: String?) -> ResultBlock {
        switch view {
        case "samples": .table(samples(caption))
        case "accuracy": .table(accuracy(caption))
        case "gates": gates(caption)
        case "cell": cell(caption)
        case "prediction": prediction(caption)
        case "ablation": .table(ablation(caption))
        case "sensitivity": sensitivity(caption)
        default: .table(seeds(caption))
        }
    }

    // MARK: Text

    /// Tokens as the pages show them: words spaced, CJK characters run together, blanks as ___.
    func text(_ tokens: some Sequence<String>) -> String {
        tokens.map { $0 == Vocabulary.unknown ? "___" : $0 }.joined(separator: output.language == "zh" ? "" : " ")
    }

    var firstWord: String { text(output.words[output.first]) }

    /// What one step reads: a word, or a character of Chinese.
    private var token: String { output.language == "zh" ? "character" : "word" }

    private var quotedFirst: String { "“\(firstWord)”" }

    private func fixed(_ value: Double, _ decimals: Int = 3) -> String { NumberText.fixed(value, decimals: decimals) }

    private func approx(_ value: Double) -> String { fixed(value, Self.significantDecimals(value)) }

    private func verdict(_ p: Double) -> String {
        "calls it \(p >= 0.5 ? "positive" : "negative") (P = \(fixed(p)))"
    }

    // MARK: Tables

    private func samples(_ caption: String?) -> ResultTable {
        ResultTable(
            caption: caption ?? "The first \(output.samples.count) of the \(output.trainSize) generated training reviews; "
                + "\(output.testSize) more are held out for testing. Each review is neutral filler with sentiment phrases of one polarity between "
                + "the fragments; some give their opinion only in their first words, and one in five has none (its target is ½, undecided).",
            header: ["label", "generated review"], alignments: [.left, .left],
            rows: output.samples.map { [$0.opinion == .none ? "no opinion" : $0.opinion.rawValue, text($0.tokens)] })
    }

    /// Accuracies over every seed: the mean, with the lowest and highest when they differ.
    private func accuracy(_ caption: String?) -> ResultTable {
        func spread(_ values: [Double]) -> String {
            let mean = fixed(100 * values.reduce(0, +) / Double(values.count), 1) + " %"
            guard values.min()! < values.max()! else { return mean }
            return mean + " (" + fixed(100 * values.min()!, 1) + "–" + fixed(100 * values.max()!, 1) + ")"
        }
        let models: [(String, (SeedRun) -> ModelReading)] = [("LSTM", { $0.lstm }), ("plain RNN", { $0.rnn })]
        let rows = models.map { name, reading in
            [name, String(reading(shown).parameters), spread(output.runs.map { reading($0).trainAccuracy }),
             spread(output.runs.map { reading($0).testAccuracy }),
             fixed(output.runs.map { reading($0).epochLosses.last! }.reduce(0, +) / Double(output.runs.count), 4)]
        }
        let seeds = output.runs.count == 1 ? "one seed" : "the mean over \(output.runs.count) seeds, each with its own reviews and initial weights, "
            + "and in brackets the lowest and highest where they differ"
        return ResultTable(
            caption: caption ?? "Both models have \(units) units and a sigmoid output, and were trained alike: "
                + "\(lstm.epochLosses.count) epochs of Adam on binary cross-entropy over \(output.trainSize) reviews. "
                + "Accuracy is the share of reviews with an opinion that a model reads right, taking P(positive) ≥ 0.5 as positive, "
                + "on the training reviews and on \(output.testSize) test reviews never trained on; \(seeds). "
                + "The training loss is the binary cross-entropy of the last epoch\(output.runs.count > 1 ? ", averaged over the seeds" : "").",
            header: ["model", "parameters", "train accuracy", "test accuracy", "final training loss"], rows: rows)
    }

    /// The results the lesson's answer rests on, seed by seed, so one lucky run cannot carry it.
    private func seeds(_ caption: String?) -> ResultTable {
        let measures: [(String, (SeedRun) -> String)] = [
            ("LSTM test accuracy", { fixed(100 * $0.lstm.testAccuracy, 1) + " %" }),
            ("plain RNN test accuracy", { fixed(100 * $0.rnn.testAccuracy, 1) + " %" }),
            ("LSTM, only \(quotedFirst) kept", { fixed($0.lstm.final(.firstOnly)) }),
            ("plain RNN, only \(quotedFirst) kept", { fixed($0.rnn.final(.firstOnly)) }),
            ("LSTM, no sentiment words", { fixed($0.lstm.final(.noSentiment)) }),
            ("plain RNN, no sentiment words", { fixed($0.rnn.final(.noSentiment)) }),
            ("LSTM ‖∂y/∂x‖ at \(quotedFirst)", { approx(firstSensitivity($0.lstm)) }),
            ("plain RNN ‖∂y/∂x‖ at \(quotedFirst)", { approx(firstSensitivity($0.rnn)) }),
            ("LSTM memory unit: mean forget gate", { fixed($0.memory.forgetMean) }),
            ("LSTM memory unit: ∏ forget gates", { approx($0.memory.forgetProduct) }),
            ("LSTM memory unit: final mark ÷ jump", { fixed($0.memory.finalMark / $0.memory.jump, 2) }),
        ]
        return ResultTable(
            caption: caption ?? "The key results for each seed (the figures show seed \(shown.seed)): "
                + "test accuracy, P(positive) after the last word with only \(quotedFirst) kept and with no sentiment word at all, "
                + "the final verdict's sensitivity to \(quotedFirst), and, for the LSTM unit whose cell state moves most at \(quotedFirst), "
                + "its forget gates over the \(token)s after it and how much of that jump is still in its last cell state (the difference with "
                + "\(quotedFirst) blanked, divided by the jump). Where that share is larger than the product of the forget gates, "
                + "later steps wrote \(quotedFirst) in again.",
            header: ["result"] + output.runs.map { "seed \($0.seed)" },
            rows: measures.map { name, measure in [name] + output.runs.map(measure) })
    }

    private func ablation(_ caption: String?) -> ResultTable {
        let rows = ReviewVariant.allCases.enumerated().map { index, variant in
            [variant.title(first: firstWord), text(output.variants[index]), fixed(lstm.final(variant)), fixed(rnn.final(variant))]
        }
        return ResultTable(
            caption: caption ?? "P(positive) after the last word, for the review as written and with words blanked out (___ is a word neither model "
                + "knows; in training it stood for filler words in reviews of every opinion). "
                + "With only \(quotedFirst) kept, the LSTM \(verdict(lstm.final(.firstOnly))) and the plain RNN \(verdict(rnn.final(.firstOnly))). "
                + "Against the review with no sentiment words at all, "
                + "\(quotedFirst) alone moves the LSTM's final verdict by \(fixed(firstEffect(lstm))) and the plain RNN's by "
                + "\(fixed(firstEffect(rnn))).",
            header: ["review", "as the models read it", "LSTM", "plain RNN"], alignments: [.left, .left, .right, .right], rows: rows)
    }

    // MARK: Figures

    private var wordLabels: [String] { output.words.map { text([$0]) } }

    /// Rows are words, so every word keeps a readable label however long the review is.
    private func gates(_ caption: String?) -> ResultBlock {
        let names = ["i", "f", "o"]
        // Unit numbers under each gate's block of columns; the blocks are named below them.
        let columns = names.flatMap { _ in (1...units).map(String.init) }
        let groups = [("input gate i"), ("forget gate f"), ("output gate o")].map { HeatmapGroup($0, count: units) }
        let marked = Set((0..<names.count).map { $0 * units + memory.unit - 1 })
        let rows = lstm.trace.steps.map { step in
            names.flatMap { name in step.gates.first { $0.name == name }!.activation }
        }
        let following = output.words.count - output.first.upperBound
        let chart = Heatmap(
            title: "LSTM gates, word by word",
            description: "Heatmap of the input gate i, forget gate f and output gate o of each of the LSTM's \(units) units (columns, "
                + "in three blocks: i of units 1 to \(units), then f, then o) after each of the \(output.words.count) \(token)s of the review (rows, "
                + "in reading order), each between 0 (closed) and 1 (open). The columns of unit \(memory.unit) are outlined.",
            rowLabels: wordLabels, columnLabels: columns, values: rows,
            colorScale: .unit, legendLabel: "gate value", columnTitle: "unit", columnGroups: groups, markedColumns: marked)
        return .figure(chart, caption: caption ?? "The LSTM's gates for each word of the review (rows): "
            + "three blocks of columns, the input, forget and output gates, each with one column per unit; "
            + "strong colour is open (near 1), faint is closed (near 0). Unit \(memory.unit), outlined in each block, "
            + "is the one whose cell state moves most at \(quotedFirst) (by \(fixed(memory.jump))). "
            + "Over the \(following) \(token)s after it, that unit's forget gate f averages \(fixed(memory.forgetMean)) (lowest "
            + "\(fixed(memory.forgetMin))) and its input gate i averages \(fixed(memory.inputMean)).")
    }

    private func cell(_ caption: String?) -> ResultBlock {
        let chart = Heatmap(
            title: "LSTM cell state, word by word",
            description: "Heatmap of the cell state c of each of the LSTM's \(units) units (columns) after each of the \(output.words.count) "
                + "\(token)s of the review (rows), on a colour scale from −1 to 1 centred on zero; values beyond ±1 take the end colours. "
                + "The column of unit \(memory.unit) is outlined.",
            rowLabels: wordLabels, columnLabels: (1...units).map { "c \($0)" }, values: lstm.trace.steps.map { $0.c! },
            colorScale: .symmetric, showValues: true, legendLabel: "cell state", columnTitle: "unit", markedColumns: [memory.unit - 1])
        return .figure(chart, caption: caption ?? "The cell state of each unit after each word: the LSTM's memory. "
            + "The colour scale runs from −1 to 1, so that a change of a few tenths shows; larger values take the end colours. "
            + "Unit \(memory.unit) is outlined. Unit \(memory.unit)'s goes to \(fixed(memory.cAfterFirst)) at \(quotedFirst) (a jump of "
            + "\(fixed(memory.jump))) and ends at \(fixed(memory.cFinal)); "
            + "with \(quotedFirst) blanked it would end at \(fixed(memory.cFinalWithoutFirst)), "
            + "so \(fixed(memory.finalMark)) of the last value is owed to \(quotedFirst). "
            + "Its forget gates multiply to \(approx(memory.forgetProduct)): "
            + "carried by them alone, the jump would have shrunk to \(approx(memory.forgetPath)) by the last word. " + keeper)
    }

    /// Who keeps the first word in the memory unit, judged from the numbers the cell caption gives.
    private var keeper: String {
        let mark = memory.finalMark, path = memory.forgetPath
        if abs(mark) < 0.1 * abs(memory.jump) {
            return "Little of \(quotedFirst) is left in this unit at the end."
        }
        if abs(path) >= 0.5 * abs(mark) && path * mark > 0 {
            return "Most of what is left of it came through the forget gate."
        }
        return "More of it is left than the forget gate alone passes on: the rest was written in again at later words, "
            + "through the input gate and candidate, which read the hidden state \(quotedFirst) had changed."
    }

    /// Colour tells the models apart, line style the versions of the review.
    private func prediction(_ caption: String?) -> ResultBlock {
        let versions: [(ReviewVariant, String, Series.Style)] = [
            (.asWritten, "as written", .line), (.firstOnly, "only \(quotedFirst)", .dashed), (.noSentiment, "no sentiment", .dots),
        ]
        let models = [("LSTM", lstm), ("RNN", rnn)]
        let series = models.enumerated().flatMap { colour, model in
            versions.map { variant, name, style in
                Series("\(model.0): \(name)", values: model.1.running[ReviewVariant.allCases.firstIndex(of: variant)!],
                       xStart: 1, style: style, colorIndex: colour)
            }
        }
        let chart = LineChart(
            title: "How positive the review reads, word by word",
            description: "Line chart of P(positive) after each of the \(output.words.count) \(token)s of the review, for the LSTM and the plain RNN, "
                + "on the review as written (solid), with every sentiment phrase after \(quotedFirst) blanked (dashed) and with every sentiment word "
                + "blanked (dotted); dashed vertical lines mark the sentiment phrases.",
            xAxis: Axis(token, kind: .integer, domain: 1...Double(output.words.count)),
            yAxis: Axis("P(positive)", domain: 0...1),
            series: series, markers: sentimentMarkers, legend: .top, height: 400)
        return .figure(chart, caption: caption ?? "The verdict had the review stopped at each word: "
            + "the output layer applied to the hidden state after that word. Where a dashed line cannot be seen it runs on the solid line of its "
            + "model. After the last word of the review as written, the LSTM \(verdict(lstm.final(.asWritten))) and the plain RNN "
            + "\(verdict(rnn.final(.asWritten))). With only \(quotedFirst) kept (dashed), "
            + "the LSTM \(verdict(lstm.final(.firstOnly))) and the plain RNN \(verdict(rnn.final(.firstOnly))); "
            + "with no sentiment word at all (dotted), the LSTM \(verdict(lstm.final(.noSentiment))) and the plain RNN "
            + "\(verdict(rnn.final(.noSentiment))).")
    }

    private func sensitivity(_ caption: String?) -> ResultBlock {
        let chart = LineChart(
            title: "How much the final verdict depends on each word",
            description: "Line chart, log scale, of the norm of the gradient of the final output's logit with respect to each word's input, "
                + "for the LSTM and the plain RNN, over the \(output.words.count) \(token)s of the review.",
            xAxis: Axis(token, kind: .integer, domain: 1...Double(output.words.count)),
            yAxis: Axis("‖∂y/∂xₜ‖ (log scale)", scale: .log10),
            series: [
                Series("LSTM", values: lstm.sensitivity, xStart: 1, style: .lineAndDots, colorIndex: 0),
                Series("plain RNN", values: rnn.sensitivity, xStart: 1, style: .lineAndDots, colorIndex: 1),
            ],
            markers: sentimentMarkers)
        return .figure(chart, caption: caption ?? "How strongly the final verdict (its logit y, "
            + "before the sigmoid) responds to a change in each word's input, ‖∂y/∂xₜ‖. At \(quotedFirst): "
            + "LSTM \(approx(firstSensitivity(lstm))), plain RNN \(approx(firstSensitivity(rnn))); at the last word: "
            + "LSTM \(approx(lstm.sensitivity.last!)), plain RNN \(approx(rnn.sensitivity.last!)).")
    }

    /// A dashed line at the start of each sentiment phrase of the review, labelled with it.
    private var sentimentMarkers: [Marker] {
        output.sentiment.map { Marker(x: Double($0.lowerBound + 1), label: text(output.words[$0])) }
    }
}
