import Engine

extension MemoryDirective {
    /// One training run.
    struct Run: Codable, Sendable, Equatable {
        /// A `CellLine` key: a word of `cells`, or `lstm_fb`.
        var cell: String
        var length: Int
        var seed: Int
        var accuracy: Double
    }

    struct Output: Codable, Sendable, Equatable {
        var runs: [Run]
        /// The traced LSTM; nil when `show` asks for no view of it.
        var probe: MemoryProbe?
    }

    static func run(_ options: Options, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let lines = CellLine.lines(options)
        let lengths = options.lengths, seeds = options.seeds
        let traced = options.traced
        let epochs = options.training.epochs
        // Every cell of a length and seed trains on the same sequences: they are made once, side
        // by side, before the runs (the lines differ only in the LSTM's forget bias).
        let pairs = lengths.flatMap { length in seeds.map { (length: length, seed: $0) } }
        let sequences = LongestFirst.map(pairs, workers: context.workers, cost: { $0.length }) { _, pair in
            options.training.sequences(length: pair.length, seed: pair.seed)
        }
        let grid = lines.flatMap { line in pairs.indices.map { (line: line, length: pairs[$0].length, seed: pairs[$0].seed, pair: $0) } }
        // Every run owns its generators (seeded from its seed and length), so spreading them over
        // threads gives exactly the serial results, in grid order. A run costs about its length
        // times its cell's gate count.
        let tally = EpochTally(runs: grid.count, total: grid.count * epochs, report: context.progress)
        let trained = LongestFirst.map(grid, workers: context.workers, cost: { $0.length * $0.line.cell.gateCount }) { index, job in
            Result { () throws(DirectiveFailure) in
                try job.line.training.run(job.line.cell, length: job.length, seed: job.seed, sequences: sequences[job.pair]) {
                    tally.update(run: index, epochs: $0)
                }
            }
        }
        var runs: [Run] = []
        // The best run of the traced LSTM at each length, and its seed.
        var best: [Int: (run: RecallTraining.Run, seed: Int)] = [:]
        for (job, outcome) in zip(grid, trained) {
            let run = try outcome.get()
            runs.append(Run(cell: job.line.key, length: job.length, seed: job.seed, accuracy: run.accuracy))
            if job.line.key == traced, run.accuracy > best[job.length]?.run.accuracy ?? -1 {
                best[job.length] = (run, job.seed)
            }
        }
        var probe: MemoryProbe?
        if traced != nil {
            let threshold = options.threshold
            let length = options.traceLength
                ?? lengths.filter { best[$0]!.run.accuracy >= threshold }.max() ?? lengths.min()!
            probe = try MemoryProbe(best[length]!.run, length: length, seed: best[length]!.seed)
        }
        return Output(runs: runs, probe: probe)
    }
}
