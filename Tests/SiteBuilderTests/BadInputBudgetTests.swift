@testable import Directives
import Foundation
@testable import SiteBuilder
import Testing

/// Options multiply: a directive whose estimated cost is over the budget is a `file:line` error
/// when its options are read (lint, build, check, serve), before anything runs.
@Suite("Compute budget")
struct BadInputBudgetTests {
    static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lessons")

    /// {memory} options at the limits of each: about 10¹⁴ multiply-adds.
    static let memoryAtItsLimits = """
        lengths: [200, 199, 198, 197, 196, 195, 194, 193]
        seeds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
        cells: [rnn, lstm, gru, gru_reset_before]
        compare_forget_bias: 5
        units: 32
        epochs: 500
        train_size: 8192
        test_size: 8192
        """

    func lint(_ directive: String, options: String) -> (problems: [String], seconds: Double) {
        let started = Date()
        let text = "---\ntitle: A\n---\nHi.\n\n```{\(directive)}\n\(options)\n```\n"
        let problems = Site.lint(Data(text.utf8), displayPath: "lessons/a.md").map(\.description)
        return (problems, Date().timeIntervalSince(started))
    }

    /// Before: `lint` said "no problems" for weeks of training (200,000 epochs of up to 8,192
    /// sequences of 200 steps).
    @Test func memoryAtItsLimitsIsRefusedAtItsLine() {
        let (problems, seconds) = lint("memory", options: Self.memoryAtItsLimits)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("lessons/a.md:6: {memory} would take about ") == true, "\(problems)")
        #expect(problems.first?.contains("multiply-adds, over the budget of 2.0·10¹²") == true)
        #expect(seconds < 1)
    }

    @Test func forecastAtItsLimitsIsRefused() {
        let (problems, _) = lint("forecast", options: """
            data: data/air.csv
            look_back: [48, 47, 46, 45, 44, 43, 42, 41]
            seeds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]
            units: 64
            epochs: 1000
            layout: timesteps
            """)
        #expect(problems.first?.hasPrefix("lessons/a.md:6: {forecast} would take about ") == true, "\(problems)")
    }

    /// One {memory} run at the limits of train_size, test_size, length and batch_size held
    /// 570 MB (measured); the budget is 512 MB per run.
    @Test func aRunOverTheMemoryBudgetIsRefused() {
        let options = "lengths: [200]\nseeds: [1]\ncells: [lstm]\nunits: 32\nepochs: 1\ntrain_size: 8192\ntest_size: 8192\nbatch_size: "
        let (problems, _) = lint("memory", options: options + "512")
        #expect(problems == ["lessons/a.md:6: {memory} would hold about 591 MB per run, over the budget of 512 MB;"
                             + " smaller train_size, test_size, batch_size or lengths bring it within"])
        let (within, _) = lint("memory", options: options + "8")
        #expect(within == [], "a run holding about 430 MB is within the budget")
    }

    /// The committed lessons are well within the budget: the largest directive estimate is printed.
    @Test func committedLessonsAreWithinTheBudget() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.lessons.path).filter { $0.hasSuffix(".md") }.sorted()
        var largest = (label: "", cost: Cost.zero)
        for name in names {
            let source = try LessonSource(url: Self.lessons.appendingPathComponent(name), displayPath: "lessons/" + name)
            let draft = LessonDraft(source: source)
            #expect(draft.problems.isEmpty, "\(draft.problems)")
            for invocation in draft.invocations {
                guard let cost = invocation.directive.cost else { continue }
                print("budget: \(invocation.label): \(Budget.format(cost.multiplyAdds)) multiply-adds, \(Int(cost.bytes / 1e6)) MB")
                if cost.multiplyAdds > largest.cost.multiplyAdds { largest = (invocation.label, cost) }
            }
        }
        #expect(largest.cost.multiplyAdds < Budget.multiplyAdds / 4, "\(largest.label) is near the budget")
    }
}
