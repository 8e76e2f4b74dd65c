import Foundation

/// The named values of `{review}`, which prose quotes as `{{id.name}}`.
extension ReviewFigures {
    /// The values of the first seed under their plain names, and the `measures` of every seed
    /// together under the same names with `_mean`, `_min` and `_max` appended, and one by one
    /// with `_seedN` (N the seed).
    var values: [NamedValue] {
        var values = [
            NamedValue("train_size", integer: output.trainSize), NamedValue("test_size", integer: output.testSize),
            NamedValue("vocabulary", integer: output.vocabularySize), NamedValue("words", integer: output.words.count),
            NamedValue("first_word", text: firstWord), NamedValue("seeds", integer: output.runs.count),
            NamedValue("lstm_parameters", integer: lstm.parameters), NamedValue("rnn_parameters", integer: rnn.parameters),
            NamedValue("memory_unit", integer: memory.unit),
        ]
        // A unit's sign is arbitrary (another seed's memory unit may store "positive" as −c), so
        // the signed cell-state values are the first seed's only.
        let signed: [(String, Double)] = [
            ("memory_unit_jump", memory.jump), ("memory_unit_c_first", memory.cAfterFirst), ("memory_unit_c_final", memory.cFinal),
            ("memory_unit_c_final_without", memory.cFinalWithoutFirst), ("memory_unit_final_mark", memory.finalMark),
        ]
        values += signed.map { NamedValue($0, $1, decimals: 3) }
        values.append(NamedValue("memory_unit_forget_path", memory.forgetPath, decimals: Self.significantDecimals(memory.forgetPath)))
        let perSeed = output.runs.map(measures)
        values += perSeed[0].map { $0.value($0.name, $0.number) }
        for (index, measure) in perSeed[0].enumerated() {
            let numbers = perSeed.map { $0[index].number }
            // Every seed's value too, so prose can name the seed a sentence is about.
            for (run, number) in zip(output.runs, numbers) {
                values.append(measure.value(measure.name + "_seed\(run.seed)", number))
            }
            values.append(measure.value(measure.name + "_mean", numbers.reduce(0, +) / Double(numbers.count)))
            values.append(measure.value(measure.name + "_min", numbers.min()!))
            values.append(measure.value(measure.name + "_max", numbers.max()!))
        }
        return values
    }

    /// A number one seed's run gives, and how precisely to show it.
    private struct Measure {
        let name: String
        let number: Double
        /// nil: two significant digits, for values that span powers of ten.
        let decimals: Int?

        func value(_ name: String, _ number: Double) -> NamedValue {
            NamedValue(name, number, decimals: decimals ?? ReviewFigures.significantDecimals(number))
        }
    }

    private func measures(_ run: SeedRun) -> [Measure] {
        var measures: [Measure] = []
        for (prefix, reading) in [("lstm", run.lstm), ("rnn", run.rnn)] {
            measures.append(Measure(name: "\(prefix)_train_accuracy", number: 100 * reading.trainAccuracy, decimals: 1))
            measures.append(Measure(name: "\(prefix)_test_accuracy", number: 100 * reading.testAccuracy, decimals: 1))
        }
        for variant in ReviewVariant.allCases {
            measures.append(Measure(name: variant.valueName, number: run.lstm.final(variant), decimals: 3))
            measures.append(Measure(name: variant.valueName + "_rnn", number: run.rnn.final(variant), decimals: 3))
        }
        let memory = run.memory
        return measures + [
            Measure(name: "amazing_effect", number: firstEffect(run.lstm), decimals: 3),
            Measure(name: "amazing_effect_rnn", number: firstEffect(run.rnn), decimals: 3),
            Measure(name: "memory_unit_mark_ratio", number: memory.finalMark / memory.jump, decimals: 2),
            Measure(name: "memory_unit_forget_mean", number: memory.forgetMean, decimals: 3),
            Measure(name: "memory_unit_forget_min", number: memory.forgetMin, decimals: 3),
            Measure(name: "memory_unit_forget_product", number: memory.forgetProduct, decimals: nil),
            Measure(name: "memory_unit_input_mean", number: memory.inputMean, decimals: 3),
            Measure(name: "sensitivity_first_word_lstm", number: firstSensitivity(run.lstm), decimals: nil),
            Measure(name: "sensitivity_first_word_rnn", number: firstSensitivity(run.rnn), decimals: nil),
            Measure(name: "sensitivity_last_word_lstm", number: run.lstm.sensitivity.last!, decimals: nil),
            Measure(name: "sensitivity_last_word_rnn", number: run.rnn.sensitivity.last!, decimals: nil),
        ]
    }

    /// The decimals that show two significant digits of `value` (at most 12): gradients span
    /// many powers of ten.
    static func significantDecimals(_ value: Double) -> Int {
        let magnitude = value == 0 || !value.isFinite ? 0 : Int(log10(abs(value)).rounded(.down))
        return min(max(1 - magnitude, 0), 12)
    }

    /// What the first word alone does to the final verdict: P with only it kept minus P with no
    /// sentiment word at all.
    func firstEffect(_ reading: ModelReading) -> Double {
        reading.final(.firstOnly) - reading.final(.noSentiment)
    }

    /// ‖∂y/∂x‖ over the steps of the first word (one step unless it is a phrase such as 太棒了).
    func firstSensitivity(_ reading: ModelReading) -> Double {
        reading.sensitivity[output.first].map { $0 * $0 }.reduce(0, +).squareRoot()
    }
}
