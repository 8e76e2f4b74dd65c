/// The directive reference, generated from the declarations so it cannot fall out of date: the
/// README embeds this text, and a test fails when the two differ.
public enum DirectiveReference {
    public static func markdown() -> String {
        var text = "Options every directive takes:\n\n" + table(DirectiveRegistry.commonOptions)
        for kind in DirectiveRegistry.kinds {
            text += "\n### `{\(kind.name)}`\n\n\(kind.summary)\n\n" + table(kind.options)
        }
        return text
    }

    private static func table(_ specs: [OptionSpec]) -> String {
        var rows = "| option | type | default | what it does |\n|---|---|---|---|\n"
        for spec in specs {
            let fallback = spec.defaultValue.map { "`\($0.yaml)`" } ?? (spec.isRequired ? "required" : "—")
            rows += "| `\(spec.name)` | \(spec.kind.summary) | \(fallback) | \(spec.doc.replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        return rows
    }
}
