/// A trained model a directive's figures show, offered for download as `lstmbook-model/1` JSON
/// (Keras's weight layout, so it loads into Keras too: see README, "Model files").
///
/// The file is written beside the page, named after the first figure that links it and the
/// model's `name` (`06-airline-passengers.fig-note.lstm.json`), so it keeps its name when other
/// figures come and go, as the figure's CSV does.
public struct ModelFile: Sendable, Equatable {
    /// Tells apart the models of one figure: `lstm`, `rnn`, `lb3-seed1`.
    public let name: String
    /// The model as `Model.jsonString()` wrote it when the directive ran.
    public let json: String
    /// The directive's blocks (indices into `DirectiveResult.blocks`) that show the model and link it.
    public let blocks: [Int]

    public init(name: String, json: String, blocks: [Int]) {
        self.name = name
        self.json = json
        self.blocks = blocks
    }
}
