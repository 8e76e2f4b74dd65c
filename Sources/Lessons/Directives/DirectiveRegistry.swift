/// Every directive kind the tool knows, and the options all of them share.
public enum DirectiveRegistry {
    public static let kinds: [any Directive.Type] = [
        ActivationDirective.self,
        ForecastDirective.self,
        GatesDirective.self,
        CellDirective.self,
        ReviewDirective.self,
        GradientFlowDirective.self,
        ForgettingDirective.self,
        MemoryDirective.self,
        LiveDirective.self,
        LiveReviewDirective.self,
    ]

    /// Options every directive takes, before its own.
    static let commonOptions: [OptionSpec] = [
        OptionSpec("id", .identifier, doc: "Names the directive so prose can quote its results as `{{id.name}}`."),
        OptionSpec("tolerance", .number(0...1), default: .number(0.02),
                   doc: "Relative change of a named value beyond which `check` reports it as drift (0.02 = 2 %)."),
    ]

    static func kind(named name: String) -> (any Directive.Type)? {
        kinds.first { $0.name == name }
    }

    static func options(of kind: any Directive.Type) -> [OptionSpec] {
        commonOptions + kind.options
    }
}
