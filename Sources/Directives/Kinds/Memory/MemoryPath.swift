import Foundation
import SVGPlot

/// The traced LSTM's cell-state path: the memory unit's forget and input gates and cell state,
/// read as named values and drawn as a heatmap of every unit's forget gate and line charts of
/// what the memory unit's forget gates keep and of its cell state.
struct MemoryPath {
    let probe: MemoryProbe
    /// The traced line's name, e.g. "LSTM with forget bias 5".
    let name: String

    init(_ probe: MemoryProbe, name: String) {
        self.probe = probe
        self.name = name
    }

    private var u: Int { probe.memoryUnit }
    private var T: Int { probe.length }

    /// One unit's values at steps 2…T: after the first value has been written.
    private func later(_ rows: [[Double]], unit: Int) -> [Double] {
        rows.dropFirst().map { $0[unit] }
    }

    private var forget: [Double] { later(probe.plus.f, unit: u) + later(probe.minus.f, unit: u) }
    private var untrainedForget: [Double] { later(probe.untrainedPlus.f, unit: u) + later(probe.untrainedMinus.f, unit: u) }
    private var otherForget: [Double] {
        (0..<probe.units).filter { $0 != u }.flatMap { later(probe.plus.f, unit: $0) + later(probe.minus.f, unit: $0) }
    }

    /// ∏ f over steps 2…T on one sequence: how much of step 1's cell state the forget gates
    /// alone pass on to step T. Each drawn line ends at its own value; captions quote those, not
    /// an average of lines, so every number said can be found on the chart.
    private func retention(_ path: MemoryProbe.Path) -> Double {
        kept(path.f, unit: u).last!
    }

    /// The one factor that, applied at each of steps 2…T, gives the same product as the gates:
    /// (∏ f)^(1/(T−1)). An arithmetic mean rounded to 0.99 cannot explain a product of 60 %
    /// over 99 steps (0.99⁹⁹ ≈ 37 %); this factor can.
    private func perStep(_ path: MemoryProbe.Path) -> Double {
        pow(retention(path), 1 / Double(T - 1))
    }

    /// The first step at which the memory unit's cell state reaches a tenth of its final size:
    /// where the bit becomes visible in c.
    private func tenthStep(_ path: MemoryProbe.Path) -> Int {
        let end = abs(path.c.last![u])
        return (path.c.firstIndex { abs($0[u]) >= 0.1 * end } ?? (T - 1)) + 1
    }

    /// Whether step 1's cell state, scaled by every later forget gate, is under a tenth of c_T:
    /// then c_T = (∏f)·c₁ + Σ (∏f)·i·g owes its value to the later writes, not to c₁.
    private func survivesFaintly(_ path: MemoryProbe.Path) -> Bool {
        abs(kept(path.f, unit: u).last! * path.c[0][u]) < 0.1 * abs(path.c.last![u])
    }

    private var inputFirst: Double { (probe.plus.i[0][u] + probe.minus.i[0][u]) / 2 }
    private var inputLater: Double { Statistics.mean(later(probe.plus.i, unit: u) + later(probe.minus.i, unit: u)) }

    var values: [NamedValue] {
        var values = [
            NamedValue("trace_length", integer: T), NamedValue("trace_seed", integer: probe.seed),
            NamedValue("trace_accuracy", probe.accuracy, decimals: 2), NamedValue("memory_unit", integer: u + 1),
            NamedValue("memory_forget_mean", Statistics.mean(forget), decimals: 3),
            NamedValue("memory_forget_min", forget.min() ?? 1, decimals: 3),
            NamedValue("untrained_forget_mean", Statistics.mean(untrainedForget), decimals: 3),
            Percent.value("memory_retention_plus", retention(probe.plus)),
            Percent.value("memory_retention_minus", retention(probe.minus)),
            Percent.value("untrained_retention_plus", retention(probe.untrainedPlus)),
            NamedValue("memory_per_step_plus", perStep(probe.plus), decimals: 4),
            NamedValue("memory_per_step_minus", perStep(probe.minus), decimals: 4),
            NamedValue("untrained_per_step_plus", perStep(probe.untrainedPlus), decimals: 4),
            NamedValue("c_first_plus", probe.plus.c[0][u], decimals: 2),
            NamedValue("c_first_minus", probe.minus.c[0][u], decimals: 2),
            NamedValue("c_tenth_step_plus", integer: tenthStep(probe.plus)),
            NamedValue("c_tenth_step_minus", integer: tenthStep(probe.minus)),
            NamedValue("memory_input_first", inputFirst, decimals: 2),
            NamedValue("memory_input_later", inputLater, decimals: 3),
            NamedValue("c_end_plus", probe.plus.c.last![u], decimals: 2),
            NamedValue("c_end_minus", probe.minus.c.last![u], decimals: 2),
        ]
        if !otherForget.isEmpty { values.append(NamedValue("other_forget_mean", Statistics.mean(otherForget), decimals: 3)) }
        return values
    }

