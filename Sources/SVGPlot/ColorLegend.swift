/// The key of a heatmap: one swatch per colour class in a row, the range's ends and middle
/// written underneath, and an optional label saying what the colour measures.
struct ColorLegend {
    let diverging: Bool
    let domain: Interval
    let label: String

    static let swatchWidth = 16.0
    static let swatchHeight = 10.0

    var classCount: Int { diverging ? Stylesheet.divergingClasses : Stylesheet.sequentialClasses }

    var height: Double { ColorLegend.swatchHeight + 4 + ChartLayout.fontSize }

    func element(x: Double, y: Double, maxWidth: Double) -> SVGElement {
        let fontSize = ChartLayout.fontSize
        let rampWidth = ColorLegend.swatchWidth * Double(classCount)
        let labelText = TextMetrics.truncate(label, maxWidth: max(0, maxWidth - rampWidth - 10), fontSize: fontSize)
        var items: [SVGElement] = []
        var rampX = x
        if !labelText.isEmpty {
            items.append(.text(labelText, x: x, y: y + ColorLegend.swatchHeight, class: "plot-scale-label"))
            rampX += TextMetrics.width(labelText, fontSize: fontSize) + 10
        }
        let prefix = diverging ? "div-" : "heat-"
        for k in 0..<classCount {
            items.append(.rect(x: rampX + Double(k) * ColorLegend.swatchWidth, y: y,
                               width: ColorLegend.swatchWidth, height: ColorLegend.swatchHeight, class: prefix + String(k)))
        }
        let baseline = y + ColorLegend.swatchHeight + 4 + fontSize * 0.8
        let middle = (domain.lo + domain.hi) / 2
        items.append(.text(NumberFormat.significant(domain.lo), x: rampX, y: baseline, class: "plot-tick-label"))
        items.append(.text(NumberFormat.significant(middle), x: rampX + rampWidth / 2, y: baseline, anchor: .middle, class: "plot-tick-label"))
        items.append(.text(NumberFormat.significant(domain.hi), x: rampX + rampWidth, y: baseline, anchor: .end, class: "plot-tick-label"))
        return .group(class: "plot-color-legend", items)
    }
}
