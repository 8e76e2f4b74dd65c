/// A small SVG element tree whose rendering escapes everything.
///
/// There is deliberately no way to insert raw markup: text nodes and attribute values are always
/// escaped, element and attribute names must be plain XML names, and the names that could run
/// script (`script`, `foreignObject`, `on…` event attributes) are refused. Charts are built from
/// it, and other modules can draw diagrams with it.

/// An attribute value: a string, or a number written with at most two decimals.
public struct SVGValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral
{
    /// The unescaped text of the value.
    public let text: String

    public init(_ text: String) { self.text = text }
    /// A number, formatted deterministically (at most two decimals, trailing zeros trimmed).
    public init(_ number: Double) { self.text = NumberFormat.coordinate(number) }
    public init(stringLiteral value: String) { self.init(value) }
    public init(integerLiteral value: Int) { self.init(String(value)) }
    public init(floatLiteral value: Double) { self.init(value) }

    /// A number, formatted deterministically; reads well in attribute lists: `"x": .number(x)`.
    public static func number(_ value: Double) -> SVGValue { SVGValue(value) }
}

/// One attribute of an element. Names are validated when they are added to an element.
public struct SVGAttribute: Sendable, Equatable {
    public let name: String
    public let value: SVGValue
}

/// A child of an element: another element or a run of text.
public enum SVGNode: Sendable, Equatable {
    case element(SVGElement)
    case text(String)
}

/// An SVG element with ordered attributes and children.
public struct SVGElement: Sendable, Equatable {
    public let name: String
    public private(set) var attributes: [SVGAttribute] = []
    public var children: [SVGNode]

    /// Creates an element. Attributes keep the order written, so output is deterministic.
    /// - Precondition: `name` and every attribute name are plain XML names and not scriptable.
    public init(_ name: String, _ attributes: KeyValuePairs<String, SVGValue> = [:], children: [SVGElement] = []) {
        precondition(SVGElement.isSafeElementName(name), "SVGElement: refused element name \(name)")
        self.name = name
        self.children = children.map(SVGNode.element)
        for (key, value) in attributes { set(key, value) }
    }

    /// Creates an element whose only child is `text` (escaped when rendered).
    public init(_ name: String, _ attributes: KeyValuePairs<String, SVGValue> = [:], text: String) {
        self.init(name, attributes)
        children = [.text(text)]
    }

    /// Sets an attribute, replacing an existing one of the same name in place.
    /// - Precondition: `name` is a plain XML name and not an `on…` event attribute.
    public mutating func set(_ name: String, _ value: SVGValue) {
        precondition(SVGElement.isSafeAttributeName(name), "SVGElement: refused attribute name \(name)")
        if let index = attributes.firstIndex(where: { $0.name == name }) {
            attributes[index] = SVGAttribute(name: name, value: value)
        } else {
            attributes.append(SVGAttribute(name: name, value: value))
        }
    }

    /// Returns a copy with the attribute set; convenient when building trees inline.
    public func with(_ name: String, _ value: SVGValue) -> SVGElement {
        var copy = self
        copy.set(name, value)
        return copy
    }

    /// Returns a copy with `child` appended; convenient when building trees inline.
    public func appending(_ child: SVGElement) -> SVGElement {
        var copy = self
        copy.append(child)
        return copy
    }

    /// Appends a child element.
    public mutating func append(_ child: SVGElement) { children.append(.element(child)) }

    /// Appends child elements.
    public mutating func append(contentsOf children: [SVGElement]) {
        self.children.append(contentsOf: children.map(SVGNode.element))
    }

    /// The element as XML. Elements whose children are all elements put each child on its own
    /// line (readable diffs, never a blank line); text content is never reflowed.
    public func render() -> String {
        var out = ""
        write(into: &out)
        return out
    }