    private var whichNetwork: String {
        "the \(name) trained on T = \(T) (seed \(probe.seed), test accuracy \(NumberText.fixed(probe.accuracy, decimals: 2)))"
    }

    func forgetHeatmap(caption: String?) -> ResultBlock {
        let rows = (0..<probe.units).map { unit in probe.plus.f.map { $0[unit] } }
        let labels = (0..<probe.units).map { $0 == u ? "unit \($0 + 1) (memory)" : "unit \($0 + 1)" }
        // Trained forget gates sit between about 0.9 and 1, which on a 0…1 scale is one block of
        // the strongest colour; the scale starts at the lowest gate (rounded down to 0.05), so
        // the differences between units, which compound over T steps, show.
        let lowest = rows.joined().min() ?? 0
        let from = min(0.95, (lowest * 20).rounded(.down) / 20)
        let chart = Heatmap(
            title: "Forget gates of the trained \(name) over a test sequence",
            description: "Heatmap of the forget gate f of each of the \(probe.units) units (rows) at each of the \(T) time steps (columns) of a test "
                + "sequence whose first value is +1, on a colour scale from \(NumberText.fixed(from, decimals: 2)) (faint) to 1 (strong, keep). "
                + "Unit \(u + 1), the memory unit, stays between \(NumberText.fixed(forget.min() ?? 1, decimals: 3)) and "
                + "\(NumberText.fixed(forget.max() ?? 1, decimals: 3)) after step 1.",
            rowLabels: labels, columnLabels: (1...T).map(String.init), values: rows,
            colorScale: .sequential(from...1), legendLabel: "forget gate f", columnTitle: "time step t")
        var text = "The forget gate f of every unit of \(whichNetwork), at each step of a test sequence that starts +1. "
        text += "The colour scale starts at \(NumberText.fixed(from, decimals: 2)), not 0, because every gate stays above it: "
            + "strong is 1 (keep the cell state), faint is \(NumberText.fixed(from, decimals: 2)). "
        text += "Unit \(u + 1) — the one whose last cell state best tells +1 from −1 — holds f at "
            + "\(NumberText.fixed(Statistics.mean(forget), decimals: 3)) on average after step 1 (lowest "
            + "\(NumberText.fixed(forget.min() ?? 1, decimals: 3)))"
        if !otherForget.isEmpty { text += "; the other units average \(NumberText.fixed(Statistics.mean(otherForget), decimals: 3))" }
        text += ". Before training, the same unit's forget gate averaged \(NumberText.fixed(Statistics.mean(untrainedForget), decimals: 3)) on the "
            + "same sequences."
        return .figure(chart, caption: caption ?? text)
    }

    private func line(_ name: String, _ rows: [[Double]], unit: Int, style: Series.Style, color: Int) -> Series {
        Series(name, values: rows.map { Optional($0[unit]) }, xStart: 1, style: style, colorIndex: color)
    }

    /// The share of step 1's cell state that the forget gates alone carry to step t:
    /// f₂·f₃·…·f_t, so 1 at step 1. Gates that all look "near 1" in the heatmap part ways here,
    /// because 0.99 and 0.996 compound very differently over a hundred steps.
    private func kept(_ rows: [[Double]], unit: Int) -> [Double] {
        var product = 1.0
        return rows.enumerated().map { t, row in
            if t > 0 { product *= row[unit] }
            return product
        }
    }

    private func keptLine(_ name: String, _ rows: [[Double]], unit: Int, style: Series.Style, color: Int) -> Series {
        Series(name, values: kept(rows, unit: unit).map(Optional.init), xStart: 1, style: style, colorIndex: color)
    }

