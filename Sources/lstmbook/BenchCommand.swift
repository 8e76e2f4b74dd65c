import ArgumentParser
import Engine
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `lstmbook bench`: how fast the engine trains, measured on the two workloads that
/// tools/keras/bench_keras.py runs in Keras on the same machine (so the two can be compared), on
/// the gate functions alone, and on the site's own experiments.
///
/// 1. The note's model: LSTM(4) → Dense(1), Adam, MSE, batch 1, 100 epochs, for look_back 1, 3
///    and 10 on the airline series (the note's windows), timed from the first to the last epoch.
/// 2. A mid-size model: LSTM(128) → Dense(1) on 50 steps of 32 inputs, batch 32, random data,
///    on one thread and on `--threads` (the batch's products split by rows of the result; the
///    digests show both train to the same bits).
/// 3. The gate functions σ and tanh alone, in nanoseconds per value, called on buffers of 16
///    values as the cells call them (not in the Keras script).
/// 4. Unless `--engine-only`: lesson 5 rendered alone (its `{memory}` grid) and the whole site
///    built with every directive afresh, both with `--jobs` (see `SiteBench`).
///
/// Each timing is the best of `--repeats` runs (the minimum is the least disturbed by other work
/// on the machine). FLOPs count the matrix products only, a multiply-add as 2: forward x·W and
/// h·U, backward dW, dU and dh (training needs no input gradient); per sample and step that is
/// K·(4·input + 6·units) with K = 4·units, plus the Dense layer's 6·units·outputs. The gate
/// arithmetic (σ, tanh, products) is not counted. The site figures are timed once each.
///
/// With `--json`, the figures go to standard output as one JSON object (for comparing commits),
/// with a digest of every trained model's weights: two builds that train to the same bits print
/// the same digests (scripts/same-bits compares a baseline and an x86-64-v3 build this way).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time training of the note's model and of a mid-size LSTM (release build).")

    @Option(help: "The airline CSV for the note's model.")
    var data = "lessons/data/airline-passengers.csv"

    @Option(help: "Runs per measurement; the best is reported.")
    var repeats = 5

    @Option(name: .customLong("mid-steps"), help: "Training steps (batches) per mid-size measurement.")
    var midSteps = 8

    @Option(help: "Threads for the mid-size model's second measurement (default: one per core).")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "The folder of lessons for the site figures.")
    var lessons = "lessons"

    @Option(name: .shortAndLong, help: "Threads for the site figures, as `build --jobs` (default: one per core).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Time the engine's workloads only, not lesson 5 and the whole site.")
    var engineOnly = false

    @Flag(help: "Print the figures and the trained weights' digests as JSON on standard output.")
    var json = false

    /// What `--json` writes.
    struct Report: Encodable {
        struct LookBack: Encodable {
            let lookBack: Int
            let milliseconds: Double
            let weightsDigest: String
        }
        var note: [LookBack] = []
        var noteTotalMilliseconds = 0.0
        var midMillisecondsPerStep = 0.0
        var midGFLOPS = 0.0
        var midWeightsDigest = ""
        var threads = 1
        var midThreadsMillisecondsPerStep = 0.0
        var midThreadsGFLOPS = 0.0
        var midThreadsWeightsDigest = ""
        var jobs = 0
        var memoryLessonSeconds = 0.0
        var buildSeconds = 0.0
        var sigmoidNanosecondsPerValue = 0.0
        var tanhNanosecondsPerValue = 0.0
    }

    func validate() throws {
        guard (1...64).contains(threads) else { throw ValidationError("--threads must be between 1 and 64.") }
        guard (1...64).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 64.") }
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1.") }
        // Each step's 32 samples of 50×32 inputs are generated up front: keep that bounded.
        guard (1...1000).contains(midSteps) else { throw ValidationError("--mid-steps must be between 1 and 1000.") }
    }

    func run() throws {
        var report = Report()
        let series = try CSV.readColumn(path: data, column: "Passengers").values
        say("note's model: LSTM(4) → Dense(1), Adam, MSE, batch 1, 100 epochs, seed 7 (best of \(repeats))")
        var total = 0.0
        for lookBack in [1, 3, 10] {
            progress("note's model, look_back \(lookBack)")
            let config = ForecastConfig(lookBack: lookBack, seed: 7)
            let samples = try trainingSamples(series, config)
            var trained: Model?
            let seconds = try best { trained = try forecastTrainingOnly(series, config) }
            total += seconds
            report.note.append(.init(lookBack: lookBack, milliseconds: seconds * 1e3, weightsDigest: digest(trained!)))
            let steps = Double(samples * config.epochs)
            say(String(format: "  look_back %2d: %3d samples, %7.2f ms total, %6.1f µs per epoch, %5.2f µs per training step",
                         lookBack, samples, seconds * 1e3, seconds / Double(config.epochs) * 1e6, seconds / steps * 1e6))
        }
        report.noteTotalMilliseconds = total * 1e3
        say(String(format: "  all three look_back runs: %.1f ms", total * 1e3))

        let (units, steps, inputs, batch) = (128, 50, 32, 32)
        say("mid-size model: LSTM(\(units)) → Dense(1), \(steps) steps × \(inputs) inputs, batch \(batch), Adam, MSE (best of \(repeats))")
        progress("mid-size model")
        var rng = SeededGenerator(seed: 1)
        let x = (0..<(batch * midSteps)).map { _ in (0..<steps).map { _ in (0..<inputs).map { _ in rng.uniform(-1, 1) } } }
        let y = (0..<(batch * midSteps)).map { _ in [rng.uniform(-1, 1)] }
        let dataset = Dataset(inputs: x, targets: y)
        let start = Model.initialised(cell: .lstm, units: units, inputDim: inputs, outputs: 1, activation: .linear, using: &rng)
        let K = 4 * units
        let flops = Double(batch * steps * K * (4 * inputs + 6 * units) + batch * 6 * units)
        func measure(threads: Int) throws -> (perStep: Double, digest: String) {
            var trained = start
            let seconds = try best {
                var model = start
                var shuffle = SeededGenerator(seed: 2)
                _ = try train(&model, on: dataset, config: TrainingConfig(epochs: 1, batchSize: batch, threads: threads), using: &shuffle)
                trained = model
            }
            let perStep = seconds / Double(midSteps)
            let label = threads == 1 ? "  1 thread" : "  \(threads) threads"
            say(label + String(format: ": %.2f ms per training step, %.1f steps/s, %.0f samples/s, %.2f GFLOP/s (%.0f MFLOP per step)",
                                 perStep * 1e3, 1 / perStep, Double(batch) / perStep, flops / perStep / 1e9, flops / 1e6))
            return (perStep, digest(trained))
        }
        let one = try measure(threads: 1)
        report.midMillisecondsPerStep = one.perStep * 1e3
        report.midGFLOPS = flops / one.perStep / 1e9
        report.midWeightsDigest = one.digest
        report.threads = threads
        if threads > 1 {
            progress("mid-size model, \(threads) threads")
            let many = try measure(threads: threads)
            report.midThreadsMillisecondsPerStep = many.perStep * 1e3
            report.midThreadsGFLOPS = flops / many.perStep / 1e9
            report.midThreadsWeightsDigest = many.digest
            if many.digest != one.digest { throw ValidationError("\(threads) threads trained other weights than one thread") }
        } else {
            (report.midThreadsMillisecondsPerStep, report.midThreadsGFLOPS, report.midThreadsWeightsDigest) =
                (report.midMillisecondsPerStep, report.midGFLOPS, report.midWeightsDigest)
        }

        say("gate functions: buffers of 16 values in [−6, 6] (best of \(repeats))")
        progress("gate functions")
        report.sigmoidNanosecondsPerValue = try nanosecondsPerValue(Elementary.sigmoid)
        report.tanhNanosecondsPerValue = try nanosecondsPerValue(Elementary.tanh)
        say(String(format: "  σ: %.2f ns per value, tanh: %.2f ns per value", report.sigmoidNanosecondsPerValue,
                   report.tanhNanosecondsPerValue))
        if !engineOnly {
            let site = try SiteBench(lessons: URL(fileURLWithPath: lessons), jobs: jobs).measure(progress: progress)
            (report.jobs, report.memoryLessonSeconds, report.buildSeconds) = (jobs, site.memoryLessonSeconds, site.buildSeconds)
            say("site, \(jobs) jobs, nothing from the cache:")
            say(String(format: "  lesson 5 alone ({memory}): %.2f s", site.memoryLessonSeconds))
            say(String(format: "  whole site (%d directives): %.2f s", site.directives, site.buildSeconds))
        }

        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        say(String(format: "peak memory (maxrss): %.1f MB", Double(usage.ru_maxrss) / 1024))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        }
    }

    /// The human-readable lines: standard output, or standard error when it carries the JSON.
    private func say(_ line: String) {
        if json {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        } else {
            print(line)
        }
    }

    /// FNV-1a over the bit patterns of every weight, in the model's order: equal digests mean
    /// (but for a 2⁻⁶⁴ chance) bit-identical weights.
    private func digest(_ model: Model) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ values: [Double]) {
            for value in values {
                var bits = value.bitPattern
                for _ in 0..<8 {
                    hash = (hash ^ (bits & 0xff)) &* 0x0000_0100_0000_01b3
                    bits >>= 8
                }
            }
        }
        for layer in model.recurrentLayers {
            mix(layer.kernel.storage)
            mix(layer.recurrentKernel.storage)
            mix(layer.bias.storage)
        }
        mix(model.dense.kernel.storage)
        mix(model.dense.bias)
        return String(format: "%016llx", hash)
    }

    /// The fastest of `repeats` timed calls, in seconds.
    private func best(_ body: () throws -> Void) throws -> Double {
        var fastest = Double.infinity
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            fastest = min(fastest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return fastest
    }

    /// The time per value of a gate function applied to 2²⁰ values, 16 at a time (an LSTM(4)'s four
    /// gates for one sample, or one gate for a batch of four), from a 4096-value buffer that stays
    /// in the first-level cache.
    private func nanosecondsPerValue(_ f: (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void) throws -> Double {
        var rng = SeededGenerator(seed: 3)
        let x = (0..<4096).map { _ in rng.uniform(-6, 6) }
        var y = [Double](repeating: 0, count: x.count)
        let rounds = 256
        let seconds = try best {
            x.withUnsafeBufferPointer { x in
                y.withUnsafeMutableBufferPointer { y in
                    for _ in 0..<rounds {
                        for k in stride(from: 0, to: x.count, by: 16) { f(x.baseAddress! + k, y.baseAddress! + k, 16) }
                    }
                }
            }
        }
        return seconds / Double(rounds * x.count) * 1e9
    }

    /// Training windows the note's experiment gives for this look_back.
    private func trainingSamples(_ series: [Double], _ config: ForecastConfig) throws -> Int {
        let scaled = try MinMaxScaler.fit(series).transform(series)
        let train = try trainTestSplit(scaled, trainFraction: config.trainFraction).train
        return try Windows(series: train, lookBack: config.lookBack).targets.count
    }

    /// The experiment's training alone (no prediction or scoring): what Keras's `fit` time measures.
    private func forecastTrainingOnly(_ series: [Double], _ config: ForecastConfig) throws -> Model {
        let scaled = try MinMaxScaler.fit(series).transform(series)
        let windows = try Windows(series: trainTestSplit(scaled, trainFraction: config.trainFraction).train, lookBack: config.lookBack)
        var rng = SeededGenerator(seed: config.seed)
        var model = Model.initialised(cell: .lstm, units: config.units, inputDim: config.lookBack, outputs: 1, activation: .linear, using: &rng)
        _ = try train(&model, on: windows.dataset, config: TrainingConfig(epochs: config.epochs, batchSize: config.batchSize), using: &rng)
        return model
    }

    private func progress(_ message: String) {
        FileHandle.standardError.write(Data("bench: \(message)…\n".utf8))
    }
}
