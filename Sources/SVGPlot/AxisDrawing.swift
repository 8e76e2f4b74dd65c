/// Draws resolved axes around a plot rectangle: horizontal grid lines with labels on the left
/// for the value axis, a baseline with tick marks and labels below for the x axis.
enum AxisDrawing {
    /// Width of the widest tick label, which sets the left margin.
    static func labelWidth(_ axis: ResolvedAxis) -> Double {
        axis.ticks.map { TextMetrics.width($0.label, fontSize: ChartLayout.fontSize) }.max() ?? 0
    }

    /// Grid lines across the plot at each tick (the bottom one is the x axis line), a stronger
    /// line at zero when zero lies inside, and right-aligned labels. There is no vertical axis
    /// line, so minor ticks would float; the grid is enough to read values against.
    static func vertical(_ axis: ResolvedAxis, plot: Rect) -> SVGElement {
        var grid: [SVGElement] = []
        var labels: [SVGElement] = []
        for tick in axis.ticks {
            let y = axis.map(tick.value)
            if abs(y - plot.maxY) > 0.5 {
                grid.append(.line(x1: plot.x, y1: y, x2: plot.maxX, y2: y, class: tick.value == 0 ? "plot-zero" : "plot-grid"))
            }
            labels.append(.text(tick.label, x: plot.x - ChartLayout.tickLabelGap, y: y + ChartLayout.halfCapHeight,
                                anchor: .end, class: "plot-tick-label"))
        }
        return .group(class: "plot-y-axis", grid + labels)
    }

    /// The axis line along the bottom of the plot, tick marks, minor ticks and centred labels.
    static func horizontal(_ axis: ResolvedAxis, plot: Rect) -> SVGElement {
        var items: [SVGElement] = [.line(x1: plot.x, y1: plot.maxY, x2: plot.maxX, y2: plot.maxY, class: "plot-axis")]
        let baseline = plot.maxY + ChartLayout.tickLength + ChartLayout.tickLabelGap + ChartLayout.fontSize * 0.75
        for tick in axis.ticks {
            let x = axis.map(tick.value)
            items.append(.line(x1: x, y1: plot.maxY, x2: x, y2: plot.maxY + ChartLayout.tickLength, class: "plot-axis"))
            items.append(.text(tick.label, x: x, y: baseline, anchor: .middle, class: "plot-tick-label"))
        }
        for value in axis.tickSet.minor {
            let x = axis.map(value)
            items.append(.line(x1: x, y1: plot.maxY, x2: x, y2: plot.maxY + ChartLayout.tickLength / 2, class: "plot-axis"))
        }
        return .group(class: "plot-x-axis", items)
    }

    /// Height below the plot taken by tick marks and one line of tick labels.
    static let horizontalLabelsHeight = ChartLayout.tickLength + ChartLayout.tickLabelGap + ChartLayout.fontSize

    /// Space above the plot for the value axis title, written horizontally above the labels
    /// (easier to read on a phone than rotated text, and it costs no width).
    static let titleHeight = ChartLayout.fontSize + 8

    static func verticalTitle(_ text: String, x: Double, plotTop: Double, maxWidth: Double) -> SVGElement {
        .text(TextMetrics.truncate(text, maxWidth: maxWidth, fontSize: ChartLayout.fontSize),
              x: x, y: plotTop - 10, class: "plot-axis-label")
    }

    static func horizontalTitle(_ text: String, plot: Rect, baseline: Double, maxWidth: Double) -> SVGElement {
        .text(TextMetrics.truncate(text, maxWidth: maxWidth, fontSize: ChartLayout.fontSize),
              x: plot.x + plot.width / 2, y: baseline, anchor: .middle, class: "plot-axis-label")
    }
}
