import Directives
import Foundation

/// `output/results.json`: every named value of every directive, committed with the site, and the
/// last change the values went through. It is what `check` and the drift report compare
/// against, and the drift page is drawn from it alone, so the site stays a pure function of the
/// sources and this file.
public struct ResultsFile: Codable, Equatable, Sendable {
    public static let fileName = "results.json"
    static let format = "lstmbook-results/1"

    /// One directive's values.
    public struct Record: Codable, Equatable, Sendable {
        public var kind: String
        public var line: Int
        /// Relative change beyond which a value counts as drifted.
        public var tolerance: Double
        /// Numbers by name; values that are not numbers are left out.
        public var values: [String: Double]
    }

    public var format = ResultsFile.format
    /// Records by lesson file, then by directive identity (its id, or `{kind}#n`).
    public var lessons: [String: [String: Record]] = [:]
    /// The changes made by the most recent build that changed any value.
    public var lastChanges: [Drift] = []

    public init() {}

    public static func load(from outputDirectory: URL) -> ResultsFile? {
        guard let bytes = FileManager.default.contents(atPath: outputDirectory.appendingPathComponent(fileName).path) else { return nil }
        return try? JSONDecoder().decode(ResultsFile.self, from: bytes)
    }

    var data: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { $0 + Data("\n".utf8) } ?? Data()
    }

    /// The short name of a directive in reports: its id, or its kind and position.
    static func directiveName(_ identity: String) -> String {
        identity.split(separator: "#", maxSplits: 1).dropFirst().first.map(String.init) ?? identity
    }
}

/// One value that changed between two builds.
public struct Drift: Codable, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var kind: String
    public var directive: String
    public var name: String
    /// `nil` when the value is new or gone.
    public var old: Double?
    public var new: Double?
    public var tolerance: Double

    /// The relative change, when both ends exist and the old value is not zero.
    public var relativeChange: Double? {
        guard let old, let new, old != 0 else { return nil }
        return (new - old) / abs(old)
    }

    /// Whether the change is more than the directive tolerates.
    public var isBeyondTolerance: Bool {
        guard let old, let new else { return false }
        if let relative = relativeChange { return abs(relative) > tolerance }
        return abs(new - old) > tolerance
    }

    /// `lessons/06-airline.md:40 forecast lb3: test_rmse 49.1 → 47.3 (−3.7 %)`.
    public var description: String {
        let place = "\(file):\(line) \(kind) \(directive): \(name)"
        switch (old, new) {
        case let (old?, new?):
            let change = relativeChange.map { " (" + (($0 >= 0 ? "+" : "") + NumberText.fixed($0 * 100, decimals: 1)) + " %)" } ?? ""
            return "\(place) \(Self.format(old)) → \(Self.format(new))\(change)" + (isBeyondTolerance ? "  beyond tolerance "
                + "\(NumberText.fixed(tolerance * 100, decimals: 1)) %" : "")
        case let (nil, new?): return "\(place) new, \(Self.format(new))"
        case let (old?, nil): return "\(place) gone (was \(Self.format(old)))"
        default: return place
        }
    }

    /// Whole numbers as they are; others to four significant digits: enough to see a drift,
    /// short enough to read.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e9 { return NumberText.fixed(value, decimals: 0) }
        let magnitude = value == 0 ? 0 : Int(floor(log10(abs(value))))
        return NumberText.fixed(value, decimals: max(0, 3 - magnitude))
    }
}
