import SVGPlot

/// The drawing primitives of the cell diagrams: wires with arrowheads, gate boxes, pointwise
/// operations and labels, each tagged with the highlights under which it stays lit.
///
/// Everything carries classes only (`CellDiagram.stylesheet` colours them), and elements are
/// collected in three layers so wires never cover a node and labels are never covered.
struct DiagramCanvas {
    /// A point in viewBox units.
    struct Point: Equatable {
        var x: Double
        var y: Double
        init(_ x: Double, _ y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// An axis-aligned box in viewBox units, for keeping labels clear of the drawing.
    struct Box: Equatable {
        var minX: Double, minY: Double, maxX: Double, maxY: Double

        func overlap(_ other: Box) -> Double {
            max(0, min(maxX, other.maxX) - max(minX, other.minX)) * max(0, min(maxY, other.maxY) - max(minY, other.minY))
        }
    }

    /// A place a label may go: its anchor point on the (first) baseline and how it hangs from
    /// it. A `split` label "name = value" is set on two lines, "name" over "= value", for
    /// when one line is too long for the room there is.
    struct Spot {
        var x: Double
        var y: Double
        var anchor: TextAnchor
        var split: Bool
        init(_ x: Double, _ y: Double, _ anchor: TextAnchor = .middle, split: Bool = false) {
            self.x = x
            self.y = y
            self.anchor = anchor
            self.split = split
        }
    }

    /// Distance between the baselines of a split label, in ems.
    static let lineHeight = 1.2

    /// What a wire or node carries; each has one colour in the stylesheet.
    enum Hue: String {
        /// The state that runs through the whole sequence: c for the LSTM, h for the GRU.
        case state
        /// The σ gates and the values they send out.
        case gate
        /// The tanh candidate and its share of the new state.
        case candidate
        /// Inputs, the hidden state and the feed into the gates.
        case neutral
    }

    /// Base font size (values, symbols) and the smaller one (words, pre-activations), in
    /// viewBox units. The diagram is 520 units wide, so on a 340 CSS px phone figure the base
    /// text is 11.1 px and the small text, like subscripts, 10 px.
    static let fontSize = 17.0
    static let smallFontSize = 15.3
    /// Rough distance from a baseline to the middle of digits and capitals, in ems.
    static let halfCap = 0.35
    static let opRadius = 11.0

    let highlight: CellDiagram.Highlight
    /// The drawing's size; labels stay inside it.
    let width: Double
    let height: Double
    private var wires: [SVGElement] = []
    private var nodes: [SVGElement] = []
    private var labels: [SVGElement] = []
    /// Everything drawn so far that a label must not cover; wires carry their name, so a label
    /// may sit on the wire it describes.
    private var obstacles: [(box: Box, wire: String?)] = []
    /// How much label area ended up on something it should not cover; 0 when every label found
    /// a free spot (the tests hold typical steps to that).
    private(set) var crowding = 0.0

    init(highlight: CellDiagram.Highlight, width: Double, height: Double) {
        self.highlight = highlight
        self.width = width
        self.height = height
    }

    /// The drawing in paint order: wires, then nodes, then labels.
    var elements: [SVGElement] {
        [.group(class: "cd-wires", wires), .group(class: "cd-nodes", nodes), .group(class: "cd-labels", labels)]
    }

    /// Classes for an element: its own, its hue, and dimmed when a highlight is on that does not
    /// include it.
    private func classes(_ base: String, _ hue: Hue?, _ lit: Set<CellDiagram.Highlight>) -> String {
        var list = [base]
        if let hue { list.append("cd-" + hue.rawValue) }
        if highlight != .none { list.append(lit.contains(highlight) ? "cd-lit" : "cd-dim") }
        return list.joined(separator: " ")
    }

    // MARK: Wires

    /// A wire through `points` with rounded corners, ending in an arrowhead whose tip touches
    /// the last point unless `arrow` is false. The belt is drawn thicker.
    mutating func wire(_ points: [Point], _ hue: Hue, lit: Set<CellDiagram.Highlight>, arrow: Bool = true, belt: Bool = false,
                       name: String? = nil) {
        guard points.count >= 2 else { return }
        // Half the stroke and a little air: a label may come close to a wire, not onto it.
        let halfWidth = belt ? 4.0 : 3.0
        for (a, b) in zip(points, points.dropFirst()) {
            obstacles.append((Box(minX: min(a.x, b.x) - halfWidth, minY: min(a.y, b.y) - halfWidth,
                                  maxX: max(a.x, b.x) + halfWidth, maxY: max(a.y, b.y) + halfWidth), name))
        }
        let headLength = belt ? 11.0 : 8.0
        let headHalfWidth = belt ? 6.5 : 4.5
        var points = points
        let tip = points[points.count - 1]
        let before = points[points.count - 2]
        let (ux, uy) = unit(from: before, to: tip)
        if arrow {
            // Stop the stroke inside the head so its square end never shows past the tip.
            points[points.count - 1] = Point(tip.x - ux * headLength * 0.8, tip.y - uy * headLength * 0.8)
        }
        var d = PathData()
        d.move(to: points[0].x, points[0].y)
        let radius = 8.0
        for index in 1..<points.count {
            let p = points[index]
            if index < points.count - 1 {
                // A quarter-round corner: stop short of the corner, curve round it.
                let next = points[index + 1]
                let (ax, ay) = unit(from: points[index - 1], to: p)
                let (bx, by) = unit(from: p, to: next)
                let r = min(radius, distance(points[index - 1], p) / 2, distance(p, next) / 2)
                d.line(to: p.x - ax * r, p.y - ay * r)
                d.curve(to: p.x + bx * r, p.y + by * r, control1: p.x - ax * r * 0.45, p.y - ay * r * 0.45,
                        control2: p.x + bx * r * 0.45, p.y + by * r * 0.45)
            } else {
                d.line(to: p.x, p.y)
            }
        }
        // Stroke attributes are the fallback without the stylesheet, whose rules override them.
        let line = SVGElement.path(d, class: belt ? "cd-wire cd-belt" : "cd-wire")
            .with("stroke", "currentColor").with("stroke-width", .number(belt ? 5 : 1.75))
        var group = [line]
        if arrow {
            var head = PathData()
            head.move(to: tip.x, tip.y)
            head.line(to: tip.x - ux * headLength - uy * headHalfWidth, tip.y - uy * headLength + ux * headHalfWidth)
            head.line(to: tip.x - ux * headLength + uy * headHalfWidth, tip.y - uy * headLength - ux * headHalfWidth)
            head.close()
            group.append(.path(head, class: "cd-head", filled: true))
        }
        wires.append(.group(class: classes("cd-link", hue, lit), group))
    }

    /// A dot where a wire splits in two.
    mutating func junction(_ p: Point, _ hue: Hue, lit: Set<CellDiagram.Highlight>) {
        wires.append(.circle(cx: p.x, cy: p.y, r: 3.5, class: classes("cd-junction", hue, lit)))
        obstacles.append((Box(minX: p.x - 4, minY: p.y - 4, maxX: p.x + 4, maxY: p.y + 4), nil))
    }

    private func unit(from a: Point, to b: Point) -> (Double, Double) {
        let length = distance(a, b)
        return length == 0 ? (1, 0) : ((b.x - a.x) / length, (b.y - a.y) / length)
    }

    private func distance(_ a: Point, _ b: Point) -> Double {
        ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
    }

    // MARK: Nodes

    /// A shape drawn as an outline in the text colour: how nodes look without the stylesheet,
    /// whose fills and strokes override these attributes.
    private static func outline(_ shape: SVGElement) -> SVGElement {
        shape.with("fill", "none").with("stroke", "currentColor")
    }

    /// A gate: a box showing its function (σ or tanh) over the weighted sum that goes in.
    mutating func gateBox(center c: Point, width: Double, height: Double, function: String, input: String, _ hue: Hue,
                          lit: Set<CellDiagram.Highlight>, tooltip: String) {
        let fontSize = DiagramCanvas.fontSize
        let small = DiagramCanvas.smallFontSize
        let rect = DiagramCanvas.outline(.rect(x: c.x - width / 2, y: c.y - height / 2, width: width, height: height,
                                               class: "cd-box").with("rx", 6))
        obstacles.append((Box(minX: c.x - width / 2, minY: c.y - height / 2, maxX: c.x + width / 2, maxY: c.y + height / 2), nil))
        let gap = 2.0
        let functionBaseline = c.y - gap / 2 - 0.12 * fontSize
        let inputBaseline = c.y + gap / 2 + 0.82 * small
        nodes.append(.group(class: classes("cd-gate-box", hue, lit), [
            .tooltip(DiagramText.plain(tooltip)),
            rect,
            DiagramText.element(function, x: c.x, y: functionBaseline, anchor: .middle, class: "cd-fn"),
            DiagramText.element(input, x: c.x, y: inputBaseline, anchor: .middle, class: "cd-pre", small: true),
        ]))
    }

    /// A pointwise operation (×, +, 1−) as a small circle on the wires.
    mutating func operation(_ symbol: String, at c: Point, _ hue: Hue, lit: Set<CellDiagram.Highlight>, tooltip: String) {
        let r = DiagramCanvas.opRadius
        obstacles.append((Box(minX: c.x - r, minY: c.y - r, maxX: c.x + r, maxY: c.y + r), nil))
        let size = symbol.count > 1 ? DiagramCanvas.smallFontSize : DiagramCanvas.fontSize
        nodes.append(.group(class: classes("cd-op", hue, lit), [
            .tooltip(DiagramText.plain(tooltip)),
            DiagramCanvas.outline(.circle(cx: c.x, cy: c.y, r: r, class: "cd-op-shape")),
            DiagramText.element(symbol, x: c.x, y: c.y + DiagramCanvas.halfCap * size, anchor: .middle,
                                class: "cd-op-symbol", small: symbol.count > 1),
        ]))
    }

    /// A pointwise function (tanh of the cell state) as a small rounded capsule on a wire.
    mutating func function(_ name: String, at c: Point, width: Double, _ hue: Hue, lit: Set<CellDiagram.Highlight>,
                           tooltip: String) {
        let height = 2 * DiagramCanvas.opRadius
        obstacles.append((Box(minX: c.x - width / 2, minY: c.y - height / 2, maxX: c.x + width / 2, maxY: c.y + height / 2), nil))
        let rect = DiagramCanvas.outline(.rect(x: c.x - width / 2, y: c.y - height / 2, width: width, height: height,
                                               class: "cd-op-shape").with("rx", .number(height / 2)))
        nodes.append(.group(class: classes("cd-op", hue, lit), [
            .tooltip(DiagramText.plain(tooltip)),
            rect,
            DiagramText.element(name, x: c.x, y: c.y + DiagramCanvas.halfCap * DiagramCanvas.smallFontSize, anchor: .middle,
                                class: "cd-op-symbol", small: true),
        ]))
    }

    // MARK: Labels

    /// A label at the first of `spots` where it fits inside the drawing without covering a
    /// node, another label or a wire other than those named in `on`; where none is free, the
    /// spot it overlaps least (the first of equals, so output stays deterministic). Labels are
    /// drawn over a halo of the background colour, so one that sits on its wire stays readable.
    /// Sizes are estimated at the phone text size, the largest the stylesheet uses.
    mutating func label(_ markup: String, at spots: [Spot], on wiresAllowed: Set<String> = [], small: Bool = false,
                        kind: String = "cd-value", lit: Set<CellDiagram.Highlight>) {
        place(spots.map { ($0, $0.split ? DiagramCanvas.splitLines(markup) : [markup]) }, on: wiresAllowed, small: small,
              kind: kind, lit: lit)
    }

    /// Words naming a part, in the small size: one or more lines at `spot`.
    mutating func words(_ lines: [String], at spot: Spot, lit: Set<CellDiagram.Highlight>) {
        words([(spot, lines)], lit: lit)
    }

    /// Words naming a part at the first of `options` (a spot and its lines) with room.
    mutating func words(_ options: [(spot: Spot, lines: [String])], lit: Set<CellDiagram.Highlight>) {
        place(options, on: [], small: true, kind: "cd-word", lit: lit)
    }

    private mutating func place(_ options: [(spot: Spot, lines: [String])], on wiresAllowed: Set<String>, small: Bool,
                                kind: String, lit: Set<CellDiagram.Highlight>) {
        guard let first = options.first else { return }
        var best = (option: first, box: extent(first.lines, at: first.spot, small: small), cost: Double.infinity)
        for option in options {
            let box = extent(option.lines, at: option.spot, small: small)
            var cost = 0.0
            for obstacle in obstacles where obstacle.wire.map({ !wiresAllowed.contains($0) }) ?? true {
                cost += obstacle.box.overlap(box)
            }
            // Leaving the drawing is worse than touching something inside it.
            cost += 100 * (max(0, -box.minX) + max(0, box.maxX - width) + max(0, -box.minY) + max(0, box.maxY - height))
            if cost < best.cost { best = (option, box, cost) }
            if cost == 0 { break }
        }
        obstacles.append((best.box, nil))
        crowding += best.cost
        let className = classes("cd-label " + kind, nil, lit)
        let spot = best.option.spot
        let lineStep = DiagramCanvas.lineHeight * (small ? DiagramCanvas.smallFontSize : DiagramCanvas.fontSize)
        for (index, line) in best.option.lines.enumerated() {
            labels.append(DiagramText.element(line, x: spot.x, y: spot.y + Double(index) * lineStep, anchor: spot.anchor,
                                              class: className, small: small))
        }
    }

    /// "name = value" as ["name", "= value"]; text without " = " stays one line.
    static func splitLines(_ markup: String) -> [String] {
        guard let range = markup.range(of: " = ") else { return [markup] }
        return [String(markup[..<range.lowerBound]), "= " + markup[range.upperBound...]]
    }

    /// The box that `lines` cover at `spot`, their halo included.
    func extent(_ lines: [String], at spot: Spot, small: Bool) -> Box {
        let size = small ? DiagramCanvas.smallFontSize : DiagramCanvas.fontSize
        let width = lines.map { DiagramText.width($0, fontSize: size) }.max() ?? 0
        let left: Double
        switch spot.anchor {
        case .start: left = spot.x
        case .middle: left = spot.x - width / 2
        case .end: left = spot.x - width
        }
        // Subscripts sit 0.3 em low; otherwise only descenders (g, y) reach below the baseline.
        let hasSubscript = DiagramText.runs(lines.last ?? "").contains { $0.isSubscript }
        // The halo as drawn (5 px of stroke, half of it outside the glyphs).
        let halo = 2.5
        let lastBaseline = spot.y + Double(max(0, lines.count - 1)) * DiagramCanvas.lineHeight * size
        return Box(minX: left - halo, minY: spot.y - 0.74 * size - halo,
                   maxX: left + width + halo, maxY: lastBaseline + (hasSubscript ? 0.32 : 0.22) * size + halo)
    }
}
