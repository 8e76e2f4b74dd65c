/// What a directive produces: blocks to show in place of the directive, and named values the
/// prose can quote as `{{id.name}}`. Codable, so it can be cached and compared between runs.
public struct DirectiveResult: Sendable, Codable, Equatable {
    public var blocks: [ResultBlock]
    public var values: [NamedValue]

    public init(blocks: [ResultBlock] = [], values: [NamedValue] = []) {
        self.blocks = blocks
        self.values = values
    }
}

public enum ResultBlock: Sendable, Codable, Equatable {
    case figure(Figure)
    case table(ResultTable)
}

/// A chart or diagram with the words a reader needs: a caption that says what to see and alt
/// text that says what is drawn.
public struct Figure: Sendable, Codable, Equatable {
    /// Inline SVG whose element ids start with `Figure.idToken`, replaced by the page's figure id
    /// when the page is put together (the same cached figure may sit at different positions).
    public var svg: String
    public var caption: String
    public var alt: String

    public init(svg: String, caption: String, alt: String) {
        self.svg = svg
        self.caption = caption
        self.alt = alt
    }

    /// A private-use character no author types: stands in for the figure id inside cached SVG.
    public static let idToken = "\u{E000}fig"
}

/// A small table of results. Cells are plain text; the page escapes them.
public struct ResultTable: Sendable, Codable, Equatable {
    public enum Alignment: String, Sendable, Codable { case left, right, center }

    public var caption: String
    public var header: [String]
    public var alignments: [Alignment]
    public var rows: [[String]]

    public init(caption: String, header: [String], alignments: [Alignment]? = nil, rows: [[String]]) {
        self.caption = caption
        self.header = header
        self.alignments = alignments ?? header.indices.map { $0 == 0 ? .left : .right }
        self.rows = rows
    }
}

/// A result the prose can quote. Numbers keep their full value (for drift checks) and the
/// precision they are shown with.
public struct NamedValue: Sendable, Codable, Equatable {
    public let name: String
    /// The exact number, when the value is one.
    public let number: Double?
    /// How the page shows it.
    public let display: String

    public init(_ name: String, _ number: Double, decimals: Int) {
        self.name = name
        self.number = number
        self.display = NumberText.fixed(number, decimals: decimals)
    }

    public init(_ name: String, integer: Int) {
        self.name = name
        self.number = Double(integer)
        self.display = String(integer)
    }

    public init(_ name: String, text: String) {
        self.name = name
        self.number = nil
        self.display = text
    }
}
