import DirectiveTestSupport
@testable import Directives
import Engine
import Foundation
@testable import SiteBuilder
import Testing

@Suite("{live}")
struct LiveCellTests: DirectiveSuite {
    typealias Kind = LiveDirective

    /// The weights a page carries, read back from its HTML as the script reads them.
    struct PageData: Decodable {
        struct Weights: Decodable {
            var cell: String
            var units: Int
            var W: [[Double]]
            var U: [[Double]]
            var b: [[Double]]
        }
        var weights: Weights
        var input: [Double]
        var forgetBiases: [Double]
    }

    static func liveData(in page: String) throws -> [PageData] {
        let open = "<script type=\"application/json\" class=\"live-data\">"
        return try page.components(separatedBy: open).dropFirst().map { chunk in
            let json = try #require(chunk.components(separatedBy: "</script>").first)
            return try JSONDecoder().decode(PageData.self, from: Data(json.utf8))
        }
    }

    static func expectSameWeights(_ data: PageData, _ layer: RecurrentLayer) {
        // Bit for bit: the script must run the very numbers the engine holds.
        #expect(data.weights.units == layer.units)
        #expect(data.weights.W == layer.kernel.nested)
        #expect(data.weights.U == layer.recurrentKernel.nested)
        #expect(data.weights.b == layer.bias.nested)
    }

    @Test func everyLiveCellCarriesTheWeightsTheEngineUses() throws {
        var rng = SeededGenerator(seed: 41)
        let trained = try Model(recurrentLayers: [RecurrentLayer.initialised(kind: .gru(resetAfter: true), units: 1, inputDim: 1, using: &rng)],
                                dense: DenseLayer.initialised(units: 1, inputDim: 1, activation: .sigmoid, using: &rng))
        let body = """
            ```{live}
            input: [1, 0.5, -1, 0]
            seed: 7
            forget_bias: [5, -3]
            ```

            ```{live}
            input: [0.25, 2]
            cell: gru_reset_before
            units: 3
            show: [gates, table]
            ```

            ```{live}
            input: [1, 0, 0]
            cell: rnn
            units: 2
            show: table
            ```

            ```{live}
            input: [1, 0, 0]
            model: data/gru.json
            ```

            """
        let site = try TemporaryLessons(["01-live.md": lesson(title: "Live", order: 1, body: body), "data/gru.json": try trained.jsonString()])
        let build = try site.build()
        #expect(build.problems.isEmpty)
        let cells = try Self.liveData(in: site.page("01-live.html"))
        try #require(cells.count == 4)
        func seeded(_ kind: CellKind, units: Int, seed: UInt64) -> RecurrentLayer {
            var rng = SeededGenerator(seed: seed)
            return RecurrentLayer.initialised(kind: kind, units: units, inputDim: 1, using: &rng)
        }
        Self.expectSameWeights(cells[0], seeded(.lstm, units: 1, seed: 7))
        Self.expectSameWeights(cells[1], seeded(.gru(resetAfter: false), units: 3, seed: 1))
        Self.expectSameWeights(cells[2], seeded(.simpleRNN, units: 2, seed: 1))
        Self.expectSameWeights(cells[3], trained.recurrentLayers[0])
        #expect(cells.map(\.weights.cell) == ["lstm", "gru_reset_before", "rnn", "gru"])
        #expect(cells[0].input == [1, 0.5, -1, 0])
        #expect(cells[0].forgetBiases == [5, -3])
    }

    @Test func onlyPagesWithALiveCellLoadTheSharedScriptOnceAndItIsSmall() throws {
        let live = "```{live}\ninput: [1, 0]\n```\n\n```{live}\ninput: [0, 1]\ncell: gru\n```\n"
        let plain = "```{gates}\ninput: [1, 0]\nunits: 1\n```\n"
        let site = try TemporaryLessons(["01-live.md": lesson(title: "Live", order: 1, body: live),
                                         "02-plain.md": lesson(title: "Plain", order: 2, body: plain)])
        #expect(try site.build().problems.isEmpty)
        // One shared file, loaded once by the page that needs it and by no other.
        let loads = "<script src=\"live-cell.js\" defer></script>"
        #expect(site.page("01-live.html").components(separatedBy: loads).count == 2)
        #expect(!site.page("01-live.html").contains("window.lstmbookLive"))
        #expect(!site.page("02-plain.html").contains("live-cell.js"))
        #expect(!site.page("02-plain.html").contains("live-data"))
        #expect(site.page("live-cell.js") == LiveScript.javascript)
        #expect(LiveScript.javascript.utf8.count <= 15_000)
        #expect(!LiveScript.javascript.contains("</script"))
    }

