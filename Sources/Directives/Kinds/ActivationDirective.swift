import Engine
import Foundation
import SVGPlot

/// `{activation}`: what tanh and sigmoid do to values, measured with the engine's own functions.
///
/// Three views, chosen with `show`: the curves (with ReLU for contrast) and a table of how they
/// squash sample inputs; a value pushed through x → w·x again and again, with and without tanh,
/// which explodes without it and stays bounded with it; and sigmoid acting as a gate, scaling a
/// signal between 0 (block) and 1 (pass).
struct ActivationDirective: Directive {
    static let name = "activation"
    static let summary = "Curves of tanh, sigmoid and ReLU; a value pushed through x → w·x repeatedly, with and without tanh; sigmoid as a gate."
    static let results = [
        NamedResult("tanh_of_2", "tanh(2)"), NamedResult("tanh_of_0", "tanh(0)"), NamedResult("sigmoid_of_0", "σ(0)"),
        NamedResult("linear_final", "x after `steps` applications of x → w·x"),
        NamedResult("tanh_final", "x after `steps` applications of x → tanh(w·x)"),
        NamedResult("tanh_max", "the largest |x| on the way with tanh"),
        NamedResult("steps", "the option `steps`", unit: "applications"), NamedResult("weight", "the option `weight`"),
        NamedResult("signal", "the option `signal`"),
        NamedResult("gate_closed_input", "the most negative gate input in the gate table"),
        NamedResult("gate_open_input", "the most positive gate input in the gate table"),
        NamedResult("gate_closed", "σ of the most negative gate input"), NamedResult("gate_open", "σ of the most positive gate input"),
        NamedResult("passed_closed", "the signal times the closed gate"), NamedResult("passed_open", "the signal times the open gate"),
    ]

    struct Options: DirectiveOptions {
        enum View: String, OptionChoice { case curves, `repeat`, gate }

        var show: [View] = [.curves, .repeat, .gate]
        var from = -6.0
        var to = 6.0
        var weight = 3.0
        var start = 1.0
        var steps = 10
        var signal = 2.0
        var captions: [String]?

        static let declarations: [DeclaredOption<Self>] = [
            .init("show", \.show, View.some, .presentation, doc: "Which views to draw, in order."),
            .init("from", \.from, .number(-50...0), .run, doc: "Left end of the curves' x range."),
            .init("to", \.to, .number(0...50), .run, doc: "Right end of the curves' x range."),
            .init("weight", \.weight, .number(-10...10), .run, doc: "The w in x → w·x for the repeated transformation."),
            .init("start", \.start, .number(-10...10), .run, doc: "The value the repeated transformation starts from."),
            .init("steps", \.steps, .integer(1...60), .run, doc: "How many times the transformation is applied."),
            .init("signal", \.signal, .number(-100...100), .run, doc: "The value the sigmoid gate lets through, or not."),
            .init("captions", \.captions, .texts(maxCount: 3, maxLength: 600), .presentation,
                  doc: "Captions for the figures and table, in order, replacing the default ones."),
        ]

        func validate(_ written: WrittenOptions<Self>) throws(DirectiveFailure) {
            guard from < to else { throw DirectiveFailure("'from' (\(from)) must be less than 'to' (\(to))", option: \Self.from) }
        }
    }
}
