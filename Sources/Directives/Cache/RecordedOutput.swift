import Foundation

extension Directive {
    /// Whether `data` decodes as this kind's output. A cache entry whose checksum matches but
    /// whose output does not decode (written by other code under the same key) is recomputed,
    /// not trusted until it fails the page.
    static func decodes(_ data: Data) -> Bool {
        (try? OutputCoding.decoder.decode(Output.self, from: data)) != nil
    }
}
