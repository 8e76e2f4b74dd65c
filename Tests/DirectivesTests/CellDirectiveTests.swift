import Foundation
import SVGPlot
import Testing
@testable import Directives
import DirectiveTestSupport
import XMLTestSupport

/// `{cell}`: the diagram and the stepper draw the engine's trace, one unit, and quote the same
/// values as `{gates}`.
@Suite("{cell}")
struct CellDirectiveTests: DirectiveSuite {
    typealias Kind = CellDirective

    func present(_ yaml: String) throws -> DirectiveResult {
        CellDirective.present(try run(yaml), options: try options(yaml))
    }

    @Test func theDiagramWritesTheTracesNumbers() throws {
        let yaml = "input: [0.5, -1, 2]\nseed: 3\nshow: diagram\nstep: 2"
        let output = try run(yaml)
        guard case .figure(let chart, _)? = try present(yaml).blocks.first else {
            Issue.record("no diagram")
            return
        }
        let texts = try parseXML(chart.svg(idPrefix: "d")).all("text").map(\.allText)
        let step = output.trace.steps[1]
        guard case .lstm(let terms) = step.update else {
            Issue.record("an LSTM step without LSTM terms")
            return
        }
        let two = { (value: Double) in DiagramText.number(value, decimals: 2) }
        for label in ["c1 = " + two(terms.cPrevious[0]), "f·c1 = " + two(terms.fc[0]), "i·g = " + two(terms.ig[0]),
                      "c2 = " + two(terms.c[0]), "tanh c2 = " + two(terms.tanhC[0]), "h2 = " + two(step.h[0]), "x2 = −1.00"] {
            #expect(texts.contains(label), "\(label) not in \(texts)")
        }
    }

    @Test func aGRUDiagramWritesItsTerms() throws {
        let yaml = "cell: gru_reset_before\ninput: [1, 0.5]\nshow: diagram"
        let output = try run(yaml)
        guard case .figure(let chart, _)? = try present(yaml).blocks.first, case .gru(let terms) = output.trace.steps[1].update else {
            Issue.record("no GRU diagram")
            return
        }
        let texts = try parseXML(chart.svg(idPrefix: "d")).all("text").map(\.allText)
        let two = { (value: Double) in DiagramText.number(value, decimals: 2) }
        for label in ["z·h1 = " + two(terms.zh[0]), "(1 − z)·h̃ = " + two(terms.zg[0]), "1 − z = " + two(terms.oneMinusZ[0])] {
            #expect(texts.contains(label), "\(label) not in \(texts)")
        }
    }

    @Test func theStepperHasOneStepPerInputAndStartsWhereAsked() throws {
        guard case .stepper(let stepper, _)? = try present("input: [1, 2, 3, 4]\nstep: 3").blocks.first else {
            Issue.record("no stepper")
            return
        }
        let radios = try parseXML(stepper.html(idPrefix: "s")).all("input")
        #expect(radios.count == 4)
        #expect(radios.firstIndex { $0.attributes["checked"] != nil } == 2)
    }

    @Test func itQuotesTheValuesOfGates() throws {
        let yaml = "input: [1, -1]\nseed: 2"
        let names = try present(yaml).values.map(\.name)
        for name in ["parameters", "steps", "x2", "f2", "f2_pre", "c2", "h2", "fc2", "ig2", "tanhc2"] {
            #expect(names.contains(name), "\(name)")
        }
    }

    @Test func aStepBeyondTheInputAndAPlainRNNAreRefused() throws {
        let failure = try #require(try failure("input: [1, 2]\nstep: 3"))
        #expect(failure.option == "step" && failure.message == "'step' is 3 but 'input' has only 2 steps")
        // The diagram draws gated cells only: a plain RNN is not among the choices.
        #expect(problems("input: [1]\ncell: rnn").first?.hasPrefix("lessons/x.md:12: ") == true)
    }
}
