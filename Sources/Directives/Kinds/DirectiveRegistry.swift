/// Every directive kind the tool knows. A new kind is one file (or a `+Run`/`+Present` pair)
/// and one line here.
public enum DirectiveRegistry {
    public static let kinds: [any Directive.Type] = [
        ActivationDirective.self,
        ForecastDirective.self,
        GatesDirective.self,
        CellDirective.self,
        ReviewDirective.self,
        GradientFlowDirective.self,
        MemoryDirective.self,
        LiveDirective.self,
        LiveReviewDirective.self,
        CompareDirective.self,
        ForgettingDirective.self,
    ]

    /// The one lookup by name: when a lesson's block is read.
    package static func kind(named name: String) -> (any Directive.Type)? {
        kinds.first { $0.name == name }
    }

}

extension Directive {
    /// Options every directive takes, then the kind's own.
    package static var specs: [OptionSpec] { CommonOptions.specs + Options.specs }
}
