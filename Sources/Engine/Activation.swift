import Foundation

/// The Dense layer's output activation.
///
/// Only the three the lessons need: linear for regression (the airline forecast), sigmoid for a
/// yes/no answer, softmax for a choice among classes. The cross-entropy losses are computed from
/// the logits when paired with their activation, as Keras does.
public enum Activation: String, Sendable, Hashable, CaseIterable {
    case linear
    case sigmoid
    case softmax
}

/// The exact logistic function 1/(1+e^−x), as Keras's LSTM and GRU use (not the hard sigmoid).
/// Public so lessons plot the very function the gates compute.
public func sigmoid(_ x: Double) -> Double {
    Elementary.sigmoid(x)
}