    @Test func withoutJavaScriptTheAuthorsSequenceIsShownAsGatesShowsIt() throws {
        let output = try run("input: [1, 0.5, -1, 0]\nseed: 3")
        let gates = try GatesRun().run("input: [1, 0.5, -1, 0]\nseed: 3\nunits: 1").trace
        #expect(output.trace == gates)
        let html = LiveDirective.present(output, options: try options("input: [1, 0.5, -1, 0]\nseed: 3")).blocks
        guard case .live(let cell, _)? = html.first else {
            Issue.record("{live} presents a live block")
            return
        }
        let page = cell.html(idPrefix: "fig-1")
        let c4 = NumberText.fixed(try #require(output.trace.steps[3].c?[0]), decimals: 3)
        #expect(page.contains("<td>\(c4)</td>"))
        #expect(page.contains("class=\"svgplot cell-diagram cell-lstm\""))
        #expect(page.contains("class=\"svgplot heatmap\""))
    }

    @Test func optionsThatCannotWorkAreRefused() throws {
        #expect(try failure("input: [1, 0]\ncell: gru\nforget_bias: [5]")?.option == "forget_bias")
        #expect(try failure("input: [1, 0]\nunits: 2")?.option == "show")
        #expect(try failure("input: [1, 0]\ncell: rnn")?.option == "show")
        #expect(try failure("input: [1, 0]\nstep: 3")?.option == "step")
        #expect(try failure("input: [1, 0]\nslider: 3")?.option == "slider")
        #expect(try failure("input: [1, 0]\nunits: 2\nshow: [gates, table]") == nil)
        #expect(problems("input: [1, 0]\nforget_bias: [50]").count == 1)
    }
}

extension LiveCellTests {
    struct ReviewPageData: Decodable {
        var weights: PageData.Weights
        var dense: [Double]
        var denseBias: Double
        var vocabulary: [String]
        var length: Int
        var review: String
    }

    @Test func theReviewReaderCarriesTheLSTMThatReviewTrainsAndItsPageWeightsReproduceIt() throws {
        let small = "units: 3\nepochs: 2\ntrain_size: 40\ntest_size: 20\nbatch_size: 8"
        let review = try ReviewRun().run(small + "\nseeds: 5").runs[0]
        let yaml = small + "\nseed: 5"
        let live = try LiveReviewRun().run(yaml)
        #expect(live.trace == review.lstm.trace)
        #expect(live.running == review.lstm.running[0])
        #expect(live.memoryUnit + 1 == review.memory.unit)  // the page counts from 0, the lesson from 1

        guard case .live(let view, _)? = LiveReviewDirective.present(live, options: try LiveReviewRun().options(yaml)).blocks.first else {
            Issue.record("{live-review} presents a live block")
            return
        }
        let page = view.html(idPrefix: "fig-2")
        let json = try #require(page.components(separatedBy: "class=\"live-data\">").dropFirst().first?.components(separatedBy: "</script>").first)
        let data = try JSONDecoder().decode(ReviewPageData.self, from: Data(json.utf8))
        // The engine, run on the weights the page carries, reads the review as {review}'s LSTM did.
        let layer = try RecurrentLayer(kind: .lstm, units: data.weights.units, inputDim: data.vocabulary.count, kernel: Matrix(data.weights.W),
                                       recurrentKernel: Matrix(data.weights.U), bias: Matrix(data.weights.b))
        let dense = try DenseLayer(units: 1, inputDim: data.weights.units, kernel: Matrix(data.dense.map { [$0] }), bias: [data.denseBias],
                                   activation: .sigmoid)
        let model = try Model(recurrentLayers: [layer], dense: dense)
        let encoding = ReviewEncoding(vocabulary: Vocabulary(data.vocabulary), length: data.length)
        let words = ReviewTokenizer.tokens(data.review)
        let steps = try model.trace(encoding.steps(words)).trace.steps.suffix(words.count)
        #expect(steps.map(\.h) == review.lstm.trace.steps.map(\.h))
        #expect(steps.map { $0.c ?? [] } == review.lstm.trace.steps.map { $0.c ?? [] })
        #expect(data.vocabulary == ReviewLexicon.english.vocabulary.words)
    }
}

struct ReviewRun: DirectiveSuite {
    typealias Kind = ReviewDirective
}

struct LiveReviewRun: DirectiveSuite {
    typealias Kind = LiveReviewDirective
}

/// `{gates}` run on the same options, for comparison.
struct GatesRun: DirectiveSuite {
    typealias Kind = GatesDirective
}
