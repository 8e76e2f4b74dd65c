@testable import Directives
import Foundation
@testable import SiteBuilder
import Testing

@Suite("Citations and the bibliography")
struct CitationTests {
    let bibliography = try! Bibliography.parse(Data(sampleBibliography.utf8), displayPath: "lessons/references.json")

    @Test func citationsAreAuthorYearLinksAndTheReferencesAreListedInOrder() throws {
        let finished = try renderBody("The LSTM {{cite:hochreiter1997}}; the GRU of {{citet:cho2014}}; both {{cite:cho2014, hochreiter1997}}.\n",
                                      bibliography: bibliography)
        #expect(finished.problems.isEmpty)
        #expect(finished.html.contains("The LSTM (<a class=\"citation\" href=\"#ref-hochreiter1997\">Hochreiter &amp; Schmidhuber, 1997</a>); "
            + "the GRU of <a class=\"citation\" href=\"#ref-cho2014\">Cho et al. (2014)</a>; "
            + "both (<a class=\"citation\" href=\"#ref-cho2014\">Cho et al., 2014</a>; <a class=\"citation\" "
                + "href=\"#ref-hochreiter1997\">Hochreiter &amp; Schmidhuber, 1997</a>)."))
        let list = try #require(finished.html.range(of: "<section class=\"references\""))
        let hochreiter = try #require(finished.html.range(of: "<li id=\"ref-hochreiter1997\">"))
        let cho = try #require(finished.html.range(of: "<li id=\"ref-cho2014\">"))
        #expect(list.lowerBound < hochreiter.lowerBound && hochreiter.lowerBound < cho.lowerBound)
        #expect(finished.html.contains("Sepp Hochreiter &amp; Jürgen Schmidhuber (1997). Long Short-Term Memory. <cite>Neural Computation</cite> "
            + "9(8), 1735–1780. "
            + "<a href=\"https://doi.org/10.1162/neco.1997.9.8.1735\">doi:10.1162/neco.1997.9.8.1735</a>"))
        #expect(finished.headings.last == PageMarkers.Heading(level: 2, id: "references", text: "References"))
    }

    @Test func noCitationNoReferenceList() throws {
        #expect(!(try renderBody("Nothing cited.\n", bibliography: bibliography).html.contains("references")))
    }

    @Test func anUnknownKeyIsAnErrorAtItsLine() throws {
        let problems = try renderBody("One.\n\nAs {{cite:hochreiter1979}} said.\n", bibliography: bibliography).problems.map(\.description)
        #expect(problems == ["lessons/t.md:6: citation {{cite:hochreiter1979}}: unknown key 'hochreiter1979' (did you mean 'hochreiter1997'?); "
            + "keys in lessons/references.json: cho2014, hochreiter1997"])
        let without = try renderBody("{{cite:x}}\n").problems.map(\.description)
        #expect(without
            == ["lessons/t.md:4: citation {{cite:x}}: there is no bibliography; write one as CSL-JSON in references.json in the lessons folder"])
    }

    @Test func aBadBibliographyNamesItsLine() {
        #expect(throws: Diagnostics.self) { try Bibliography.parse(Data("[\n{\"id\": \"a\"},\n{\"id\": \"a\"}\n]".utf8), displayPath: "b.json") }
        do {
            _ = try Bibliography.parse(Data("[\n{\"id\": \"a\"},\n{\"id\": \"a\"}\n]".utf8), displayPath: "b.json")
        } catch {
            #expect(error.all.map(\.description) == ["b.json:2: citation key 'a' is used twice"])
        }
        do {
            _ = try Bibliography.parse(Data("[\n{\"id\": \"a\"},\n{\"id\" \"b\"}\n]".utf8), displayPath: "b.json")
        } catch {
            #expect(error.all.first?.description.hasPrefix("b.json:3: not a CSL-JSON list of works") == true, "\(error.all)")
        }
    }

    @Test func theLessonsBibliographyReadsAndEverySourceIsCited() throws {
        let bibliography = try #require(try Bibliography.load(directory: repositoryLessons, displayPath: "lessons"))
        #expect(Set(bibliography.entries.keys) == ["hochreiter1997", "gers2000", "le2015", "cho2014", "phi2018", "boxjenkins1976"])
        let lessons = try FileManager.default.contentsOfDirectory(atPath: repositoryLessons.path).filter { $0.hasSuffix(".md") }
            .map { try String(contentsOf: repositoryLessons.appendingPathComponent($0), encoding: .utf8) }.joined()
        for key in bibliography.entries.keys {
            #expect(lessons.contains(":\(key)}}") || lessons.contains(",\(key)}}") || lessons.contains(", \(key)}}"), "\(key) is never cited")
        }
    }
}
