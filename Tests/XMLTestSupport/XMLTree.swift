import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element, built with Foundation's XMLParser so tests check well-formedness with
/// a real parser and can then inspect the tree. Shared by the tests of every module that writes
/// XML: charts, the cell diagram, MathML.
public final class ParsedElement {
    public let name: String
    public let attributes: [String: String]
    public internal(set) var children: [ParsedElement] = []
    /// Text directly inside this element.
    public internal(set) var text = ""
    /// Text inside this element and its descendants, in document order.
    public internal(set) var allText = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// This element and every descendant, in document order.
    public var all: [ParsedElement] { [self] + children.flatMap(\.all) }

    public func all(_ name: String) -> [ParsedElement] { all.filter { $0.name == name } }

    public var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

    public func hasClass(_ c: String) -> Bool { classes.contains(c) }

    /// Descendants (and self) carrying class `c`.
    public func withClass(_ c: String) -> [ParsedElement] { all.filter { $0.hasClass(c) } }

    public func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }
}

public struct XMLError: Error, CustomStringConvertible {
    public let description: String
}

/// Parses `xml`, throwing when it is not well-formed.
public func parseXML(_ xml: String) throws -> ParsedElement {
    let builder = TreeBuilder()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
        throw XMLError(description: "not well-formed: \(parser.parserError.map { "\($0)" } ?? "no root") in \(xml.prefix(300))")
    }
    return root
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: ParsedElement?
    var stack: [ParsedElement] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let element = ParsedElement(name: name, attributes: attributes)
        stack.last?.children.append(element)
        if root == nil { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
        for element in stack { element.allText += string }
    }
}
