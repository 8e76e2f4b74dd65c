import Foundation

/// Runs one directive: reads the data files its options name, calls the directive, and turns any
/// failure into a diagnostic at the line of the option to blame.
struct DirectiveRunner: Sendable {
    let lessonsDirectory: URL
    let lessonsDisplayPath: String
    /// Threads a directive may spread its own independent runs over.
    let workers: Int

    /// Reads the data files an invocation names, keyed by option; the cache key hashes these bytes.
    func dataFiles(for invocation: Invocation) -> Result<[String: DataFile], Diagnostic> {
        guard let kind = DirectiveRegistry.kind(named: invocation.kind) else {
            return .failure(Diagnostic(file: invocation.file, line: invocation.line, message: "unknown directive {\(invocation.kind)}"))
        }
        let resolver = DataFileResolver(lessonsDirectory: lessonsDirectory, displayRoot: lessonsDisplayPath)
        var files: [String: DataFile] = [:]
        for spec in DirectiveRegistry.options(of: kind) {
            guard case .dataPath = spec.kind, let path = invocation.options.text(spec.name) else { continue }
            do {
                files[spec.name] = try resolver.read(path)
            } catch {
                return .failure(Diagnostic(file: invocation.file, line: invocation.options.line(of: spec.name), message: error.message))
            }
        }
        return .success(files)
    }

    /// Runs the experiment; the output comes back recorded (JSON), as the cache keeps it.
    func run(_ invocation: Invocation, dataFiles: [String: DataFile], progress: @escaping @Sendable (Int, Int) -> Void) -> Result<Data, Diagnostic> {
        guard let kind = DirectiveRegistry.kind(named: invocation.kind) else {
            return .failure(Diagnostic(file: invocation.file, line: invocation.line, message: "unknown directive {\(invocation.kind)}"))
        }
        let context = DirectiveContext(file: invocation.file, dataFiles: dataFiles, workers: workers, progress: progress)
        do {
            return .success(try kind.runEncoded(invocation.options, in: context))
        } catch {
            let line = error.option.map { invocation.options.line(of: $0) } ?? invocation.line
            return .failure(Diagnostic(file: invocation.file, line: line, message: "{\(invocation.kind)}: \(error.message)"))
        }
    }
}
