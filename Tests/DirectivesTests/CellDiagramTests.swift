@testable import Directives
@testable import Engine
import Foundation
import SVGPlot
import Testing
import XMLTestSupport

/// One step of one unit made by hand, as a trace would carry it: the test works out every term of
/// the update from the gates itself, so what the diagram prints is checked against arithmetic
/// done outside the engine and outside the diagram.
struct HandStep: Sendable, CustomTestStringConvertible {
    enum Cell: Sendable { case lstm, gru }

    struct Gate: Sendable {
        var name: String
        var preactivation: Double
        var activation: Double
    }

    var cell: Cell
    var t: Int
    var x: Double
    var hPrevious: Double
    var cPrevious: Double?
    var gates: [Gate]
    /// The LSTM's c_t; nil leaves the step without its update terms (a malformed trace).
    var c: Double?
    var h: Double

    var testDescription: String { "\(cell) t=\(t) x=\(x)" }

    func activation(_ name: String) -> Double {
        gates.first { $0.name == name }?.activation ?? .nan
    }

    var kind: CellKind { cell == .lstm ? .lstm : .gru(resetAfter: true) }

    var trace: StepTrace {
        let update: StateUpdate
        switch (cell, c) {
        case (.lstm, let c?):
            let (i, f, g, cPrevious) = (activation("i"), activation("f"), activation("g"), self.cPrevious ?? 0)
            update = .lstm(LSTMUpdate(cPrevious: [cPrevious], fc: [f * cPrevious], ig: [i * g], c: [c], tanhC: [tanh(c)]))
        case (.gru, _):
            let (z, r, g) = (activation("z"), activation("r"), activation("g"))
            update = .gru(GRUUpdate(oneMinusZ: [1 - z], zh: [z * hPrevious], zg: [(1 - z) * g], reset: [r * hPrevious]))
        default:
            update = .simpleRNN
        }
        return StepTrace(x: [x], hPrevious: [hPrevious], gates: gates.map {
            GateTrace(name: $0.name, preactivation: [$0.preactivation], activation: [$0.activation])
        }, update: update, h: [h])
    }

    func diagram(title: String = "A cell", description: String = "One step.", highlight: CellDiagram.Highlight = .none,
                 decimals: Int = 2, words: CellDiagram.Words = .english) -> CellDiagram {
        CellDiagram(kind: kind, step: trace, t: t, title: title, description: description, highlight: highlight,
                    decimals: decimals, words: words)
    }
}

/// The cell diagrams and the stepper: well-formed accessible SVG and HTML, the step's numbers on
/// the picture as the pages print them, classes instead of colours, and a layout where labels
/// do not collide for the steps lessons show.
@Suite struct CellDiagramTests {
    // MARK: Fixtures, computed by hand so the expected labels below are independent of the code

    static func sigmoid(_ v: Double) -> Double { 1 / (1 + exp(-v)) }

    /// An LSTM step: f = σ(0.98) = 0.727, i = σ(0.2) = 0.550, g = tanh(0.21) = 0.207,
    /// o = σ(0.66) = 0.659; c = 0.727·0.42 + 0.550·0.207 = 0.419; h = 0.659·tanh(0.419) = 0.261.
    static let lstm: HandStep = {
        let (i, f, g, o) = (sigmoid(0.2), sigmoid(0.98), tanh(0.21), sigmoid(0.66))
        let c = f * 0.42 + i * g
        return HandStep(cell: .lstm, t: 2, x: 0.5, hPrevious: 0.12, cPrevious: 0.42,
                        gates: [.init(name: "i", preactivation: 0.2, activation: i), .init(name: "f", preactivation: 0.98, activation: f),
                                .init(name: "g", preactivation: 0.21, activation: g), .init(name: "o", preactivation: 0.66, activation: o)],
                        c: c, h: o * tanh(c))
    }()

