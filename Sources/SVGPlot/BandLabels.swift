import Foundation

/// Labels under a row of equal-width bands (heatmap columns, bar-chart categories).
///
/// Tries, in order: every label horizontal on one line; on two lines (when wrapping is allowed
/// and bands are wide enough);
/// for numeric labels such as time steps, every n-th label (1, 2, 5, 10… by value); otherwise
/// labels turned 45°, skipping bands only when even turned labels would collide. Long labels are
/// truncated with "…", never allowed to run into their neighbours.
struct BandLabels {
    enum Mode: Equatable {
        case horizontal(lines: Int)
        case rotated
    }

    let mode: Mode
    /// One entry per band: the lines to draw, or nil where the label is skipped.
    let lines: [[String]?]

    static let maxRotatedWidth = 110.0
    static let lineHeight = ChartLayout.fontSize + 2

    init(_ labels: [String], bandWidth: Double, allowWrap: Bool) {
        let fontSize = ChartLayout.fontSize
        let room = bandWidth - 6
        let widths = labels.map { TextMetrics.width($0, fontSize: fontSize) }
        if widths.allSatisfy({ $0 <= room }) {
            self.init(mode: .horizontal(lines: 1), lines: labels.map { [$0] })
            return
        }
        // Two lines (the second truncated if need be) read better than turned text, as long as
        // a band holds a few words' width.
        if allowWrap, room >= 4 * fontSize {
            self.init(mode: .horizontal(lines: 2), lines: labels.map { BandLabels.wrap($0, width: room) })
            return
        }
        let numbers = labels.map { Int($0.trimmingCharacters(in: .whitespaces)) }
        if !labels.isEmpty, numbers.allSatisfy({ $0 != nil }), let widest = widths.max() {
            // Every n-th label by value: 0, 5, 10… reads better than 1, 6, 11….
            var step = NiceStep(mantissa: 1, exponent: 0)
            while step.value * bandWidth < widest + 8 {
                step = step.next
            }
            let n = Int(step.value)
            self.init(mode: .horizontal(lines: 1), lines: zip(labels, numbers).map { $1! % n == 0 ? [$0] : nil })
            return
        }
        // Turned labels need about one line height of band each; skip bands when they are narrower.
        let stride = max(1, Int((fontSize * 1.1 / bandWidth).rounded(.up)))
        self.init(mode: .rotated, lines: labels.enumerated().map { index, label in
            index % stride == 0
                ? [TextMetrics.truncate(label, maxWidth: BandLabels.maxRotatedWidth, fontSize: fontSize)]
                : nil
        })
    }

    private init(mode: Mode, lines: [[String]?]) {
        self.mode = mode
        self.lines = lines
    }

    /// Height the labels take below the bands.
    var height: Double {
        switch mode {
        case .horizontal(let count): return ChartLayout.tickLabelGap + Double(count) * BandLabels.lineHeight
        case .rotated: return ChartLayout.tickLabelGap + widestLine * sin45 + ChartLayout.fontSize
        }
    }

    /// How far left of the first band's centre the first label reaches (turned labels lean left).
    var leftOverhang: Double {
        guard mode == .rotated, let first = lines.first ?? nil, let text = first.first else { return 0 }
        return TextMetrics.width(text, fontSize: ChartLayout.fontSize) * sin45
    }

    private var widestLine: Double {
        lines.compactMap { $0 }.joined().map { TextMetrics.width($0, fontSize: ChartLayout.fontSize) }.max() ?? 0
    }

    private let sin45 = 0.7072

    /// The label elements for bands of `bandWidth` starting at `x`, hanging below `top`.
    func elements(x: Double, bandWidth: Double, top: Double, class className: String) -> [SVGElement] {
        var items: [SVGElement] = []
        for (index, entry) in lines.enumerated() {
            guard let entry else { continue }
            let centre = x + (Double(index) + 0.5) * bandWidth
            switch mode {
            case .horizontal:
                for (line, text) in entry.enumerated() {
                    let baseline = top + ChartLayout.tickLabelGap + ChartLayout.fontSize * 0.8 + Double(line) * BandLabels.lineHeight
                    items.append(.text(text, x: centre, y: baseline, anchor: .middle, class: className))
                }
            case .rotated:
                // End-anchored and turned -45°, the text runs down and to the left of its band.
                let ax = centre + ChartLayout.fontSize * 0.3
                let ay = top + ChartLayout.tickLabelGap + ChartLayout.fontSize * 0.3
                let transform = "rotate(-45 " + NumberFormat.coordinate(ax) + " " + NumberFormat.coordinate(ay) + ")"
                items.append(SVGElement.text(entry[0], x: ax, y: ay, anchor: .end, class: className)
                    .with("transform", SVGValue(transform)))
            }
        }
        return items
    }

    /// Greedy word wrap into lines no wider than `width`; a second line that still does not fit
    /// is truncated.
    static func wrap(_ text: String, width: Double) -> [String] {
        let fontSize = ChartLayout.fontSize
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || TextMetrics.width(candidate, fontSize: fontSize) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > 2 { lines = [lines[0], lines[1...].joined(separator: " ")] }
        return lines.map { TextMetrics.truncate($0, maxWidth: width, fontSize: fontSize) }
    }
}
