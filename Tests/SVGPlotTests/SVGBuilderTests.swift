import Testing
@testable import SVGPlot
import XMLTestSupport

@Suite struct SVGBuilderTests {
    @Test func rendersAttributesInOrderAndChildrenOnTheirOwnLines() {
        let g = SVGElement.group(class: "a", [
            .rect(x: 1, y: 2.5, width: 3, height: 1.0 / 3, class: "r"),
            .text("x < y", x: 0, y: 10, anchor: .middle),
        ])
        #expect(g.render() == """
            <g class="a">
            <rect x="1" y="2.5" width="3" height="0.33" class="r"/>
            <text x="0" y="10" text-anchor="middle">x &lt; y</text>
            </g>
            """)
    }

    @Test func settingAnAttributeAgainReplacesItInPlace() {
        var e = SVGElement("line", ["x1": 0, "class": "a", "y1": 1.25])
        e.set("class", "b")
        #expect(e.attributes.map(\.name) == ["x1", "class", "y1"])
        #expect(e.render() == "<line x1=\"0\" class=\"b\" y1=\"1.25\"/>")
    }

    @Test func escapesAttributeValuesAndText() throws {
        let e = SVGElement("text", ["data-x": SVGValue("\"><script>")], text: "</text><script>alert(1)</script>")
        let parsed = try parseXML(e.render())
        #expect(parsed.attributes["data-x"] == "\"><script>")
        #expect(parsed.text == "</text><script>alert(1)</script>")
        #expect(parsed.children.isEmpty)
    }

    @Test func pathDataFormatsCoordinatesDeterministically() {
        var p = PathData()
        p.move(to: 0, 1.0 / 3)
        p.line(to: 10.005, -2)
        p.curve(to: 5, 5, control1: 1, 2, control2: 3, 4)
        p.close()
        #expect(p.text == "M0 0.33 L10.01 -2 C1 2 3 4 5 5 Z")
        #expect(SVGElement.path(p, class: "c").attributes.contains { $0.name == "fill" && $0.value.text == "none" })
    }

    @Test(arguments: ["script", "SCRIPT", "foreignObject", "svg:script", "a b", "1x", "", "x>"])
    func refusesUnsafeOrInvalidElementNames(_ name: String) {
        #expect(!SVGElement.isSafeElementName(name))
    }

    @Test(arguments: ["onload", "onClick", "x y", "a=\"b\"", ""])
    func refusesEventHandlersAndInvalidAttributeNames(_ name: String) {
        #expect(!SVGElement.isSafeAttributeName(name))
    }

    @Test func acceptsOrdinaryNames() {
        #expect(SVGElement.isSafeElementName("clipPath") && SVGElement.isSafeElementName("marker"))
        #expect(SVGElement.isSafeAttributeName("stroke-dasharray") && SVGElement.isSafeAttributeName("xml:lang"))
    }

    @Test func refusingANameStopsTheProgram() async {
        await #expect(processExitsWith: .failure) {
            _ = SVGElement("script")
        }
        await #expect(processExitsWith: .failure) {
            _ = SVGElement("rect", ["onclick": "alert(1)"])
        }
    }

    @Test func documentCarriesTheAccessibleFrame() throws {
        let doc = SVGDocument(width: 200, height: 100, title: "Cell", description: "An LSTM cell", idPrefix: "d1",
                              classes: ["diagram"], children: [.circle(cx: 10, cy: 10, r: 5, class: "node")])
        let root = try parseXML(doc.render())
        #expect(root.attributes["viewBox"] == "0 0 200 100")
        #expect(root.attributes["class"] == "svgplot diagram")
        #expect(root.attributes["aria-labelledby"] == "d1-title d1-desc")
        #expect(root.children.map(\.name) == ["title", "desc", "circle"])
        #expect(doc.id("arrow") == "d1-arrow")
    }
}