    /// A GRU step with negative values: z = σ(−0.4) = 0.401, r = σ(0.7) = 0.668,
    /// h̃ = tanh(−0.5) = −0.462; h = 0.401·0.3 + 0.599·(−0.462) = −0.156.
    static let gru: HandStep = {
        let (z, r, g) = (sigmoid(-0.4), sigmoid(0.7), tanh(-0.5))
        return HandStep(cell: .gru, t: 7, x: -0.25, hPrevious: 0.3,
                        gates: [.init(name: "z", preactivation: -0.4, activation: z), .init(name: "r", preactivation: 0.7, activation: r),
                                .init(name: "g", preactivation: -0.5, activation: g)],
                        c: nil, h: z * 0.3 + (1 - z) * g)
    }()

    static func svg(_ step: HandStep, highlight: CellDiagram.Highlight = .none, decimals: Int = 2, prefix: String = "fig-1") -> String {
        step.diagram(highlight: highlight, decimals: decimals).svg(idPrefix: prefix)
    }

    /// Each `<text>` element's whole content, subscripts included ("c2 = 0.42").
    static func texts(_ svg: String) throws -> [String] {
        try parseXML(svg).all("text").map(\.allText)
    }

    // MARK: Structure

    @Test(arguments: [CellDiagramTests.lstm, CellDiagramTests.gru])
    func everyVariantIsWellFormedAccessibleSVG(step: HandStep) throws {
        for highlight in CellDiagram.Highlight.allCases {
            for decimals in [2, 3] {
                let root = try parseXML(Self.svg(step, highlight: highlight, decimals: decimals))
                #expect(root.name == "svg")
                #expect(root.attributes["role"] == "img")
                #expect(root.attributes["aria-labelledby"] == "fig-1-title fig-1-desc")
                #expect(root.attributes["viewBox"]?.hasPrefix("0 0 520 ") == true)
                #expect(root.attributes["width"] == nil && root.attributes["height"] == nil)
                #expect(root.children.first?.name == "title" && root.children.first?.attributes["id"] == "fig-1-title")
                #expect(root.children.dropFirst().first?.name == "desc")
                #expect(root.classes.contains("cell-diagram") && root.classes.contains(step.cell == .lstm ? "cell-lstm" : "cell-gru"))
            }
        }
    }

    @Test func idsAreUniqueAndPrefixed() throws {
        for step in [Self.lstm, Self.gru] {
            let ids = try parseXML(Self.svg(step, prefix: "fig 3/a")).all.compactMap { $0.attributes["id"] }
            #expect(!ids.isEmpty)
            #expect(Set(ids).count == ids.count)
            #expect(ids.allSatisfy { $0.hasPrefix("fig-3-a-") }, "\(ids)")
        }
    }

    /// The bytes of two diagrams, committed: a change to the drawing shows here, in review, before
    /// it shows in every page.
    @Test(arguments: [("lstm-input", CellDiagramTests.lstm, CellDiagram.Highlight.input), ("gru", CellDiagramTests.gru, .none)])
    func theDiagramKeepsItsCommittedBytes(name: String, step: HandStep, highlight: CellDiagram.Highlight) throws {
        #expect(try Golden.matches(Self.svg(step, highlight: highlight), name: "cell-\(name).svg", besides: #filePath))
    }

    // MARK: Numbers

