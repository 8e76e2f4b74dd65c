import Engine
import Foundation

extension GradientFlowDirective {
    struct Curve: Codable, Sendable, Equatable {
        /// A `CellLine` key: a word of `cells`, or `lstm_fb`.
        var cell: String
        var trained: Bool
        /// Geometric mean of ‖∂h_T/∂x_t‖ over seeds and sequences, indexed by distance T − t.
        var sensitivity: [Double]
        /// Test accuracy on the recall task, one per seed.
        var accuracies: [Double]
    }

    struct Output: Codable, Sendable, Equatable {
        var curves: [Curve]
    }

    static func run(_ options: Options, in context: DirectiveContext) throws(DirectiveFailure) -> Output {
        let seeds = options.seeds, phases = options.show
        let steps = options.steps, samples = options.samples
        let lines = CellLine.lines(options)
        let trains = phases.contains(.trained)
        let unitsOfWork = trains ? options.training.epochs : 1
        let total = lines.count * seeds.count * unitsOfWork
        var done = 0
        var curves: [Curve] = []
        for line in lines {
            var initial = Measurement(steps: steps), trained = Measurement(steps: steps)
            for seed in seeds {
                if trains {
                    let before = done
                    let run = try line.training.run(line.cell, length: steps, seed: seed) { context.progress(before + $0, total) }
                    if phases.contains(.initial) { try initial.add(run.initial, test: run.test, samples: samples) }
                    try trained.add(run.trained, test: run.test, samples: samples)
                } else {
                    let start = line.training.start(line.cell, length: steps, seed: seed)
                    try initial.add(start.model, test: start.test, samples: samples)
                }
                done += unitsOfWork
                context.progress(done, total)
            }
            for phase in phases {
                let measured = phase == .trained ? trained : initial
                curves.append(Curve(cell: line.key, trained: phase == .trained, sensitivity: measured.geometricMeans,
                                    accuracies: measured.accuracies))
            }
        }
        return Output(curves: curves)
    }

    /// Sums of log₁₀ sensitivities by distance, over every network and probe of one cell and phase.
    struct Measurement {
        var logSums: [Double]
        var count = 0
        var accuracies: [Double] = []

        init(steps: Int) { logSums = [Double](repeating: 0, count: steps) }

        /// Measures `model` on the first `samples` test sequences, and scores it on all of them.
        mutating func add(_ model: Model, test: Dataset, samples: Int) throws(DirectiveFailure) {
            do {
                for probe in test.inputs.prefix(samples) {
                    let s = try model.hiddenStateSensitivity(probe)
                    let T = s.count
                    // s[t] is step t + 1; its distance from the last step is T − 1 − t. An exact
                    // zero (which would need every path to vanish) is kept finite for the log.
                    for t in 0..<T { logSums[T - 1 - t] += log10(max(s[t], .leastNormalMagnitude)) }
                    count += 1
                }
                accuracies.append(try RecallTraining.accuracy(model, on: test))
            } catch {
                throw DirectiveFailure("could not measure the sensitivities: \(error)")
            }
        }

        var geometricMeans: [Double] { logSums.map { pow(10, $0 / Double(count)) } }
    }
}
