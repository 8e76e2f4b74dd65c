import Foundation

/// Runs one directive: reads the data files its options name, calls the directive, and turns any
/// failure into a diagnostic at the line of the option to blame.
struct DirectiveRunner: Sendable {
    let lessonsDirectory: URL
    let lessonsDisplayPath: String
    /// Threads a directive may spread its own independent runs over.
    let workers: Int

    /// Reads the data files an invocation names, keyed by path; the cache key hashes these bytes.
    func dataFiles(for invocation: Invocation) -> Result<[String: DataFile], Diagnostic> {
        let resolver = DataFileResolver(lessonsDirectory: lessonsDirectory, displayRoot: lessonsDisplayPath)
        var files: [String: DataFile] = [:]
        for (option, path) in invocation.directive.dataPaths {
            do {
                files[path] = try resolver.read(path)
            } catch {
                return .failure(Diagnostic(file: invocation.file, line: invocation.options.line(of: option), message: error.message))
            }
        }
        return .success(files)
    }

    /// Runs the experiment; the output comes back recorded (JSON), as the cache keeps it.
    func run(_ invocation: Invocation, dataFiles: [String: DataFile], progress: @escaping @Sendable (Int, Int) -> Void) -> Result<Data, Diagnostic> {
        let context = DirectiveContext(file: invocation.file, dataFiles: dataFiles, workers: workers, progress: progress)
        do {
            return .success(try invocation.directive.runEncoded(in: context))
        } catch {
            let line = error.option.flatMap { invocation.directive.optionName(blamed: $0.keyPath) }
                .map(invocation.options.line(of:)) ?? invocation.line
            return .failure(Diagnostic(file: invocation.file, line: line, message: "{\(invocation.kind)}: \(error.message)"))
        }
    }
}
