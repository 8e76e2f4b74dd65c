import Foundation

/// Runs a batch of directives: each comes from the cache when its key is there (unless forced),
/// the rest run up to `jobs` at a time. Results come back by the directive's identity, so each
/// lesson takes its own back, and a parallel build writes exactly what a serial one does.
package struct Execution: Sendable {
    let runner: DirectiveRunner
    let jobs: Int
    let cache: ResultCache?
    let force: ForceRule
    let events: BuildEvents

    package init(lessonsDirectory: URL, lessonsDisplayPath: String, jobs: Int, cache: ResultCache? = nil,
         force: ForceRule = .none, events: BuildEvents = .silent) {
        runner = DirectiveRunner(lessonsDirectory: lessonsDirectory, lessonsDisplayPath: lessonsDisplayPath, workers: jobs)
        self.jobs = jobs
        self.cache = cache
        self.force = force
        self.events = events
    }

    /// What a batch produced, and the key each successful directive ran or was found under.
    package struct Report {
        /// Each directive's recorded output or its problem, by `Invocation.identity`.
        package var outputs: [String: Result<Data, Diagnostic>]
        package var keys: [String: CacheKey]
        package var ran: Int
        package var cached: Int
    }

    package func outputs(for invocations: [Invocation], previous: RunManifest = RunManifest()) -> Report {
        var outputs = [Result<Data, Diagnostic>?](repeating: nil, count: invocations.count)
        var keys: [String: CacheKey] = [:]
        var pending: [(index: Int, key: CacheKey, files: [String: DataFile], reason: String)] = []
        var hits = 0
        for (index, invocation) in invocations.enumerated() {
            let files: [String: DataFile]
            switch runner.dataFiles(for: invocation) {
            case .failure(let problem):
                outputs[index] = .failure(problem)
                continue
            case .success(let read):
                files = read
            }
            let key = CacheKey(invocation: invocation, dataFiles: files)
            let reason: String
            if force.applies(to: invocation) {
                reason = "forced"
            } else {
                switch cache?.lookup(key, accepting: invocation.directive.decodes) {
                case .hit(let data)?:
                    outputs[index] = .success(data)
                    keys[invocation.identity] = key
                    hits += 1
                    continue
                case .unusable?:
                    reason = "cache entry unusable"
                case .missing?, nil:
                    reason = previous.keys[invocation.identity].map { key.reason(comparedTo: $0) } ?? "not cached"
                }
            }
            pending.append((index, key, files, reason))
        }

        let ran = WorkerPool.map(pending, workers: jobs) { _, job in
            let invocation = invocations[job.index]
            if events.isCancelled() {
                let message = "{\(invocation.kind)}: not run: its inputs changed, a rebuild is pending"
                return Result<Data, Diagnostic>.failure(Diagnostic(file: invocation.file, line: invocation.line, message: message))
            }
            events.willRun(invocation, job.reason)
            let started = Date()
            let output = runner.run(invocation, dataFiles: job.files) { done, total in events.progress(invocation, done, total) }
            events.didRun(invocation, Date().timeIntervalSince(started))
            if case .success(let data) = output {
                // A cache that cannot be written only costs time on the next build.
                try? cache?.store(data, for: job.key)
            }
            return output
        }
        for (job, output) in zip(pending, ran) {
            outputs[job.index] = output
            if case .success = output { keys[invocations[job.index].identity] = job.key }
        }
        // Identities are unique in a build: ids are checked to be unique in a lesson, and names
        // a lesson gives by position (`{kind}#n`) cannot be ids.
        let byIdentity = zip(invocations, outputs).map { invocation, output in (invocation.identity, output!.mapError { $0.found(in: .run) }) }
        return Report(outputs: Dictionary(uniqueKeysWithValues: byIdentity), keys: keys, ran: pending.count, cached: hits)
    }
}
