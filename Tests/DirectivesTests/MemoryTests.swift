import DirectiveTestSupport
@testable import Directives
import Foundation
import Testing

@Suite("{memory}")
struct MemoryTests: DirectiveSuite {
    typealias Kind = MemoryDirective

    /// Small enough to run in a fraction of a second.
    let small = "lengths: [3, 6]\nseeds: [1, 2]\nepochs: 2\ntrain_size: 32\ntest_size: 16"

    @Test func unknownAndOutOfRangeOptionsAreReported() {
        #expect(problems("length: [5]").first?.contains("unknown option 'length' for directive {memory} (did you mean 'lengths'?)") == true)
        #expect(problems("threshold: 1.5") == ["lessons/x.md:11: 'threshold' is 1.5, outside the allowed 0.5…1"])
        #expect(problems("lengths: [5, 1]") == ["lessons/x.md:11: 'lengths' is 1, outside the allowed 2…200"])
        #expect(problems("noise: -1") == ["lessons/x.md:11: 'noise' is -1.0, outside the allowed 0…10"])
    }

    @Test func inconsistentOptionsBlameTheRightOne() throws {
        #expect(try failure(small + "\ntrace_length: 5")?.option == "trace_length")
        #expect(try failure(small + "\ncells: [rnn, gru]")?.message == "'show' asks for the gates of 'lstm', but 'cells' has no lstm")
        #expect(try failure(small + "\ntrace: lstm_fb")?.option == "show")
        #expect(try failure("lengths: [3, 3]")?.message == "'lengths' lists 3 twice")
    }

    @Test func sameOptionsGiveBitIdenticalOutput() throws {
        let first = try run(small), second = try run(small)
        #expect(first == second)
        #expect(try OutputCoding.encoder.encode(first) == OutputCoding.encoder.encode(second))
        #expect(first.runs.count == 3 * 2 * 2)
        #expect(try run(small.replacingOccurrences(of: "seeds: [1, 2]", with: "seeds: [1, 3]")) != first)
    }

    @Test func spreadingRunsOverThreadsChangesNothingAndCountsEveryEpoch() throws {
        let serial = try run(small)
        let reports = Reports()
        let context = DirectiveContext(file: "lessons/x.md", dataFiles: [:], workers: 3) { done, total in reports.add(done, total) }
        let parallel = try MemoryDirective.run(options(small), in: context)
        #expect(try OutputCoding.encoder.encode(parallel) == OutputCoding.encoder.encode(serial))
        // 3 cells × 2 lengths × 2 seeds × 2 epochs, whichever thread finished last.
        #expect(reports.largest == (24, 24))
    }

    /// What lesson 5 relies on, with the default training settings: the LSTM recalls the first
    /// of 20 inputs, the plain RNN does not manage 50.
    @Test func theLSTMSolvesTwentyStepsAndThePlainRNNFailsAtFifty() throws {
        let lstm = MemoryFigures(try run("cells: [lstm]\nlengths: [20]\nshow: [table]"),
                                 options: try options("cells: [lstm]\nlengths: [20]\nshow: [table]"))
        #expect(lstm.solves("lstm", 20))
        let rnn = MemoryFigures(try run("cells: [rnn]\nlengths: [50]\nshow: [table]"),
                                options: try options("cells: [rnn]\nlengths: [50]\nshow: [table]"))
        #expect(!rnn.solves("rnn", 50))
        #expect(rnn.failsAt("rnn") == 50 && rnn.solvedUpTo("rnn") == nil)
    }

    @Test func theTracedLSTMIsTheBestRunAtTheTracedLength() throws {
        let output = try run(small + "\ntrace_length: 6")
        let probe = try #require(output.probe)
        let best = output.runs.filter { $0.cell == "lstm" && $0.length == 6 }.max { $0.accuracy < $1.accuracy }!
        #expect(probe.length == 6 && probe.seed == best.seed && probe.accuracy == best.accuracy)
        #expect(probe.plus.f.count == 6 && probe.plus.f.allSatisfy { $0.count == 8 && $0.allSatisfy { (0...1).contains($0) } })
        #expect((0..<8).contains(probe.memoryUnit))
        #expect(try run(small + "\nshow: [table, accuracy]").probe == nil)
    }

    @Test func solvingMeansAMajorityOfSeeds() throws {
        let runs = [0.95, 0.91, 0.5, 0.99, 0.6, 0.7].enumerated().map { index, accuracy in
            MemoryDirective.Run(cell: "rnn", length: index < 3 ? 5 : 10, seed: index % 3, accuracy: accuracy)
        }
        let figures = MemoryFigures(MemoryDirective.Output(runs: runs, probe: nil),
                                    options: try options("cells: [rnn]\nlengths: [10, 5]\nseeds: [0, 1, 2]\nshow: [table]"))
        #expect(figures.successes("rnn", 5) == 2 && figures.solves("rnn", 5))
        #expect(figures.successes("rnn", 10) == 1 && !figures.solves("rnn", 10))
        #expect(figures.failsAt("rnn") == 10 && figures.solvedUpTo("rnn") == 5)
        let values = Dictionary(uniqueKeysWithValues: figures.values.map { ($0.name, $0.display) })
        #expect(values["rnn_5_accuracy"] == "0.79" && values["rnn_10_solved"] == "1" && values["majority"] == "2")
        // What the accuracy chart draws: the 2nd best of 3, at or above 0.9 exactly when solved.
        #expect(figures.majorityAccuracy("rnn", 5) == 0.91 && figures.majorityAccuracy("rnn", 10) == 0.7)
        #expect(values["rnn_5_majority_accuracy"] == "0.91")
        #expect(figures.table(caption: nil).rows == [["SimpleRNN", "0.79 (2/3)", "0.76 (1/3)"]])
    }

    @Test func presentsTheChosenViewsAndTheDocumentedValues() throws {
        let options = try options(small + "\ncaptions: [Mine.]")
        let result = MemoryDirective.present(try run(small), options: options)
        guard result.blocks.count == 5, case .table(let table) = result.blocks[0] else {
            Issue.record("expected a table and four figures, got \(result.blocks)")
            return
        }
        #expect(table.caption == "Mine.")
        let names = Set(result.values.map(\.name))
        for name in ["rnn_3_accuracy", "lstm_6_solved", "gru_fails_at", "lstm_solved_up_to", "seeds", "majority", "threshold",
                     "trace_length", "trace_seed", "trace_accuracy", "memory_unit", "memory_forget_mean", "memory_forget_min",
                     "other_forget_mean", "untrained_forget_mean", "memory_retention_plus", "memory_retention_minus",
                     "untrained_retention_plus", "memory_per_step_plus", "c_first_plus", "c_tenth_step_plus",
                     "memory_input_first", "memory_input_later", "c_end_plus", "c_end_minus"] {
            #expect(names.contains(name), "\(name)")
        }
    }
}

/// The largest progress report seen, from whichever thread.
private final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var best = (0, 0)
    var largest: (Int, Int) { lock.withLock { best } }
    func add(_ done: Int, _ total: Int) { lock.withLock { if done >= best.0 { best = (done, total) } } }
}
