import Foundation

/// Runs a batch of directives, up to `jobs` at a time, and returns their results in order.
struct Execution: Sendable {
    let runner: DirectiveRunner
    let jobs: Int

    init(lessonsDirectory: URL, lessonsDisplayPath: String, jobs: Int) {
        runner = DirectiveRunner(lessonsDirectory: lessonsDirectory, lessonsDisplayPath: lessonsDisplayPath)
        self.jobs = jobs
    }

    func outputs(for invocations: [Invocation]) -> [Result<Data, Diagnostic>] {
        WorkerPool.map(invocations, workers: jobs) { _, invocation in
            runner.dataFiles(for: invocation).flatMap { runner.run(invocation, dataFiles: $0, progress: { _, _ in }) }
        }
    }
}
