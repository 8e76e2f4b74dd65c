import Foundation
import SVGPlot

/// What a live block draws: HTML that is complete without the script, with its data for it.
public protocol LiveView: Sendable {
    func html(idPrefix: String) -> String
}

extension LiveCell: LiveView {}

/// The review reader as HTML: the verdict and the memory unit's gates, cell state and verdict per
/// word for the review as written (the page without JavaScript), and for the script the LSTM's
/// and the Dense layer's weights, the vocabulary and the review's text.
public struct LiveReview: LiveView {
    var output: LiveReviewDirective.Output
    var text: String

    struct Data: Encodable {
        var weights: LiveWeights
        var dense: [Double]
        var denseBias: Double
        var vocabulary: [String]
        var length: Int
        var review: String
        var memoryUnit: Int
        var words: [String: String]
    }

    public func html(idPrefix: String) -> String {
        let prefix = XMLEscape.identifier(idPrefix)
        let data = Data(weights: output.weights, dense: output.denseKernel, denseBias: output.denseBias, vocabulary: output.vocabulary,
                        length: output.length, review: text, memoryUnit: output.memoryUnit,
                        words: ["review": "The review", "reset": "Back to the lesson's review",
                                "unknown": "not in the vocabulary, read as <unk>"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // JSONEncoder escapes "/", so no text of the review can close the script element.
        let json = (try? encoder.encode(data)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        let u = output.memoryUnit
        let rows = zip(output.words, zip(output.trace.steps, output.running)).map { word, pair in
            let (step, p) = pair
            let gates = ["f", "i", "o"].map { name in NumberText.fixed(step.gates.first { $0.name == name }?.activation[u] ?? .nan, decimals: 3) }
            // c and the verdict first: they are what a reader on a phone should see without scrolling.
            let cells = [HTML.escape(word), NumberText.fixed(step.c?[u] ?? .nan, decimals: 3), NumberText.fixed(p, decimals: 3)] + gates
            return "<tr><th scope=\"row\">\(cells[0])</th>" + cells.dropFirst().map { "<td>\($0)</td>" }.joined() + "</tr>"
        }
        let header = ["word", "c", "P(positive)", "f", "i", "o"].map { "<th scope=\"col\">\($0)</th>" }.joined()
        return """
        <div class="live-cell live-review" id="\(prefix)-live">
        <script type="application/json" class="live-data">\(json)</script>
        <p class="live-verdict">P(positive) after the last word: <strong>\(NumberText.fixed(output.running.last ?? .nan, decimals: 3))</strong>; \
        the table follows unit \(u + 1) of \(output.weights.units), the one whose cell state moves most at the first word.</p>
        <div class="table-scroll live-table">
        <table class="results">
        <thead><tr>\(header)</tr></thead>
        <tbody>
        \(rows.joined(separator: "\n"))
        </tbody>
        </table>
        </div>
        </div>
        """
    }
}
