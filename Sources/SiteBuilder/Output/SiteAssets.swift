import Directives
import Foundation

/// The files every build writes beside the pages whatever the lessons say: the stylesheet, the
/// site's script and the live cells' script. One list, so the preview's "building" placeholder
/// is styled and scripted exactly as the built pages are.
package enum SiteAssets {
    /// The live cells' script, loaded by the pages that have a live cell (and only those), so a
    /// browser fetches it once for all of them.
    package static let liveScriptName = "live-cell.js"

    package static var files: [Site.File] {
        [
            Site.File(name: "style.css", data: Data((Stylesheet.css + "\n" + ReaderStylesheet.css).utf8)),
            Site.File(name: "site.js",
                      data: Data([SiteScript.javascript, SearchScript.javascript, ChartScript.javascript].joined(separator: "\n").utf8)),
            Site.File(name: liveScriptName, data: Data(LiveScript.javascript.utf8)),
        ]
    }
}