    @Test func everyNumberOfAnLSTMStepIsWritten() throws {
        let texts = try Self.texts(Self.svg(Self.lstm))
        let expected = [
            "x2 = 0.50", "h1 = 0.12", "c1 = 0.42",                             // in
            "0.20", "0.98", "0.21", "0.66",                                    // weighted sums, in the boxes
            "i = 0.55", "f = 0.73", "g = 0.21", "o = 0.66",                    // gates
            "f·c1 = 0.31", "i·g = 0.11", "c2 = 0.42", "tanh c2 = 0.40",        // on the wires
            "h2 = 0.26",                                                       // out
        ]
        for label in expected { #expect(texts.contains(label), "\(label) not in \(texts)") }
        for word in ["forget", "input", "candidate", "output", "gate", "cell state", "hidden state", "σ", "tanh", "×", "+"] {
            #expect(texts.contains(word), "\(word)")
        }
    }

    @Test func everyNumberOfAGRUStepIsWrittenWithARealMinus() throws {
        let texts = try Self.texts(Self.svg(Self.gru))
        let expected = [
            "x7 = −0.25", "h6 = 0.30", "−0.40", "0.70", "−0.50", "z = 0.40", "r = 0.67", "h̃ = −0.46",
            "z·h6 = 0.12", "1 − z = 0.60", "(1 − z)·h̃ = −0.28", "h7 = −0.16",
        ]
        for label in expected { #expect(texts.contains(label), "\(label) not in \(texts)") }
        for word in ["update", "reset", "candidate", "hidden", "state", "1 −"] { #expect(texts.contains(word), "\(word)") }
        #expect(!texts.joined().contains("-"), "a hyphen-minus where a minus sign belongs")
    }

    @Test func threeDecimalsWhenAsked() throws {
        let texts = try Self.texts(Self.svg(Self.lstm, decimals: 3))
        for label in ["f = 0.727", "i = 0.550", "c2 = 0.419", "h2 = 0.261", "0.980"] { #expect(texts.contains(label), "\(label)") }
    }

    @Test func numbersAreFixedWithARealMinusAndNeverNegativeZero() {
        #expect(DiagramText.number(0.5, decimals: 2) == "0.50")
        #expect(DiagramText.number(-0.256, decimals: 2) == "−0.26")
        #expect(DiagramText.number(-0.001, decimals: 2) == "0.00")
        #expect(DiagramText.number(12.3456, decimals: 2) == "12.35")
        #expect(DiagramText.number(-1, decimals: 3) == "−1.000")
        #expect(DiagramText.number(0.0004, decimals: 3) == "0.000")
        #expect(DiagramText.number(.nan, decimals: 2) == "NaN")
        #expect(DiagramText.number(-.infinity, decimals: 2) == "−∞")
    }

    @Test func aMissingGateIsDrawnAsNaNNotACrash() throws {
        var step = Self.lstm
        step.gates.removeAll { $0.name == "o" }
        step.c = nil
        let texts = try Self.texts(Self.svg(step))
        #expect(texts.contains("o = NaN"))
        #expect(texts.contains("c2 = NaN"))
    }

    // MARK: Text

    @Test func titleAndDescriptionAreEscapedAndTheDescriptionSpellsOutTheStep() throws {
        let nasty = "<script>alert('x')</script> & \"q\""
        let diagram = Self.lstm.diagram(title: nasty, description: nasty, highlight: .forget)
        let svg = diagram.svg(idPrefix: "n")
        #expect(!svg.contains("<script>"))
        let root = try parseXML(svg)
        #expect(root.all("title").first?.text == nasty)
        let desc = try #require(root.all("desc").first?.text)
        #expect(desc.hasPrefix(nasty + " Diagram of one LSTM cell"))
        for part in ["x₂ = 0.50", "c₁ = 0.42", "f = σ(0.98) = 0.73", "f·c₁ = 0.31", "i·g = 0.11",
                     "c₂ = f·c₁ + i·g = 0.42", "o = σ(0.66) = 0.66", "h₂ = o·tanh(c₂) = 0.26", "Highlighted: the forget gate"] {
            #expect(desc.contains(part), "\(part) not in \(desc)")
        }
        let gru = try #require(try parseXML(Self.svg(Self.gru)).all("desc").first?.text)
        for part in ["update gate z = σ(−0.40) = 0.40", "h₇ = z·h₆ + (1 − z)·h̃ = −0.16"] {
            #expect(gru.lowercased().contains(part.lowercased()), "\(part) not in \(gru)")
        }
    }

    @Test func everyLetterIsAtLeastTenPixelsOnAPhone() throws {
        // A 340 CSS px wide figure shows the 520-unit viewBox at 340/520 px per unit.
        for svg in [Self.svg(Self.lstm), Self.svg(Self.gru), Self.svg(Self.lstm, decimals: 3)] {
            let root = try parseXML(svg)
            let base = try #require(root.all("g").first { $0.attributes["font-size"] != nil }?.attributes["font-size"].flatMap(Double.init))
            func check(_ element: ParsedElement, size: Double) {
                var size = size
                if let attribute = element.attributes["font-size"], attribute.hasSuffix("%") {
                    size *= Double(attribute.dropLast())! / 100
                }
                if element.name == "text" || element.name == "tspan" {
                    #expect(size * 340 / CellDiagram.width >= 9.99, "\(element.allText) at \(size)")
                }
                for child in element.children { check(child, size: size) }
            }
            check(root, size: base)
        }
    }

    @Test func chineseWordsReplaceTheEnglishOnes() throws {
        let texts = try parseXML(Self.lstm.diagram(title: "LSTM 单元", description: "", words: .chinese)
            .svg(idPrefix: "zh")).all("text").map(\.allText)
        for word in ["遗忘门", "输入门", "候选值", "输出门", "细胞状态", "隐藏状态"] { #expect(texts.contains(word), "\(word)") }
        #expect(!texts.contains("forget"))
    }

    // MARK: Layout

    @Test(arguments: [2, 3])
    func labelsFindFreeSpotsForTypicalSteps(decimals: Int) {
        // Typical steps of a short walk-through: values of a small trained or seeded cell,
        // including negative inputs, a cell state beyond ±1 and two-digit step numbers.
        var steps = [Self.lstm, Self.gru]
        for (t, x) in [(1, 0.9), (9, -0.73), (12, 1.5), (40, -2.25)] {
            var lstm = Self.lstm
            lstm.t = t
            lstm.x = x
            lstm.cPrevious = -x * 1.7
            lstm.c = x * 1.3
            lstm.gates[2].activation = -0.987
            steps.append(lstm)
            var gru = Self.gru
            gru.t = t
            gru.x = x
            gru.hPrevious = -0.999
            steps.append(gru)
        }
        for step in steps {
            let diagram = step.diagram(title: "t", description: "", decimals: decimals)
            let (canvas, _) = step.cell == .lstm ? diagram.drawLSTM() : diagram.drawGRU()
            #expect(canvas.crowding == 0, "\(step.cell) t=\(step.t) x=\(step.x): labels overlap")
        }
    }

    @Test func textStaysInsideTheViewBox() throws {
        for svg in [Self.svg(Self.lstm), Self.svg(Self.gru)] {
            let root = try parseXML(svg)
            let box = try #require(root.attributes["viewBox"]).split(separator: " ").compactMap { Double($0) }
            for text in root.all("text") {
                let x = try #require(text.number("x")), y = try #require(text.number("y"))
                #expect(x >= 0 && x <= box[2] && y > 0 && y <= box[3], "\(text.allText)")
            }
        }
    }

    // MARK: Colour and highlight

    @Test func colourComesFromClassesOnly() throws {
        for highlight in CellDiagram.Highlight.allCases {
            for step in [Self.lstm, Self.gru] {
                let root = try parseXML(Self.svg(step, highlight: highlight))
                for element in root.all {
                    #expect(element.attributes["style"] == nil)
                    for attribute in ["fill", "stroke", "color", "stop-color"] {
                        if let value = element.attributes[attribute] {
                            #expect(value == "none" || value == "currentColor", "\(element.name) \(attribute)=\(value)")
                        }
                    }
                }
                #expect(root.all.allSatisfy { $0.attributes.values.allSatisfy { !$0.contains("#") && !$0.contains("rgb(") } })
            }
        }
    }

    @Test func theStylesheetHasBothThemesAndDefinesWhatItUses() {
        let css = CellDiagram.stylesheet
        #expect(css.contains("@media (prefers-color-scheme: dark)"))
        #expect(css.contains(":root:not([data-theme=\"light\"]) svg.cell-diagram"))
        #expect(css.contains("[data-theme=\"dark\"] svg.cell-diagram"))
        let defined = Set(css.matches(of: /(--cd-[a-z-]+):/).map { String($0.output.1) })
        let used = Set(css.matches(of: /var\((--cd-[a-z-]+)\)/).map { String($0.output.1) })
        #expect(!used.isEmpty && used.isSubset(of: defined), "undefined: \(used.subtracting(defined))")
        // Every class the diagrams carry has a rule (or is a highlight marker on the root).
        let classes = Set(try! [Self.svg(Self.lstm, highlight: .forget), Self.svg(Self.gru, highlight: .reset)].flatMap {
            try parseXML($0).all.flatMap(\.classes)
        })
        let markers: Set<String> = ["svgplot", "cell-lstm", "cell-gru", "cd-highlight-forget", "cd-highlight-reset",
                                    "cd-wires", "cd-nodes", "cd-labels", "cd-link", "cd-gate-box", "cd-op", "cd-label", "cd-value"]
        for name in classes.subtracting(markers) { #expect(css.contains("." + name), "no rule for .\(name)") }
    }

    @Test func huesStandOutFromThePageAndTextFromTheBoxes() {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16)!
            func channel(_ shift: Int) -> Double {
                let c = Double((value >> shift) & 0xFF) / 255
                return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
        }
        func contrast(_ a: String, _ b: String) -> Double {
            let (x, y) = (luminance(a), luminance(b))
            return (max(x, y) + 0.05) / (min(x, y) + 0.05)
        }
        // SVGPlot's chart backgrounds, text and muted text, light and dark.
        let themes = [(CellDiagramStyle.light, "#FFFFFF", "#1D2125", "#56606B"), (CellDiagramStyle.dark, "#16181D", "#E6E8EB", "#A3ABB5")]
        for (theme, background, text, muted) in themes {
            // WCAG 1.4.11: lines and shapes that carry meaning, 3:1 against the page.
            for hue in [theme.state, theme.gate, theme.candidate, theme.neutral] {
                #expect(contrast(hue, background) >= 3, "\(hue) on \(background)")
            }
            // Box labels (σ, tanh in text colour; the weighted sum muted): 4.5:1.
            for fill in [theme.gateSoft, theme.candidateSoft] {
                #expect(contrast(text, fill) >= 4.5 && contrast(muted, fill) >= 4.5, "\(fill)")
            }
        }
    }

    @Test func aHighlightDimsEverythingOffItsPath() throws {
        func gateBoxes(_ svg: String) throws -> [String: [String]] {
            let boxes = try parseXML(svg).withClass("cd-gate-box")
            return Dictionary(uniqueKeysWithValues: boxes.map { box in
                (String(box.all("title").first!.text.prefix(1)), box.classes)
            })
        }
        let forget = try gateBoxes(Self.svg(Self.lstm, highlight: .forget))
        #expect(forget["f"]?.contains("cd-lit") == true)
        for other in ["i", "g", "o"] { #expect(forget[other]?.contains("cd-dim") == true, "\(other)") }
        let input = try gateBoxes(Self.svg(Self.lstm, highlight: .input))
        #expect(input["i"]?.contains("cd-lit") == true && input["g"]?.contains("cd-lit") == true)
        let reset = try gateBoxes(Self.svg(Self.gru, highlight: .reset))
        #expect(reset["r"]?.contains("cd-lit") == true && reset["z"]?.contains("cd-dim") == true)
        let none = try parseXML(Self.svg(Self.lstm)).all.flatMap(\.classes)
        #expect(!none.contains("cd-dim") && !none.contains("cd-lit"))
        let root = try parseXML(Self.svg(Self.lstm, highlight: .cellState))
        #expect(root.classes.contains("cd-highlight-cellState"))
    }

    @Test func everyHighlightOfACellLeavesSomethingLitAndSomethingDimmed() throws {
        for (step, cell) in [(Self.lstm, CellKind.lstm), (Self.gru, .gru(resetAfter: true))] {
            for highlight in CellDiagram.Highlight.allCases where highlight != .none && highlight.applies(to: cell) {
                let classes = try parseXML(Self.svg(step, highlight: highlight)).all.flatMap(\.classes)
                #expect(classes.contains("cd-lit") && classes.contains("cd-dim"), "\(cell) \(highlight)")
            }
        }
    }

    @Test func aHighlightTheCellDoesNotHaveDimsNothing() {
        #expect(Self.svg(Self.gru, highlight: .forget) == Self.svg(Self.gru))
        #expect(Self.svg(Self.lstm, highlight: .reset) == Self.svg(Self.lstm))
    }

    // MARK: Stepper

    /// A trace of `count` steps, each the hand-made LSTM step.
    static func walk(_ count: Int) -> Trace {
        Trace(kind: .lstm, units: 1, steps: Array(repeating: Self.lstm.trace, count: count))
    }

    @Test func theStepperShowsOneDiagramPerStepBehindRadioButtons() throws {
        let stepper = CellStepper(trace: Self.walk(3), title: "Walk <&> \"through\"", initial: 2)
        let html = stepper.html(idPrefix: "fig-4")
        let root = try parseXML(html)
        #expect(root.attributes["class"] == "cell-stepper" && root.attributes["role"] == "group")
        #expect(root.attributes["aria-label"] == "Walk <&> \"through\"")
        let radios = root.all("input")
        #expect(radios.count == 3)
        #expect(radios.map { $0.attributes["checked"] != nil } == [false, true, false])
        #expect(Set(radios.map { $0.attributes["name"] }) == ["fig-4-step"])
        let labels = root.all("label")
        #expect(labels.map(\.allText) == ["t = 1", "t = 2", "t = 3"])
        #expect(labels.map { $0.attributes["for"] } == radios.map { $0.attributes["id"] })
        // Radio, label, panel, in that order: the stylesheet's sibling selectors depend on it.
        let order = root.children.map { $0.attributes["class"] ?? $0.name }
        #expect(order == ["cs-legend"] + Array(repeating: ["cs-radio", "cs-tab", "cs-panel"], count: 3).flatMap { $0 })
        #expect(root.withClass("cs-panel").allSatisfy { $0.children.map(\.name) == ["svg"] })
        let ids = root.all.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count && ids.allSatisfy { $0.hasPrefix("fig-4-") })
        let titles = root.all("svg").map { $0.children.first?.text ?? "" }
        #expect(titles == (1...3).map { "Walk <&> \"through\", step \($0) of 3" })
    }

    @Test func theStepperStartsWithinRange() throws {
        for (initial, checked) in [(0, 0), (9, 1)] {
            let html = CellStepper(trace: Self.walk(2), title: "w", initial: initial).html(idPrefix: "s")
            let radios = try parseXML(html).all("input")
            #expect(radios.firstIndex { $0.attributes["checked"] != nil } == checked)
        }
    }

    @Test func theStepperStylesheetShowsTheCheckedPanelAndAFocusRing() {
        let css = CellStepper.stylesheet
        #expect(css.contains(".cs-radio:checked + .cs-tab + .cs-panel { display: block; }"))
        #expect(css.contains(".cs-radio:focus-visible + .cs-tab { outline"))
        #expect(css.contains("@media (prefers-color-scheme: dark)") && css.contains("[data-theme=\"dark\"] .cell-stepper"))
    }
}

@Suite struct GRUResetTests {
    /// r scales only what the candidate computes from h_{t−1} (Keras's reset-after form); the line
    /// below the candidate carries x_t too, so no × may sit on it. The reset wire ends in the box.
    @Test func theResetGateEntersTheCandidateAndNotTheSharedLine() throws {
        let svg = CellDiagramTests.gru.diagram(title: "GRU", description: "").svg(idPrefix: "g")
        let root = try parseXML(svg)
        let tooltips = root.all("title").map(\.text)
        #expect(!tooltips.contains { $0.hasPrefix("r scales") })
        // Three operations on a GRU: ×z on the belt, + on the belt, ×(1 − z) on the candidate.
        #expect(tooltips.filter { $0.contains("×") || $0.contains(" + ") }.count == 3, "\(tooltips)")
    }
}
