/// Escaping for text that reaches HTML from lessons, data or options.
import Foundation
import SVGPlot

package enum HTML {
    /// Escapes text for element content and double-quoted attribute values alike: the same
    /// escaping the charts use, so one function decides what text is safe.
    package static func escape(_ text: String) -> String { XMLEscape.escape(text) }

    /// A link to a file of the site by its name: percent-encoded (a lesson may be called
    /// `what is σ?.md`), then escaped for the attribute.
    package static func href(_ fileName: String) -> String {
        escape(fileName.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#;:"))) ?? fileName)
    }
}
