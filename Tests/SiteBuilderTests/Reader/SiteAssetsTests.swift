import Foundation
import Testing
@testable import Directives
@testable import Preview
@testable import SiteBuilder

@Suite("What every page loads: the stylesheet, the site's script, the live cells' script")
struct SiteAssetsTests {
    /// While the first build runs, the preview's waiting page is styled and scripted exactly as
    /// the built pages will be: the same bytes under the same names.
    @Test func theWaitingPageServesWhatABuildWrites() throws {
        let site = try TemporaryLessons(["01-a.md": lesson(title: "A", order: 1, body: "Text.\n")])
        let build = try site.build()
        for name in ["style.css", "site.js", SiteAssets.liveScriptName] {
            let written = try #require(build.files.first { $0.name == name }, "\(name)")
            let served = PreviewSite.building.file(named: name)
            #expect(served.status == 200 && served.data == written.data, "\(name)")
        }
        let css = String(decoding: PreviewSite.building.file(named: "style.css").data, as: UTF8.self)
        #expect(css.contains(ReaderStylesheet.css) && css.contains(Stylesheet.css))
        let js = String(decoding: PreviewSite.building.file(named: "site.js").data, as: UTF8.self)
        #expect(js.contains(SearchScript.javascript) && js.contains(ChartScript.javascript))
    }

    /// A Chinese page says everything in Chinese, and marks what stays English (the title of an
    /// English neighbour) as English, so a screen reader reads each in its own voice.
    @Test func aChinesePageMarksItsEnglishNeighbourAndNamesItsThemeSwitchInChinese() throws {
        let site = try TemporaryLessons(["01-a.md": lesson(title: "Reading a review", order: 1, body: "Text.\n"),
                                         "02-zh.md": "---\ntitle: 中文\norder: 2\nlang: zh\n---\n正文。\n"])
        #expect(try site.build().problems.isEmpty)
        let zh = site.page("02-zh.html")
        #expect(zh.contains("<span class=\"pager-label\">上一课</span> <span lang=\"en\">Reading a review</span>"))
        #expect(zh.contains("<button class=\"theme-switch\" type=\"button\" hidden>主题</button>"))
        let en = site.page("01-a.html")
        #expect(en.contains("<span class=\"pager-label\">Next</span> <span lang=\"zh\">中文</span>"))
        #expect(site.page("index.html").contains("<span lang=\"zh\">中文</span>"))
    }
}
