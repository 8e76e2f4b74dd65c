import Foundation
import Testing
@testable import Directives

/// A whole-site build runs every lesson's directives over one pool of workers, so {review} runs on
/// whichever thread is free, beside {memory} and the threads {memory} spreads its own runs over;
/// a build of lesson 7 alone runs it beside {live-review} only. Its numbers must be the same bits
/// either way, or the site would depend on which lessons were rebuilt together.
@Suite("Runs beside others")
struct RunsBesideOthersTests {
    /// Small runs of both: long enough that they overlap, short enough for a unit test.
    static let jobs: [(kind: any Directive.Type, yaml: String)] = [
        (ReviewDirective.self, "units: 3\nepochs: 3\ntrain_size: 60\ntest_size: 20\nbatch_size: 16\nseeds: [1, 2]"),
        (MemoryDirective.self, "lengths: [3, 6]\nseeds: [1, 2]\nepochs: 2\ntrain_size: 32\ntest_size: 16"),
    ]

    static func recorded(_ job: Int, workers: Int) throws -> Data {
        let (kind, yaml) = jobs[job]
        let resolved = try OptionParser(specs: kind.specs, file: "lessons/x.md", lineBase: 1,
                                        context: "directive {\(kind.name)}").parse(yaml, directiveLine: 1)
        let configured = try kind.configureAndCheck(resolved, file: "lessons/x.md").get()
        return try configured.runEncoded(in: DirectiveContext(file: "lessons/x.md", dataFiles: [:], workers: workers))
    }

    @Test func eachDirectiveGivesItsSoloBitsWhileOthersRun() throws {
        let solo = try Self.jobs.indices.map { try Self.recorded($0, workers: 1) }
        // Two reviews to every {memory}, on more threads than the machine has cores, {memory}
        // sharing out its runs too, and a few rounds so that the runs meet at different points.
        let schedule = Array(Array(repeating: [0, 0, 1], count: 3).joined())
        for round in 0..<3 {
            let outputs = WorkerPool.map(schedule, workers: 4) { _, job in
                Result { try Self.recorded(job, workers: 2) }
            }
            for (job, output) in zip(schedule, outputs) {
                #expect(try output.get() == solo[job], "round \(round): {\(Self.jobs[job].kind.name)} changed beside the others")
            }
        }
    }
}
