/// The directive reference, generated from the declarations so it cannot fall out of date: the
/// README embeds this text, and a test fails when the two differ.
public enum DirectiveReference {
    public static func markdown() -> String {
        var text = "Options every directive takes:\n\n" + table(CommonOptions.specs)
        text += "\nAn option that changes the *run* is part of the cache key; one that changes only the *presentation* "
            + "re-renders the page without rerunning the experiment.\n"
        for kind in DirectiveRegistry.kinds {
            text += "\n### `{\(kind.name)}`\n\n\(kind.summary)\n\n" + table(kind.optionSpecs)
            if !kind.results.isEmpty { text += "\nNamed results (`{{id.name}}`):\n\n" + table(kind.results) }
        }
        return text
    }

    private static func table(_ specs: [OptionSpec]) -> String {
        var rows = "| option | type | default | changes | what it does |\n|---|---|---|---|---|\n"
        for spec in specs {
            let fallback = spec.defaultValue.map { "`\($0.yaml)`" } ?? (spec.isRequired ? "required" : "—")
            rows += "| `\(spec.name)` | \(spec.kind.summary) | \(fallback) | \(spec.effect.rawValue) | \(cell(spec.doc)) |\n"
        }
        return rows
    }

    private static func table(_ results: [NamedResult]) -> String {
        var rows = "| result | meaning | unit |\n|---|---|---|\n"
        for result in results {
            rows += "| `\(result.name)` | \(cell(result.meaning)) | \(result.unit.isEmpty ? "—" : cell(result.unit)) |\n"
        }
        return rows
    }

    private static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}

extension Directive {
    /// The kind's own options (the common ones are listed once, above every kind).
    static var optionSpecs: [OptionSpec] { Options.specs }
}