    func write(into out: inout String) {
        out += "<" + name
        for attribute in attributes {
            out += " " + attribute.name + "=\"" + XMLEscape.escape(attribute.value.text) + "\""
        }
        if children.isEmpty {
            out += "/>"
            return
        }
        out += ">"
        let block = children.allSatisfy { if case .element = $0 { true } else { false } }
        for child in children {
            if block { out += "\n" }
            switch child {
            case .element(let element): element.write(into: &out)
            case .text(let text): out += XMLEscape.escape(text)
            }
        }
        if block { out += "\n" }
        out += "</" + name + ">"
    }

    // MARK: Name checks

    private static func isXMLName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isNameStart(first) else { return false }
        return name.unicodeScalars.allSatisfy { isNameStart($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
    }

    private static func isNameStart(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || s == "_" || s == ":"
    }

    static func isSafeElementName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return isXMLName(name) && lower != "script" && lower != "foreignobject" && !lower.hasSuffix(":script")
    }

    static func isSafeAttributeName(_ name: String) -> Bool {
        isXMLName(name) && !name.lowercased().hasPrefix("on")
    }
}

// MARK: - Shapes

extension SVGElement {
    /// `<g>` with an optional class.
    public static func group(class className: String? = nil, _ children: [SVGElement]) -> SVGElement {
        var g = SVGElement("g", children: children)
        if let className { g.set("class", SVGValue(className)) }
        return g
    }

    public static func rect(x: Double, y: Double, width: Double, height: Double, class className: String) -> SVGElement {
        SVGElement("rect", [
            "x": .number(x), "y": .number(y), "width": .number(max(0, width)), "height": .number(max(0, height)),
            "class": SVGValue(className),
        ])
    }

    public static func line(x1: Double, y1: Double, x2: Double, y2: Double, class className: String) -> SVGElement {
        SVGElement("line", [
            "x1": .number(x1), "y1": .number(y1), "x2": .number(x2), "y2": .number(y2), "class": SVGValue(className),
        ])
    }

    public static func circle(cx: Double, cy: Double, r: Double, class className: String) -> SVGElement {
        SVGElement("circle", ["cx": .number(cx), "cy": .number(cy), "r": .number(r), "class": SVGValue(className)])
    }

    /// A path with `fill="none"` unless `filled`, so an unstyled line never renders as a black
    /// blob.
    public static func path(_ data: PathData, class className: String, filled: Bool = false) -> SVGElement {
        var p = SVGElement("path", ["d": SVGValue(data.text), "class": SVGValue(className)])
        if !filled { p.set("fill", "none") }
        return p
    }

    /// Text anchored at (x, y) on its baseline.
    public static func text(
        _ content: String, x: Double, y: Double, anchor: TextAnchor = .start, class className: String? = nil
    ) -> SVGElement {
        var t = SVGElement("text", ["x": .number(x), "y": .number(y)], text: content)
        if anchor != .start { t.set("text-anchor", SVGValue(anchor.rawValue)) }
        if let className { t.set("class", SVGValue(className)) }
        return t
    }

    /// `<title>` child, shown by browsers as a tooltip on the parent element.
    public static func tooltip(_ content: String) -> SVGElement {
        SVGElement("title", text: content)
    }
}

/// SVG's `text-anchor`.
public enum TextAnchor: String, Sendable {
    case start, middle, end
}

/// Path data (`d`) built from commands, with coordinates formatted deterministically.
public struct PathData: Sendable, Equatable {
    public private(set) var text = ""

    public init() {}

    public var isEmpty: Bool { text.isEmpty }

    public mutating func move(to x: Double, _ y: Double) { append("M", [x, y]) }
    public mutating func line(to x: Double, _ y: Double) { append("L", [x, y]) }
    /// Cubic Bézier to (x, y) with control points (c1x, c1y) and (c2x, c2y).
    public mutating func curve(to x: Double, _ y: Double, control1 c1x: Double, _ c1y: Double, control2 c2x: Double, _ c2y: Double) {
        append("C", [c1x, c1y, c2x, c2y, x, y])
    }
    public mutating func close() { text += text.isEmpty ? "Z" : " Z" }

    private mutating func append(_ command: String, _ numbers: [Double]) {
        if !text.isEmpty { text += " " }
        text += command + numbers.map(NumberFormat.coordinate).joined(separator: " ")
    }
}
