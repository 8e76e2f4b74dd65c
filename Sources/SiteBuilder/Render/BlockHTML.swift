import Directives
import Foundation
import SVGPlot

/// The HTML for what a directive produced, put in the directive's place on the page.
///
/// Figures and tables are numbered per page, in reading order (`BlockNumbers`), and their
/// captions may quote results and cross-references like the prose. Each chart links its data as
/// CSV and itself as a standalone SVG, and each trained model it shows as JSON, files written
/// beside the page.
struct BlockHTML {
    let words: SiteWords
    /// The page's file name without `.html`; downloads are named after it.
    let page: String
    private(set) var downloads: [Site.File] = []
    /// Whether this page already loads the live cells' script (it is added once, with the first).
    var carriesLiveScript = false

    init(words: SiteWords, page: String) {
        self.words = words
        self.page = page
    }

    /// A download's file name: the page's name and the figure's anchor, so it stays put when
    /// a labelled figure moves.
    func downloadName(_ anchor: String, _ suffix: String) -> String { "\(page).\(anchor).\(suffix)" }

    /// The download links of the trained models block `block` of a directive shows: each model's
    /// file is written once, named after the first of its blocks, and linked from all of them.
    mutating func modelLinks(_ models: [ModelFile], block: Int, anchors: [BlockNumbers.Number]) -> [String] {
        models.filter { $0.blocks.contains(block) }.compactMap { model in
            guard let first = model.blocks.min(), first < anchors.count else { return nil }
            let name = downloadName(anchors[first].anchor, model.name + ".json")
            if first == block { downloads.append(Site.File(name: name, data: Data(model.json.utf8))) }
            let label = models.filter { $0.blocks.contains(block) }.count == 1 ? words.model : words.namedModel(model.name.uppercased())
            return "<a href=\"\(HTML.href(name))\" download type=\"application/json\">\(HTML.escape(label))</a>"
        }
    }

    private func downloadsSpan(_ links: [String]) -> String {
        links.isEmpty ? "" : " <span class=\"figure-downloads\">\(HTML.escape(words.downloads)): \(links.joined(separator: " · "))</span>"
    }

    mutating func figure(_ chart: any Chart, caption: String, number: BlockNumbers.Number, models: [String] = []) -> String {
        let svg = chart.svg(idPrefix: number.anchor)
        var links: [String] = []
        if let csv = ChartData.csv(chart) {
            let name = downloadName(number.anchor, "csv")
            downloads.append(Site.File(name: name, data: Data(csv.utf8)))
            links.append("<a href=\"\(HTML.href(name))\" download>CSV</a>")
            let svgName = downloadName(number.anchor, "svg")
            downloads.append(Site.File(name: svgName, data: Data(ChartData.standaloneSVG(chart, idPrefix: number.anchor).utf8)))
            links.append("<a href=\"\(HTML.href(svgName))\" download>SVG</a>")
        }
        let download = downloadsSpan(links + models)
        return """
        <figure id="\(number.anchor)" class="figure">
        <div class="figure-graphic">\(svg)</div>
        <figcaption><a class="figure-number" href="#\(number.anchor)">\(HTML.escape(words.figure(number.value))).</a> \
        \(caption)\(download)</figcaption>
        </figure>
        """
    }

    func stepper(_ stepper: CellStepper, caption: String, number: BlockNumbers.Number, models: [String] = []) -> String {
        """
        <figure id="\(number.anchor)" class="figure">
        \(stepper.html(idPrefix: number.anchor))
        <figcaption><a class="figure-number" href="#\(number.anchor)">\(HTML.escape(words.figure(number.value))).</a> \
        \(caption)\(downloadsSpan(models))</figcaption>
        </figure>
        """
    }

    mutating func live(_ cell: any LiveView, caption: String, number: BlockNumbers.Number, models: [String] = []) -> String {
        let script = carriesLiveScript ? "" : "\n<script src=\"\(SiteAssets.liveScriptName)\" defer></script>"
        carriesLiveScript = true
        return """
        <figure id="\(number.anchor)" class="figure live-figure">
        \(cell.html(idPrefix: number.anchor))
        <figcaption><a class="figure-number" href="#\(number.anchor)">\(HTML.escape(words.figure(number.value))).</a> \
        \(caption)\(downloadsSpan(models))</figcaption>
        </figure>\(script)
        """
    }

    func table(_ table: ResultTable, caption: String, number: BlockNumbers.Number) -> String {
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
        <table id="\(number.anchor)" class="results">
        <caption><a class="table-number" href="#\(number.anchor)">\(HTML.escape(words.table(number.value))).</a> \(caption)</caption>
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
        <div class="directive-error" role="alert"><p><strong>\(HTML.escape(diagnostic.file)):\(diagnostic.line)</strong> \
        \(HTML.escape(diagnostic.message))</p></div>
        """
    }
}

/// The numbers and anchors of a page's figures and tables, counted in reading order before any
/// is drawn, so a caption or paragraph can point at a figure further down.
struct BlockNumbers {
    struct Number: Equatable {
        let value: Int
        let anchor: String
    }

    /// Per directive (by invocation index), the number of each of its blocks, in order.
    private(set) var byInvocation: [Int: [Number]] = [:]
    /// Cross-reference targets of labelled directives: `fig:id`, `fig:id.2`, `tab:id`, ….
    private(set) var targets: [String: CrossReference.Target] = [:]

    init(results: [(index: Int, id: String?, blocks: [ResultBlock])], words: SiteWords) {
        var figures = 0, tables = 0
        for result in results {
            var ordinal = ["fig": 0, "tab": 0]
            var numbers: [Number] = []
            for block in result.blocks {
                let kind: String
                switch block {
                case .figure, .stepper, .live:
                    figures += 1
                    kind = "fig"
                case .table:
                    tables += 1
                    kind = "tab"
                }
                ordinal[kind]! += 1
                let value = kind == "fig" ? figures : tables
                let anchor = CrossReference.anchor(kind, directive: result.id, ordinal: ordinal[kind]!, number: value)
                numbers.append(Number(value: value, anchor: anchor))
                if let id = result.id {
                    let text = kind == "fig" ? words.figure(value) : words.table(value)
                    targets[CrossReference.label(kind, directive: id, ordinal: ordinal[kind]!)] = CrossReference.Target(text: text, anchor: anchor)
                }
            }
            byInvocation[result.index] = numbers
        }
    }
}
