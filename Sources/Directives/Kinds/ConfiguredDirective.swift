import Foundation

/// A directive block once its options are read: its kind, looked up by name once, and its typed
/// options. Everything after reading — data files, cache key, run, presentation, provenance —
/// asks this, never the registry or an option's name again.
package protocol ConfiguredDirective: Sendable {
    var kindName: String { get }
    /// The run options' canonical text: the options' part of the cache key.
    var runKey: String { get }
    var runCodeFingerprint: String { get }
    /// Each `.dataPath` option that has a value: its name (for lines) and the path written.
    var dataPaths: [(option: String, path: String)] { get }
    /// Every option with a value, in declaration order, common ones first: for provenance.
    var values: [(spec: OptionSpec, value: OptionValue)] { get }
    var common: CommonOptions { get }
    /// The estimate the budget checks, for kinds whose cost grows with their options.
    var cost: Cost? { get }
    /// The option a failure blames, by name.
    func optionName(blamed: AnyKeyPath) -> String?
    func runEncoded(in context: DirectiveContext) throws(DirectiveFailure) -> Data
    func presentEncoded(_ data: Data) -> DirectiveResult?
    func decodes(_ data: Data) -> Bool
    func command(folder: String) -> String?
    /// What can be known wrong before running: the kind's `validate` (checks across options) and
    /// the budget. The check step asks it; `resolved` places the problem on its option's line.
    func check(_ resolved: ResolvedOptions, file: String) -> Diagnostic?
}

struct Configured<Kind: Directive>: ConfiguredDirective {
    let options: Kind.Options
    let common: CommonOptions

    var kindName: String { Kind.name }
    var runKey: String { options.runKey }
    var runCodeFingerprint: String { Kind.runCodeFingerprint }
    var cost: Cost? { (options as? any CostEstimating)?.cost }

    var dataPaths: [(option: String, path: String)] {
        Kind.Options.declarations.compactMap { declared in
            guard case .dataPath = declared.spec.kind, case .text(let path)? = declared.read(options) else { return nil }
            return (declared.spec.name, path)
        }
    }

    var values: [(spec: OptionSpec, value: OptionValue)] {
        CommonOptions.declarations.compactMap { declared in declared.read(common).map { (declared.spec, $0) } }
            + Kind.Options.declarations.compactMap { declared in declared.read(options).map { (declared.spec, $0) } }
    }

    func optionName(blamed: AnyKeyPath) -> String? { Kind.Options.name(of: blamed) ?? CommonOptions.name(of: blamed) }
    func runEncoded(in context: DirectiveContext) throws(DirectiveFailure) -> Data { try Kind.runEncoded(options, in: context) }
    func presentEncoded(_ data: Data) -> DirectiveResult? { Kind.presentEncoded(data, options: options) }
    func decodes(_ data: Data) -> Bool { Kind.decodes(data) }
    func command(folder: String) -> String? { Kind.command(options, folder: folder) }

    func check(_ resolved: ResolvedOptions, file: String) -> Diagnostic? {
        do {
            try options.validate(WrittenOptions(names: resolved.writtenNames))
        } catch {
            return Kind.diagnostic(error, resolved, file: file)
        }
        if let cost, let message = Budget.problem(Kind.name, cost) {
            return Diagnostic(file: file, line: resolved.directiveLine, message: message)
        }
        return nil
    }
}

extension Directive {
    /// Decodes parsed options into the kind's typed options: a directive ready to check and run,
    /// or the problem at the line of the option to blame.
    package static func configure(_ resolved: ResolvedOptions, file: String) -> Result<any ConfiguredDirective, Diagnostic> {
        switch (Options.decode(resolved), CommonOptions.decode(resolved)) {
        case (.success(let typed), .success(let shared)): return .success(Configured<Self>(options: typed, common: shared))
        case (.failure(let failure), _), (_, .failure(let failure)): return .failure(diagnostic(failure, resolved, file: file))
        }
    }

    /// `configure`, then `check`: for callers outside a build's steps (the command line, tests).
    static func configureAndCheck(_ resolved: ResolvedOptions, file: String) -> Result<any ConfiguredDirective, Diagnostic> {
        configure(resolved, file: file).flatMap { configured in
            configured.check(resolved, file: file).map { .failure($0) } ?? .success(configured)
        }
    }

    /// A failure at the line of the option it blames, or of the directive.
    static func diagnostic(_ failure: DirectiveFailure, _ resolved: ResolvedOptions, file: String) -> Diagnostic {
        let line = failure.option.flatMap { Options.name(of: $0.keyPath) }.map(resolved.line(of:)) ?? resolved.directiveLine
        return Diagnostic(file: file, line: line, message: "{\(name)}: \(failure.message)")
    }
}
