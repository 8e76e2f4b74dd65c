import SVGPlot

/// The HTML for what a directive produced, put in the directive's place on the page.
///
/// Figures and tables are numbered per page, in reading order, and their captions may quote
/// results with `{{id.name}}` like the prose.
struct BlockHTML {
    var figureCount = 0
    var tableCount = 0
    /// "Figure" and "Table" in the page's language: a page in Chinese numbers its figures 图 1.
    let figure: String
    let table: String

    init(language: String = "en") {
        let chinese = language.hasPrefix("zh")
        figure = chinese ? "图 " : "Figure "
        table = chinese ? "表 " : "Table "
    }

    mutating func figure(_ chart: any Chart, caption: String) -> String {
        figureCount += 1
        let id = "fig-\(figureCount)"
        let svg = chart.svg(idPrefix: id)
        return """
        <figure id="\(id)" class="figure">
        <div class="figure-graphic">\(svg)</div>
        <figcaption><a class="figure-number" href="#\(id)">\(figure)\(figureCount).</a> \(HTML.escape(caption))</figcaption>
        </figure>
        """
    }

    mutating func stepper(_ stepper: CellStepper, caption: String) -> String {
        figureCount += 1
        let id = "fig-\(figureCount)"
        return """
        <figure id="\(id)" class="figure">
        \(stepper.html(idPrefix: id))
        <figcaption><a class="figure-number" href="#\(id)">\(figure)\(figureCount).</a> \(HTML.escape(caption))</figcaption>
        </figure>
        """
    }

    mutating func table(_ table: ResultTable, caption: String) -> String {
        tableCount += 1
        let id = "table-\(tableCount)"
        func cells(_ row: [String], tag: String) -> String {
            row.enumerated().map { index, cell in
                let alignment = index < table.alignments.count ? table.alignments[index] : .left
                let style = alignment == .left ? "" : " class=\"align-\(alignment.rawValue)\""
                return "<\(tag)\(style)>\(HTML.escape(cell))</\(tag)>"
            }.joined()
        }
        let rows = table.rows.map { "<tr>\(cells($0, tag: "td"))</tr>" }.joined(separator: "\n")
        return """
        <div class="table-scroll">
        <table id="\(id)" class="results">
        <caption><a class="table-number" href="#\(id)">\(self.table)\(tableCount).</a> \(HTML.escape(caption))</caption>
        <thead><tr>\(cells(table.header, tag: "th"))</tr></thead>
        <tbody>
        \(rows)
        </tbody>
        </table>
        </div>
        """
    }

    /// A failing directive: visible where the result would have been, so a reader of a draft
    /// page sees what is missing and why.
    static func error(_ diagnostic: Diagnostic) -> String {
        """
        <div class="directive-error" role="alert"><p><strong>\(HTML.escape(diagnostic.file)):\(diagnostic.line)</strong> \(HTML.escape(diagnostic.message))</p></div>
        """
    }
}
