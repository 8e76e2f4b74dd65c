import Foundation
import Testing
@testable import Directives
import DirectiveTestSupport
@testable import SiteBuilder

/// Checks across options run when a block is read, so `lint` finds every problem a build finds.
@Suite("Cross-option checks: lint and build agree")
struct ValidateTests {
    /// Two blocks, each with an error only a check across its options can see.
    static let twoErrors = lesson(title: "Two errors", order: 1, body: """
        ```{cell}
        input: [1, 2]
        step: 3
        ```

        ```{activation}
        from: 0
        to: 0
        ```
        """)

    static let expected = [
        "lessons/01-two.md:8: {cell}: 'step' is 3 but 'input' has only 2 steps",
        "lessons/01-two.md:12: {activation}: 'from' (0.0) must be less than 'to' (0.0)",
    ]

    @Test func lintReportsBothWithTheirLines() {
        let problems = Site.lint(Data(Self.twoErrors.utf8), displayPath: "lessons/01-two.md", checkCitations: false)
        #expect(problems.map(\.description) == Self.expected)
    }

    @Test func buildReportsTheSameTwo() throws {
        let site = try TemporaryLessons(["01-two.md": Self.twoErrors])
        let build = try site.build()
        #expect(build.problems.map(\.description) == Self.expected)
    }

    /// Every declared option's property takes the values its kind allows: a declaration whose
    /// kind and property disagree would only fail on the lesson that sets it.
    @Test func everyDeclarationFitsItsProperty() {
        func check<Options: OptionsStruct>(_: Options.Type, _ kind: String) {
            for declared in Options.declarations {
                var options = Options()
                let samples: [OptionValue] = switch declared.spec.kind {
                case .integer(let range): [.integer(range.lowerBound)]
                case .number(let range): [.number(range.upperBound)]
                case .integers(let range, _): [.integers([range.lowerBound])]
                case .numbers(let range, _): [.numbers([range.lowerBound])]
                case .choice(let words): words.map { .text($0) }
                case .choices(let words): [.texts(words)]
                case .text, .identifier, .dataPath: [.text("a")]
                case .texts: [.texts(["a"])]
                }
                for sample in samples {
                    #expect(declared.assign(&options, sample), "{\(kind)} \(declared.spec.name) cannot hold \(sample)")
                    #expect(declared.read(options) == sample, "{\(kind)} \(declared.spec.name) does not give back \(sample)")
                }
            }
        }
        for kind in DirectiveRegistry.kinds {
            func open<D: Directive>(_: D.Type) { check(D.Options.self, D.name) }
            open(kind)
        }
        check(CommonOptions.self, "common")
        check(FrontMatter.Fields.self, "front matter")
    }

    /// `run` sees presentation options at their defaults, so its output cannot depend on them.
    @Test func runSeesPresentationDefaultsOnly() {
        var options = ForecastDirective.Options()
        options.captions = ["A caption."]
        options.show = [.bars]
        options.epochs = 3
        #expect(options.runOnly.captions == nil)
        #expect(options.runOnly.show == ForecastDirective.Options().show)
        #expect(options.runOnly.epochs == 3)
        #expect(options.runKey == options.runOnly.runKey)
    }
}
