// libyaml is the C core of Yams (the same package, not a new dependency); only its scanner can
// see anchors and aliases before Yams composes the document.
import CYaml
import Yams

/// Composes YAML that lessons give, after refusing anchors (`&a`) and aliases (`*a`).
///
/// No option needs them, and they are a denial of service: an alias used as a mapping key makes
/// the composer hash the whole expanded tree, so each level of aliases multiplies the work by ten
/// (eight levels in 350 bytes took 23 s, ten would take 40 min). libyaml's scanner sees them as
/// tokens, in one linear pass, before anything is expanded.
package enum YAMLGuard {
    /// The first anchor or alias in `yaml`: what it is and its line (1-based), or nil.
    /// A scanner error is left for the composer to report in its own words.
    static func firstReference(in yaml: String) -> (what: String, line: Int)? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(yaml.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> (what: String, line: Int)? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var token = yaml_token_t()
            while yaml_parser_scan(&parser, &token) == 1 {
                defer { yaml_token_delete(&token) }
                let line = Int(token.start_mark.line) + 1
                switch token.type {
                case YAML_ANCHOR_TOKEN: return ("anchor", line)
                case YAML_ALIAS_TOKEN: return ("alias", line)
                case YAML_STREAM_END_TOKEN: return nil
                default: continue
                }
            }
            return nil
        }
    }

    /// `Yams.compose`, refusing anchors and aliases first.
    package static func compose(_ yaml: String) throws -> Node? {
        if let found = firstReference(in: yaml) { throw Refused(what: found.what, line: found.line) }
        return try Yams.compose(yaml: yaml)
    }

    /// An anchor or alias was found at `line` of the YAML.
    struct Refused: Error {
        let what: String
        let line: Int
        var message: String {
            "YAML \(what == "anchor" ? "anchors (&name)" : "aliases (*name)") are not allowed; write each value out in full"
        }
    }
}
