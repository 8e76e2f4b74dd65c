import Foundation
import SVGPlot

/// What {memory}'s runs and trace say, as named values, a table, figures and captions.
struct MemoryFigures {
    let output: MemoryDirective.Output
    /// The `CellLine` keys, in order.
    let cells: [String]
    /// Ascending, whatever order the author wrote them in.
    let lengths: [Int]
    let seeds: Int
    let threshold: Double
    let options: MemoryDirective.Options

    init(_ output: MemoryDirective.Output, options: MemoryDirective.Options) {
        self.output = output
        self.options = options
        cells = CellLine.lines(options).map(\.key)
        lengths = options.lengths.sorted()
        seeds = options.seeds.count
        threshold = options.threshold
    }

    // MARK: Reading the runs

    func accuracies(_ cell: String, _ length: Int) -> [Double] {
        output.runs.filter { $0.cell == cell && $0.length == length }.map(\.accuracy)
    }

    func successes(_ cell: String, _ length: Int) -> Int {
        accuracies(cell, length).filter { $0 >= threshold }.count
    }

    /// The accuracy that more than half of the seeds reach: the (⌊n/2⌋+1)-th best of n runs. A
    /// length is solved exactly when this reaches the threshold, so a chart of it puts every
    /// solved length on or above the threshold line (a mean can sit below it while most seeds
    /// succeed).
    func majorityAccuracy(_ cell: String, _ length: Int) -> Double {
        let best = accuracies(cell, length).sorted(by: >)
        return best[min(seeds / 2, best.count - 1)]
    }

    /// More than half of the seeds succeeded.
    func solves(_ cell: String, _ length: Int) -> Bool {
        2 * successes(cell, length) > seeds
    }

    func failsAt(_ cell: String) -> Int? {
        lengths.first { !solves(cell, $0) }
    }

    /// The longest length up to which every length is solved.
    func solvedUpTo(_ cell: String) -> Int? {
        guard let fail = failsAt(cell) else { return lengths.last }
        return lengths.last { $0 < fail }
    }

    func displayName(_ cell: String) -> String { CellLine.name(cell, options) }

    var values: [NamedValue] {
        var values: [NamedValue] = [
            NamedValue("seeds", integer: seeds), NamedValue("majority", integer: seeds / 2 + 1),
            NamedValue("threshold", threshold, decimals: 2), NamedValue("epochs", integer: options.training.epochs),
            NamedValue("train_size", integer: options.training.trainSize), NamedValue("units", integer: options.training.units),
            NamedValue("noise", options.training.noise, decimals: 2), NamedValue("longest", integer: lengths.last!),
        ]
        if let bias = options.compareForgetBias {
            // Written as the line names write it: 5, not 5.0; 2.5 keeps its decimal.
            values.append(NamedValue("compare_forget_bias", bias, decimals: bias == bias.rounded() ? 0 : 1))
        }
        for cell in cells {
            for length in lengths {
                values.append(NamedValue("\(cell)_\(length)_accuracy", Statistics.mean(accuracies(cell, length)), decimals: 2))
                values.append(NamedValue("\(cell)_\(length)_solved", integer: successes(cell, length)))
                values.append(NamedValue("\(cell)_\(length)_majority_accuracy", majorityAccuracy(cell, length), decimals: 2))
            }
            values.append(failsAt(cell).map { NamedValue("\(cell)_fails_at", integer: $0) }
                          ?? NamedValue("\(cell)_fails_at", text: "none up to \(lengths.last!)"))
            values.append(solvedUpTo(cell).map { NamedValue("\(cell)_solved_up_to", integer: $0) }
                          ?? NamedValue("\(cell)_solved_up_to", text: "none"))
        }
        if let path { values += path.values }
        return values
    }

    // MARK: Table and accuracy chart

