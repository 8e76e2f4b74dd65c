/// Everything the engine refuses to do, each with one sentence a reader can act on.
///
/// Why an enum with a detail string: the cases let callers (and tests) tell the failures apart,
/// while the detail names exactly which layer, sample, line or epoch is at fault, because "shape
/// mismatch" alone does not tell anyone what to fix.
public enum EngineError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Weights, inputs or targets whose sizes do not fit together.
    case shapeMismatch(String)
    /// NaN or infinity where finite numbers are required.
    case nonFinite(String)
    /// A series with too few values for the requested windows and split.
    case seriesTooShort(String)
    /// Training whose loss (or weights) stopped being finite; epochs count from 1.
    case diverged(epoch: Int, loss: Double)
    /// A model JSON file that is not valid JSON or not a valid lstmbook model.
    case malformedModel(String)
    /// A data file (CSV) that cannot be read as the numbers asked for.
    case malformedData(String)
    /// A setting outside its meaningful range (zero epochs, a fraction above 1, ...).
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .shapeMismatch(let detail): return "Shape mismatch: \(detail)."
        case .nonFinite(let detail): return "Not a finite number: \(detail)."
        case .seriesTooShort(let detail): return "Series too short: \(detail)."
        case .diverged(let epoch, let loss):
            return "Training diverged at epoch \(epoch): the loss became \(loss); try a smaller learning rate or gradient clipping."
        case .malformedModel(let detail): return "Malformed model: \(detail)."
        case .malformedData(let detail): return "Malformed data: \(detail)."
        case .invalidArgument(let detail): return "Invalid argument: \(detail)."
        }
    }

    /// The message without its category, for wrapping inside another error's message.
    var detail: String {
        switch self {
        case .shapeMismatch(let detail), .nonFinite(let detail), .seriesTooShort(let detail),
             .malformedModel(let detail), .malformedData(let detail), .invalidArgument(let detail):
            return detail
        case .diverged(let epoch, let loss):
            return "training diverged at epoch \(epoch) (loss \(loss))"
        }
    }
}
