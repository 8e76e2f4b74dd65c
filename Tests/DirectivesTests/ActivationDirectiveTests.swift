import Foundation
import Testing
@testable import Directives
import DirectiveTestSupport

/// `{activation}`: the curves, the repeated transformation and the gate, each number checked
/// against arithmetic done here.
@Suite("{activation}")
struct ActivationDirectiveTests: DirectiveSuite {
    typealias Kind = ActivationDirective

    func values(_ yaml: String) throws -> [String: NamedValue] {
        let result = ActivationDirective.present(try run(yaml), options: try options(yaml))
        return Dictionary(uniqueKeysWithValues: result.values.map { ($0.name, $0) })
    }

    @Test func withoutTanhTheValueGrowsAsWToTheStepsWithItStaysBounded() throws {
        let output = try run("weight: 3\nstart: 1\nsteps: 10")
        #expect(output.linear.last == 59_049)  // 3¹⁰, exact in floating point
        #expect(output.linear.count == 11 && output.squashed.count == 11)
        #expect(output.squashed.dropFirst().allSatisfy { abs($0) < 1 })
        let values = try values("weight: 3\nstart: 1\nsteps: 10")
        #expect(values["linear_final"]?.display == "59049")
        #expect(values["tanh_of_0"]?.display == "0" && values["sigmoid_of_0"]?.display == "0.50")
    }

    @Test func theGateScalesTheSignalBySigmoidOfItsInput() throws {
        let output = try run("signal: 2")
        #expect(output.gateInputs == [-6, -2, 0, 2, 6])
        for (input, passed) in zip(output.gateInputs, output.passed) {
            #expect(abs(passed - 2 / (1 + exp(-input))) < 1e-15)
        }
        let values = try values("signal: 2")
        #expect(values["passed_open"]?.display == "1.995" && values["passed_closed"]?.display == "0.005")
    }

    @Test func theCurvesSpanTheRangeAsked() throws {
        let output = try run("from: -2\nto: 4")
        #expect(output.xs.first == -2 && output.xs.last == 4)
        #expect(output.relu == output.xs.map { max(0, $0) })
        #expect(zip(output.xs, output.tanh).allSatisfy { abs($1 - tanh($0)) < 1e-15 })
    }

    @Test func eachViewMakesItsBlocksInTheOrderAsked() throws {
        let yaml = "show: [gate, curves]\ncaptions: [\"Gate.\", \"Curves.\"]"
        let blocks = ActivationDirective.present(try run(yaml), options: try options(yaml)).blocks
        #expect(blocks.count == 3)  // the gate's table; the curves' figure and their sample table
        guard case .table(let gate) = blocks[0], case .figure(_, let caption) = blocks[1], case .table = blocks[2] else {
            Issue.record("unexpected blocks \(blocks)")
            return
        }
        #expect(gate.caption == "Gate." && caption == "Curves.")
    }

    @Test func anEmptyRangeIsRefusedNamingFrom() throws {
        let failure = try #require(try failure("from: 0\nto: 0"))
        #expect(failure.option == "from" && failure.message == "'from' (0.0) must be less than 'to' (0.0)")
        #expect(problems("weight: 11").first?.hasPrefix("lessons/x.md:11: ") == true)
    }
}