    func table(caption: String?) -> ResultTable {
        let rows = cells.map { cell in
            [displayName(cell)] + lengths.map { length in
                NumberText.fixed(Statistics.mean(accuracies(cell, length)), decimals: 2) + " (\(successes(cell, length))/\(seeds))"
            }
        }
        return ResultTable(
            caption: caption ?? "Test accuracy at recalling the first of T inputs: the mean over \(seeds) seeds, "
                + "and in brackets how many seeds reached \(NumberText.fixed(threshold, decimals: 2)). Chance is 0.5. Every run: "
                + "\(options.training.units) units, \(options.training.epochs) epochs on \(options.training.trainSize) sequences, "
                + "tested on \(options.training.testSize) others. " + verdicts,
            header: ["cell"] + lengths.map { "T = \($0)" }, rows: rows)
    }

    /// One clause per cell on where it stops solving the task, from the runs.
    private var verdicts: String {
        let clauses = cells.map { cell -> String in
            let name = displayName(cell)
            guard let fail = failsAt(cell) else { return "the \(name) solves every length up to \(lengths.last!)" }
            var clause = solvedUpTo(cell).map { "the \(name) solves every length up to \($0) and first fails at \(fail)" }
                ?? "the \(name) fails from the shortest length, \(fail), on"
            let again = lengths.filter { $0 > fail && solves(cell, $0) }
            if !again.isEmpty { clause += " (yet solves \(Wording.list(again.map(String.init))))" }
            return clause
        }
        let sentence = Wording.list(clauses) + "."
        return "Solving a length means more than half the seeds reach the threshold: " + sentence
    }

    /// Dashes and dots tell the cells apart without colour; every cell's points are joined, so
    /// none is left as loose dots under the others' markers.
    private static let styles: [Series.Style] = [.line, .dashed, .lineAndDots, .lineAndDots]

    func accuracyChart(caption: String?) -> ResultBlock {
        let series = cells.enumerated().map { index, cell in
            Series(displayName(cell), points: lengths.map { (x: Double($0), y: Optional(majorityAccuracy(cell, $0))) },
                   style: Self.styles[index % Self.styles.count], colorIndex: index)
        }
        let threshold = Series("success threshold",
                               points: [(x: Double(lengths.first!), y: self.threshold), (x: Double(lengths.last!), y: self.threshold)],
                               style: .line, colorIndex: 7)
        let lowest = output.runs.map(\.accuracy).min() ?? 0.4
        let rank = "the \(ordinal(seeds / 2 + 1)) best of \(seeds)"
        let chart = LineChart(
            title: "Recall accuracy against sequence length",
            description: "Line chart: the test accuracy that more than half of the \(seeds) seeds reach (\(rank)) against the sequence "
                + "length T on a log scale, for " + Wording.list(cells.map(displayName)) + ". "
                + cells.map { cell in
                    displayName(cell) + ": "
                        + lengths.map { "T = \($0): \(NumberText.fixed(majorityAccuracy(cell, $0), decimals: 2))" }.joined(separator: ", ")
                }.joined(separator: "; ")
                + ". A grey line marks the success threshold \(NumberText.fixed(self.threshold, decimals: 2)).",
            xAxis: Axis("sequence length T (log scale)", scale: .log10),
            yAxis: Axis("accuracy most seeds reach", domain: min(0.4, (lowest * 10).rounded(.down) / 10)...1),
            series: [threshold] + series)
        return .figure(chart, caption: caption ?? "The test accuracy that more than half of the seeds reach (\(rank)) against the length T (log "
            + "scale), so a point on or above the grey threshold line \(NumberText.fixed(self.threshold, decimals: 2)) is a solved length; "
            + "chance is 0.5. Where lines overlap at 1.00 every cell solved the length. " + verdicts)
    }

    private func ordinal(_ k: Int) -> String {
        switch k {
        case 1: return "1st"
        case 2: return "2nd"
        case 3: return "3rd"
        default: return "\(k)th"
        }
    }

    // MARK: The traced LSTM

    private var path: MemoryPath? {
        output.probe.map { MemoryPath($0, name: displayName(options.trace)) }
    }

    func forgetHeatmap(caption: String?) -> ResultBlock? {
        path?.forgetHeatmap(caption: caption)
    }

    func forgetChart(caption: String?) -> ResultBlock? {
        path?.forgetChart(caption: caption)
    }

    func memoryChart(caption: String?) -> ResultBlock? {
        path?.memoryChart(caption: caption)
    }
}
