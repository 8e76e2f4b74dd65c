/// A complete, accessible `<svg>` element: the frame every chart (and diagram) is drawn in.
///
/// It always carries `role="img"`, a `<title>` and a `<desc>` that `aria-labelledby` points at,
/// and a `viewBox` without width or height, so the page's CSS sizes it
/// (`width: 100%; height: auto`). Ids are prefixed with `idPrefix` so several figures can share
/// one page.
public struct SVGDocument: Sendable {
    /// viewBox width and height, in SVG user units.
    public var width: Double
    public var height: Double
    /// The accessible name (`<title>`).
    public var title: String
    /// The accessible description (`<desc>`).
    public var description: String
    /// Prefix of every id in the document; sanitised to a valid XML id.
    public var idPrefix: String
    /// Extra classes on the root element, after `svgplot`.
    public var classes: [String]
    /// The drawing, in paint order.
    public var children: [SVGElement]

    /// Font size, in user units, that charts lay out their text for. 13 units in a 440-unit-wide
    /// viewBox is 10 CSS px on a 340 px wide phone figure and 20 px at desktop width 680 px.
    public static let fontSize = 13.0

    public init(
        width: Double, height: Double, title: String, description: String, idPrefix: String,
        classes: [String] = [], children: [SVGElement] = []
    ) {
        self.width = width
        self.height = height
        self.title = title
        self.description = description
        self.idPrefix = idPrefix
        self.classes = classes
        self.children = children
    }

    /// A document-unique id: the sanitised prefix, a dash and `suffix`.
    public func id(_ suffix: String) -> String {
        XMLEscape.identifier(idPrefix) + "-" + suffix
    }

    /// The root element, for callers that want to embed or inspect the tree.
    public var element: SVGElement {
        var root = SVGElement("svg", [
            "xmlns": "http://www.w3.org/2000/svg",
            "viewBox": SVGValue("0 0 " + NumberFormat.coordinate(width) + " " + NumberFormat.coordinate(height)),
            "class": SVGValue((["svgplot"] + classes).joined(separator: " ")),
            "role": "img",
            "aria-labelledby": SVGValue(id("title") + " " + id("desc")),
            "font-size": .number(SVGDocument.fontSize),
        ])
        root.append(SVGElement("title", ["id": SVGValue(id("title"))], text: title))
        root.append(SVGElement("desc", ["id": SVGValue(id("desc"))], text: description))
        root.append(contentsOf: children)
        return root
    }

    /// The document as one `<svg>` element, ready to be inlined in HTML.
    public func render() -> String {
        element.render()
    }
}
