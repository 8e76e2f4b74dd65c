import SVGPlot

/// What a directive shows: blocks in place of the directive, and named values the prose can
/// quote as `{{id.name}}`.
public struct DirectiveResult: Sendable {
    public var blocks: [ResultBlock]
    public var values: [NamedValue]
    /// Trained models the blocks show, for download.
    public var models: [ModelFile]

    public init(blocks: [ResultBlock] = [], values: [NamedValue] = [], models: [ModelFile] = []) {
        self.blocks = blocks
        self.values = values
        self.models = models
    }
}

public enum ResultBlock: Sendable {
    /// A chart or diagram, with a caption that says what to see. Its accessible description (alt
    /// text) is the chart's own `<desc>`.
    case figure(any Chart, caption: String)
    case table(ResultTable)
    /// Several charts a reader steps through (e.g. one cell diagram per time step), with one
    /// caption: rendered by the stepper into a figure of its own.
    case stepper(CellStepper, caption: String)
    /// A cell the reader can play with (`{live}`): a figure of its own, and the page carries the
    /// script that runs it.
    case live(any LiveView, caption: String)
}

/// A small table of results. Cells are plain text; the page escapes them.
public struct ResultTable: Sendable, Equatable {
    public enum Alignment: String, Sendable { case left, right, center }

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