    /// On a fixed 0…1 axis: the whole of step 1's memory at the top, none of it at the bottom.
    func forgetChart(caption: String?) -> ResultBlock {
        // The other units first, so the memory unit's lines are drawn over them.
        let others = (0..<probe.units).filter { $0 != u }
        var series: [Series] = []
        if !others.isEmpty {
            let keptByOthers = others.map { kept(probe.plus.f, unit: $0) }
            series.append(Series("other units' mean (+1)", values: (0..<T).map { t in Optional(Statistics.mean(keptByOthers.map { $0[t] })) },
                                 xStart: 1, style: .lineAndDots, colorIndex: 2))
        }
        series += [
            keptLine("kept, first value +1", probe.plus.f, unit: u, style: .line, color: 0),
            keptLine("kept, first value −1", probe.minus.f, unit: u, style: .dashed, color: 1),
            keptLine("kept before training (+1)", probe.untrainedPlus.f, unit: u, style: .dots, color: 7),
        ]
        let plus = retention(probe.plus), minus = retention(probe.minus), untrained = retention(probe.untrainedPlus)
        let chart = LineChart(
            title: "How much of step 1's cell state the memory unit's forget gates keep",
            description: "Line chart over time steps 1 to \(T) of the running product of the forget gates f of unit \(u + 1) of the trained \(name), "
                + "from 1 at step 1, on a test sequence starting +1 (\(Percent.text(plus)) left at step \(T)) and one starting −1 "
                + "(\(Percent.text(minus))), before training on the one starting +1 (\(Percent.text(untrained)))"
                + (others.isEmpty ? "" : ", and the mean of the other units") + ", on an axis from 0 to 1.",
            xAxis: Axis("time step t", kind: .integer), yAxis: Axis("share of step 1's cell state kept", domain: 0...1), series: series, legend: .top)
        let f = Statistics.mean(forget)
        let step = { (path: MemoryProbe.Path) in NumberText.fixed(self.perStep(path), decimals: 4) }
        var text = "What the forget gates of unit \(u + 1) of \(whichNetwork) — the unit whose last cell state best tells a first value of +1 from "
            + "−1 — let through of step 1's cell state: the product f₂·f₃·…·fₜ, on a test sequence starting +1 and one starting −1. "
        text += "Each gate " + (f >= 0.95 ? "stays near 1, averaging " : "averages ") + NumberText.fixed(f, decimals: 3)
            + " (lowest \(NumberText.fixed(forget.min() ?? 1, decimals: 3))), "
        text += "yet by step \(T) the product has come down to \(Percent.text(plus)) on the sequence starting +1 and \(Percent.text(minus)) "
            + "on the one starting −1 "
        text += "(the same as multiplying by \(step(probe.plus)) and \(step(probe.minus)) at each of the \(T - 1) steps); "
        text += "before training (grey dots, the sequence starting +1), "
            + "with gates averaging \(NumberText.fixed(Statistics.mean(untrainedForget), decimals: 3)), "
            + "to \(Percent.text(untrained)) (\(step(probe.untrainedPlus)) per step)"
        if !others.isEmpty {
            let keptByOthers = Statistics.mean(others.map { kept(probe.plus.f, unit: $0).last! })
            text += ". The other units, with gates averaging \(NumberText.fixed(Statistics.mean(otherForget), decimals: 3)), "
                + "keep \(Percent.text(keptByOthers)) on average, on the sequence starting +1"
        }
        text += ". Small gaps below 1 compound over \(T - 1) steps."
        return .figure(chart, caption: caption ?? text)
    }

    func memoryChart(caption: String?) -> ResultBlock {
        let chart = LineChart(
            title: "The memory unit's cell state over time",
            description: "Line chart over time steps 1 to \(T) of the cell state c of unit \(u + 1) of the trained \(name), "
                + "for a test sequence starting +1 (ending at \(NumberText.fixed(probe.plus.c.last![u], decimals: 2))) and one starting −1 (ending "
                + "at \(NumberText.fixed(probe.minus.c.last![u], decimals: 2))), and before training for the one starting +1.",
            xAxis: Axis("time step t", kind: .integer), yAxis: Axis("cell state c"),
            series: [
                line("c, first value +1", probe.plus.c, unit: u, style: .line, color: 0),
                line("c, first value −1", probe.minus.c, unit: u, style: .dashed, color: 1),
                line("c before training (+1)", probe.untrainedPlus.c, unit: u, style: .dots, color: 7),
            ],
            legend: .top)
        return .figure(chart, caption: caption ?? memoryCaption)
    }

    /// Says what the trace shows, and claims only what its numbers bear out.
    private var memoryCaption: String {
        let cPlus = probe.plus.c.last![u], cMinus = probe.minus.c.last![u]
        var text = "The cell state c of unit \(u + 1) of \(whichNetwork), on a test sequence starting +1 and one starting −1, "
            + "and before training (grey dots). "
        text += "At the last step it is \(NumberText.fixed(cPlus, decimals: 2)) and \(NumberText.fixed(cMinus, decimals: 2))"
        let separates = (cPlus > 0) != (cMinus > 0)
        text += separates ? ": opposite signs, so the last cell state alone tells the two apart. " : ". "
        text += "Step 1 writes only c₁ = \(NumberText.fixed(probe.plus.c[0][u], decimals: 2)) and "
            + "\(NumberText.fixed(probe.minus.c[0][u], decimals: 2)); "
        text += "c first reaches a tenth of its final size at step \(tenthStep(probe.plus)) and \(tenthStep(probe.minus)), and grows from there. "
        if separates, survivesFaintly(probe.plus), survivesFaintly(probe.minus) {
            text += "What the forget gates let survive of step 1's cell state is less than a tenth of that, "
                + "so the sign c carries at the end was written into it again along the way, from the hidden state (the later inputs are noise). "
        }
        text += "The unit's input gate is \(NumberText.fixed(inputFirst, decimals: 2)) at step 1 and "
            + "\(NumberText.fixed(inputLater, decimals: 3)) on average afterwards"
        text += inputLater < inputFirst / 2 ? ": most of the noise is kept out." : "."
        return text
    }
}
