import Foundation
import SVGPlot

/// One kind of experiment a lesson can embed as a fenced block: ```` ```{forecast} ````.
///
/// Running and presenting are separate on purpose. `run` does the experiment — the slow part,
/// cached and run in parallel — and must be a pure function of its options and the bytes of the
/// data files it names. Its `Output` is plain data. `present` turns that data into figures,
/// tables and named values every time a page is built, so changing how a figure looks never
/// reruns an experiment, and a cached result renders exactly as a fresh one.
public protocol Directive: Sendable {
    associatedtype Output: Codable & Sendable

    /// The name inside the braces.
    static var name: String { get }
    /// One line for the directive reference.
    static var summary: String { get }
    /// The options this kind takes; the options every directive takes are added by the registry.
    static var options: [OptionSpec] { get }

    static func run(_ options: ResolvedOptions, in context: DirectiveContext) throws(DirectiveFailure) -> Output
    static func present(_ output: Output, options: ResolvedOptions) -> DirectiveResult
}

/// A directive that could not produce its result, and the option to blame (its line is reported).
public struct DirectiveFailure: Error, Sendable {
    public let message: String
    public let option: String?

    public init(_ message: String, option: String? = nil) {
        self.message = message
        self.option = option
    }
}

extension Directive {
    /// Runs the experiment and returns its output as JSON: the form the cache stores, so a fresh
    /// result and a cached one go through the same decoding and render identically.
    static func runEncoded(_ options: ResolvedOptions, in context: DirectiveContext) throws(DirectiveFailure) -> Data {
        let output = try run(options, in: context)
        do {
            return try OutputCoding.encoder.encode(output)
        } catch {
            throw DirectiveFailure("could not record the result: \(error)")
        }
    }

    /// Decodes a recorded output and presents it; `nil` when the bytes are not this kind's output
    /// (a corrupted or foreign cache entry), which the caller answers by running again.
    package static func presentEncoded(_ data: Data, options: ResolvedOptions) -> DirectiveResult? {
        guard let output = try? OutputCoding.decoder.decode(Output.self, from: data) else { return nil }
        return present(output, options: options)
    }
}

/// One JSON form for recorded outputs: sorted keys (bytes do not depend on dictionary order) and
/// shortest round-trip numbers (decoding gives back the very same Double).
enum OutputCoding {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }
}
