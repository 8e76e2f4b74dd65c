// Sample charts for looking at: writes NAME-light.html and NAME-dark.html for each sample into
// the folder given as the first argument, and prints "NAME-THEME HEIGHT" for the run script.
import Foundation

let out = URL(fileURLWithPath: CommandLine.arguments[1])
let airlineCSV = CommandLine.arguments[2]

/// Monthly airline passengers, 1949–1960, from the lessons' data file.
func airline() -> [Double?] {
    let text = (try? String(contentsOfFile: airlineCSV, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").dropFirst().map { line in
        line.split(separator: ",").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    }
}

func sampleForecast() -> LineChart {
    let data = airline()
    let n = data.count
    let train = Int(Double(n) * 0.67)
    // A fake "prediction": the data smoothed and shifted, with the first look_back steps missing.
    func predicted(_ range: Range<Int>) -> [Double?] {
        (0..<n).map { i in
            guard range.contains(i), i >= 3, let v = data[i - 1] else { return nil }
            return v * 0.97 + 4 * sin(Double(i))
        }
    }
    return LineChart(
        title: "Airline passengers and the LSTM's predictions",
        xAxis: Axis("Month", kind: .months(startYear: 1949, startMonth: 1)),
        yAxis: Axis("Passengers (thousands)"),
        series: [
            Series("Original", values: data, colorIndex: 7),
            Series("Train prediction", values: predicted(0..<train), colorIndex: 0),
            Series("Test prediction", values: predicted(train..<n), colorIndex: 1),
        ],
        regions: [ShadedRegion(from: 0, to: Double(train - 1), label: "train"),
                  ShadedRegion(from: Double(train - 1), to: Double(n - 1), label: "test")])
}

func sampleAirline() -> LineChart {
    LineChart(title: "Monthly airline passengers", xAxis: Axis(kind: .months(startYear: 1949, startMonth: 1)),
              yAxis: Axis("Passengers (thousands)"), series: [Series("Passengers", values: airline())])
}

func sampleLoss() -> LineChart {
    let epochs = 100
    let train: [Double?] = (0..<epochs).map { (e: Int) -> Double? in
        let t = Double(e)
        return 0.08 * exp(-t / 18) + 0.0021 + 0.0004 * sin(t)
    }
    let test: [Double?] = (0..<epochs).map { (e: Int) -> Double? in
        let t = Double(e)
        return e % 10 == 0 ? 0.09 * exp(-t / 22) + 0.0045 : nil
    }
    return LineChart(
        title: "Loss over epochs",
        xAxis: Axis("Epoch", kind: .integer), yAxis: Axis("Mean squared error", scale: .log10),
        series: [Series("train", values: train, xStart: 1), Series("test (every 10th)", values: test, xStart: 1, style: .dots)])
}

func sampleActivation() -> LineChart {
    let xs = stride(from: -4.0, through: 4.0, by: 0.1).map { $0 }
    return LineChart(
        title: "tanh, sigmoid and ReLU",
        xAxis: Axis("x"), yAxis: Axis("f(x)", domain: -1.2...2),
        series: [
            Series("tanh", points: xs.map { ($0, tanh($0)) }),
            Series("sigmoid σ", points: xs.map { ($0, 1 / (1 + exp(-$0))) }, style: .dashed),
            Series("ReLU", points: xs.map { ($0, max(0, $0)) }),
        ],
        markers: [Marker(x: 0, label: "x = 0")])
}

func sampleExplode() -> LineChart {
    let steps = 0...30
    return LineChart(
        title: "Repeated transformation x → w·x",
        xAxis: Axis("Step", kind: .integer), yAxis: Axis("|x|", scale: .log10),
        series: [
            Series("w = 1.5, no squashing", points: steps.map { (Double($0), pow(1.5, Double($0))) }, style: .lineAndDots),
            Series("w = 0.5, no squashing", points: steps.map { (Double($0), pow(0.5, Double($0))) }, style: .lineAndDots),
            Series("w = 1.5 with tanh", points: steps.map { s in (Double(s), (0..<s).reduce(0.5) { x, _ in tanh(1.5 * x) }) }, style: .dashed),
        ])
}

func sampleNasty() -> LineChart {
    LineChart(
        title: "<script>alert('x')</script> & \"quotes\"",
        xAxis: Axis("\"><svg onload=alert(1)>"), yAxis: Axis("Tiny values & <b>"),
        series: [
            Series("<script>", points: [(0, 1e-7), (1, 2.5e-7), (2, nil), (3, 3e-7), (4, .nan), (5, 1.2e-7), (6, .infinity), (7, 2e-7)]),
            Series("a \"very long\" series name that goes on and on & on", points: [(0, 3e-7), (7, 0.5e-7)], style: .dashed),
        ])
}

func sampleEmpty() -> LineChart {
    LineChart(title: "Nothing", series: [Series("nothing", values: [nil, .nan])])
}

func sampleGates() -> Heatmap {
    let steps = 12
    let gates = ["input i", "forget f", "candidate g", "output o", "cell c", "hidden h"]
    let values = gates.enumerated().map { g, _ in
        (0..<steps).map { t -> Double in
            let s = sin(Double(t) * 0.7 + Double(g))
            return g == 2 || g >= 4 ? s * 0.95 : 0.5 + 0.45 * s
        }
    }
    return Heatmap(title: "LSTM gates over time", rowLabels: gates, columnLabels: (1...steps).map(String.init),
                   values: values, colorScale: .symmetric, showValues: true, legendLabel: "value", columnTitle: "time step")
}

func sampleGateValues() -> Heatmap {
    let gates = ["i", "f", "g", "o"]
    let values: [[Double]] = gates.indices.map { (g: Int) -> [Double] in
        (0..<6).map { (t: Int) -> Double in
            let phase = Double(t * 2 + g)
            return g == 2 ? tanh(sin(phase)) : 0.5 + 0.5 * sin(phase)
        }
    }
    return Heatmap(title: "Gate values for a short sequence", rowLabels: gates, columnLabels: ["x₁", "x₂", "x₃", "x₄", "x₅", "x₆"],
                   values: values, colorScale: .unit, showValues: true, legendLabel: "gate value")
}

func sampleWords() -> Heatmap {
    let words = ["The", "cat", "sat", "on", "the", "extraordinarily", "comfortable", "mat", "猫が", "マットの上に", "座った", "."]
    let values = (0..<4).map { r in words.indices.map { c in r == 1 && c == 3 ? Double.nan : abs(sin(Double(r * 12 + c) * 0.37)) } }
    return Heatmap(title: "Attention-like weights over words", rowLabels: ["unit 1", "unit 2", "a much longer unit name", "単位 4"],
                   columnLabels: words, values: values, colorScale: .unit, legendLabel: "weight")
}

func sampleLongSequence() -> Heatmap {
    let values = (0..<4).map { r in (0..<60).map { t in tanh(sin(Double(t) / 6 + Double(r)) * 2) } }
    return Heatmap(title: "Hidden state over 60 steps", rowLabels: ["h₁", "h₂", "h₃", "h₄"],
                   columnLabels: (0..<60).map(String.init), values: values, colorScale: .automatic, columnTitle: "time step")
}

func sampleBars() -> BarChart {
    BarChart(
        title: "RMSE by look_back", categories: ["look_back 1", "look_back 3", "look_back 6", "look_back 12"],
        series: [
            BarSeries("train", values: [22.7, 21.9, 19.4, 17.8],
                      ranges: [Whisker(low: 22.1, high: 23.4), Whisker(low: 21.0, high: 22.5),
                               Whisker(low: 18.2, high: 20.9), Whisker(low: 16.1, high: 19.0)]),
            BarSeries("test", values: [47.5, 51.2, 44.0, nil],
                      ranges: [Whisker(low: 45.0, high: 50.1), Whisker(low: 47.3, high: 58.8), Whisker(low: 40.2, high: 49.9)]),
        ],
        yAxis: Axis("RMSE (thousands of passengers)"), showValues: true)
}

func sampleBarsSingle() -> BarChart {
    BarChart(title: "Parameters per cell type", categories: ["Plain RNN", "GRU", "LSTM", "LSTM with peephole connections"],
             series: [BarSeries("parameters", values: [24, 72, 96, 108])], yAxis: Axis("Parameters", kind: .integer),
             categoryTitle: "Cell (4 units, 1 input)", showValues: true)
}

func sampleBarsNegative() -> BarChart {
    BarChart(title: "Change in loss", categories: ["a", "b", "c", "d", "e", "f", "g"],
             series: [BarSeries("Δ", values: [0.12, -0.05, 0.3, -0.21, 0.0, 0.07, -0.33])], yAxis: Axis("Δ loss"), showValues: true)
}

let samples: [(String, any Chart)] = [
    ("gates", sampleGates()), ("gatevalues", sampleGateValues()), ("words", sampleWords()), ("longseq", sampleLongSequence()),
    ("bars", sampleBars()), ("bars1", sampleBarsSingle()), ("barsneg", sampleBarsNegative()),
    ("forecast", sampleForecast()), ("airline", sampleAirline()), ("loss", sampleLoss()),
    ("activation", sampleActivation()), ("explode", sampleExplode()), ("nasty", sampleNasty()),
    ("empty", sampleEmpty()),
]

for (name, chart) in samples {
    let document = chart.document(idPrefix: "fig-" + name)
    for theme in ["light", "dark"] {
        let html = """
        <!doctype html>
        <html lang="en" data-theme="\(theme)"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(name)</title>
        <style>
        body { margin: 0; padding: 16px; font: 17px/1.5 system-ui, sans-serif; }
        [data-theme="light"] body { background: #fff; color: #1d2125; }
        [data-theme="dark"] body { background: #16181d; color: #e6e8eb; }
        figure { margin: 0 auto; max-width: 680px; }
        figcaption { font-size: 15px; margin-top: 6px; }
        \(stylesheet)
        </style></head>
        <body><figure>\(document.render())<figcaption>Figure: \(name)</figcaption></figure></body></html>
        """
        try! html.write(to: out.appendingPathComponent("\(name)-\(theme).html"), atomically: true, encoding: .utf8)
        print("\(name)-\(theme) \(Int(document.height))")
    }
}
