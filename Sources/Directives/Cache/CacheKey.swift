/// Everything a directive's result depends on. Two runs with equal keys compute the same bytes,
/// because directives are pure functions of these and the engine is deterministic.
package struct CacheKey: Codable, Equatable, Sendable {
    /// The tool's version: a new release may change what directives compute.
    var tool: String
    /// Fingerprints of the code that computes results (see scripts/fingerprint): the engine, and
    /// the engine with the shared run code and this kind's `+Run.swift`. Presentation code,
    /// other kinds' run code and option declarations are not in it.
    var engine: String
    var runCode: String
    var kind: String
    /// The run options, normalised (`OptionsStruct.runKey`): order, lines and presentation
    /// options (captions, views, tolerance) do not matter.
    var options: String
    /// SHA-256 of each data file the options name, by path.
    var data: [String: String]

    init(invocation: Invocation, dataFiles: [String: DataFile]) {
        tool = ToolVersion.current
        engine = CodeFingerprints.engine
        runCode = invocation.directive.runCodeFingerprint
        kind = invocation.kind
        options = invocation.directive.runKey
        data = Dictionary(uniqueKeysWithValues: dataFiles.values.map { ($0.path, SHA256.hex($0.bytes)) })
    }

    /// The cache file's name: a digest of the whole key.
    var digest: String {
        let dataLines = data.keys.sorted().map { "data \($0) \(data[$0]!)" }
        let material = ["tool \(tool)", "engine \(engine)", "run code \(runCode)", "kind \(kind)"] + dataLines + ["options", options]
        return SHA256.hex(material.joined(separator: "\n"))
    }

    /// Why a result computed under `previous` cannot be reused under this key, in words for the
    /// build log: the first difference that matters to an author.
    func reason(comparedTo previous: CacheKey) -> String {
        if previous.options != options || previous.kind != kind { return "options changed" }
        if previous.data != data {
            let changed = Set(data.keys).union(previous.data.keys).filter { data[$0] != previous.data[$0] }.sorted()
            return "data changed: " + changed.joined(separator: ", ")
        }
        if previous.engine != engine { return "engine changed" }
        if previous.runCode != runCode { return "its run code changed" }
        if previous.tool != tool { return "tool version changed" }
        return "cache entry missing"
    }
}

/// The tool's version, part of every cache key.
public enum ToolVersion {
    public static let current = "0.1.0"
}
