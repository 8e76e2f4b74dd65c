import Engine
import Foundation
import Testing
@testable import Directives
@testable import SiteBuilder

@Suite("Downloads: each trained model a figure shows, as lstmbook-model/1 JSON")
struct ModelDownloadTests {
    /// The model links of a page, in order.
    static func modelLinks(_ page: String) -> [String] {
        page.matches(of: #/href="([^"#]+\.json)" download type="application\/json"/#).map { String($0.output.1) }
    }

    /// The CSV of a figure as columns by header.
    static func columns(_ csv: String) -> [String: [Double?]] {
        let rows = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        var columns: [String: [Double?]] = [:]
        for (index, name) in rows[0].enumerated() { columns[name] = rows.dropFirst().map { Double($0[index]) } }
        return columns
    }

    @Test func aForecastOffersTheModelItDrawsAndTheModelGivesTheFiguresPredictions() throws {
        let body = "```{forecast}\nid: f\ndata: data/air.csv\nlook_back: [1, 3]\nseeds: [4, 5]\nepochs: 2\nshow: [predictions, loss]\n```\n"
        let site = try TemporaryLessons(["01-f.md": lesson(title: "F", order: 1, body: body), "data/air.csv": TemporaryLessons.airline])
        let build = try site.build()
        #expect(build.problems.isEmpty)
        // One model per predictions figure (the first seed's run, which it draws); none for the losses.
        let links = Self.modelLinks(site.page("01-f.html"))
        #expect(links == ["01-f.fig-f.lstm.json", "01-f.fig-f-2.lstm.json"])
        #expect(links.allSatisfy { name in build.files.contains { $0.name == name } })
        #expect(OutputManifest.read(in: site.output)?.contains("01-f.fig-f.lstm.json") == true)

        // Loaded into the engine, each model predicts the figure's test months to the last bit.
        let series = try CSV.readColumn(text: TemporaryLessons.airline, column: nil, source: "air.csv").values
        let scaler = try MinMaxScaler.fit(series)
        let (train, test) = try trainTestSplit(scaler.transform(series), trainFraction: 0.7)
        for (link, lookBack) in zip(links, [1, 3]) {
            let model = try Model(json: Data(site.page(link).utf8))
            #expect(model.recurrentLayers[0].inputDim == lookBack)
            let windows = try Windows(series: test, lookBack: lookBack, startIndex: train.count)
            let predicted = scaler.inverse(try model.predict(windows.inputs).map { $0[0] })
            let drawn = Self.columns(site.page(link.replacingOccurrences(of: ".lstm.json", with: ".csv")))["test predictions"]!.compactMap { $0 }
            #expect(!drawn.isEmpty && predicted == drawn)
        }
    }

    @Test func aTrainedWalkThroughOffersItsCellAndTheCellGivesTheHeatmapsGates() throws {
        let body = "```{gates}\nid: g\ninput: [1, 0.5, -1, 0.3]\nmarks: [1, 0, 1, 0]\ntrain: marked\nunits: 1\nshow: [table, gates]\n```\n"
            + "\n```{gates}\nid: plain\ninput: [1, 0]\nunits: 1\nshow: gates\n```\n"
        let site = try TemporaryLessons(["01-g.md": lesson(title: "G", order: 1, body: body)])
        #expect(try site.build().problems.isEmpty)
        let page = site.page("01-g.html")
        // Linked from the heatmap (not from the table), and only for the trained cell.
        #expect(Self.modelLinks(page) == ["01-g.fig-g.lstm.json"])
        let model = try Model(json: Data(site.page("01-g.fig-g.lstm.json").utf8))
        let trace = try model.recurrentLayers[0].trace([[1, 1], [0.5, 0], [-1, 1], [0.3, 0]])
        // The heatmap's CSV: one row per gate, one column per step.
        let rows = site.page("01-g.fig-g.csv").split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        let drawn = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0.dropFirst().map { Double($0) }) })
        for gate in ["i", "f", "o"] {
            let values = trace.steps.map { Optional($0.gate(gate)!.activation[0]) }
            #expect(drawn[gate] == values, "\(gate): \(drawn.keys.sorted())")
        }
    }

    @Test func aModelLinkedFromSeveralFiguresIsWrittenOnceUnderTheFirst() throws {
        let body = "```{cell}\nid: c\ninput: [1, 0.5, -1]\nmarks: [1, 0, 0]\ntrain: marked\nshow: [diagram, stepper]\n```\n"
        let site = try TemporaryLessons(["01-c.md": lesson(title: "C", order: 1, body: body)])
        let build = try site.build()
        #expect(build.problems.isEmpty)
        #expect(Self.modelLinks(site.page("01-c.html")) == ["01-c.fig-c.lstm.json", "01-c.fig-c.lstm.json"])
        #expect(build.files.filter { $0.name.hasSuffix(".json") && $0.name.hasPrefix("01-c.") }.map(\.name) == ["01-c.fig-c.lstm.json"])
    }
}
