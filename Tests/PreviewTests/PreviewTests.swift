import Foundation
@testable import Preview
@testable import SiteBuilder
import Testing

@Suite("Live preview: requests, what is served, watching files")
struct PreviewTests {
    func head(_ text: String) -> [UInt8] { Array(text.utf8) }

    func request(_ line: String) throws(HTTPRequest.Failure) -> HTTPRequest {
        try HTTPRequest(head: head(line + "\r\nHost: 127.0.0.1\r\n\r\n"))
    }

    @Test func requestLinesAreReadForMethodAndDecodedPath() throws {
        #expect(try request("GET / HTTP/1.1") == HTTPRequest(method: "GET", path: "/"))
        #expect(try request("HEAD /a%20b.html?x=1#top HTTP/1.0").path == "/a b.html")
        #expect(try request("GET http://127.0.0.1:8123/style.css HTTP/1.1").path == "/style.css")
        #expect(try request("GET /%2e%2e/Package.swift HTTP/1.1").path == "/../Package.swift")
        for bad in ["GET /", "GET / HTTP/2", "GET relative HTTP/1.1", "GET /%zz HTTP/1.1", " / HTTP/1.1"] {
            #expect(throws: HTTPRequest.Failure.badRequest, "\(bad)") { try request(bad) }
        }
        #expect(HTTPRequest.headLength(in: head("GET / HTTP/1.1\r\nHost: x\r\n")) == nil)
    }

    @Test func onlyLoopbackHostNamesAreServed() throws {
        func host(_ headers: String) throws -> HTTPRequest {
            try HTTPRequest(head: head("GET / HTTP/1.1\r\n" + headers + "\r\n"))
        }
        #expect(try host("Host: 127.0.0.1:8000\r\n").host == "127.0.0.1")
        #expect(try host("Accept: */*\r\nhOsT:  LocalHost:8000 \r\n").host == "localhost")
        #expect(try host("Host: [::1]:8000\r\n").host == "[::1]")
        for name in ["Host: 127.0.0.1:8000", "Host: localhost", "Host: [::1]:8000", ""] {
            #expect(try host(name.isEmpty ? "" : name + "\r\n").isAddressedToLoopback, "\(name)")
        }
        for name in ["Host: evil.example:8000", "Host: 127.0.0.1.evil.example", "Host: localhost.evil.example"] {
            #expect(try !host(name + "\r\n").isAddressedToLoopback, "\(name)")
        }
        #expect(HTTPRequest.headLength(in: head("GET / HTTP/1.1\r\n\r\nextra")) == 18)
    }

    /// A lessons folder: a good lesson, one whose directive fails, and one that cannot be read.
    func lessons(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lstmbook-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    func build(_ folder: URL) -> Site.Build {
        Site(Site.Configuration(lessonsDirectory: folder, lessonsDisplayPath: "lessons", jobs: 1)).build()
    }

    func get(_ state: PreviewState, _ path: String) -> (status: Int, type: String, text: String) {
        let response = state.respond(to: HTTPRequest(method: "GET", path: path))
        return (response.status, response.contentType, String(decoding: response.body, as: UTF8.self))
    }

    static let good = "---\ntitle: Good\norder: 1\n---\nPlain prose that builds.\n"
    static let failing = "---\ntitle: Failing\norder: 2\n---\nBefore.\n\n```{activation}\nfrom: 0\nto: 0\n```\n"

    @Test func servesDraftsErrorPagesAndNothingElse() throws {
        let folder = try lessons(["a.md": Self.good, "b.md": Self.failing, "c.md": "---\ntitle: [unclosed\n---\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let state = PreviewState()
        #expect(state.publish(build(folder)))

        let a = get(state, "/a.html")
        #expect(a.status == 200 && a.type == "text/html; charset=utf-8")
        #expect(a.text.contains("Plain prose that builds."))
        #expect(a.text.contains("<script>") && a.text.contains("\"\(state.buildID)\"") && a.text.contains(ReloadScript.buildPath))
        // Every page lists every problem of the build, the other lessons' too.
        #expect(a.text.contains("2 problems") && a.text.contains("lessons/c.md:3: the front matter is not valid YAML"))

        let b = get(state, "/b.html")  // held back by build, shown here as the draft
        #expect(b.status == 200)
        #expect(b.text.contains("Before.") && b.text.contains("class=\"directive-error\"") && b.text.contains("must be less than"))

        let c = get(state, "/c.html")  // unreadable: no draft, a page that says why
        #expect(c.status == 200 && c.text.contains("lessons/c.md could not be read") && c.text.contains("href=\"a.html\""))
        let index = get(state, "/")  // not built while a lesson cannot be read
        #expect(index.status == 200 && index.text.contains("Lessons with problems") && index.text.contains("href=\"b.html\""))

        let css = get(state, "/style.css")
        #expect(css.status == 200 && css.type == "text/css; charset=utf-8" && !css.text.contains("<script>"))
        #expect(get(state, "/site.js").type == "text/javascript; charset=utf-8")
        #expect(get(state, "/results.json").type == "application/json; charset=utf-8")

        for path in ["/nothing.html", "/../a.md", "/lessons/a.md", "/a.md", "//etc/passwd", "/a.html/", "/__lstmbook/"] {
            let missing = get(state, path)
            #expect(missing.status == 404 && missing.type == "text/html; charset=utf-8", "\(path)")
            #expect(missing.text.contains("No page here") && missing.text.contains(ReloadScript.buildPath), "\(path)")
        }
    }

    @Test func buildIDChangesOnlyWhenWhatIsServedChanges() throws {
        let folder = try lessons(["a.md": Self.good])
        defer { try? FileManager.default.removeItem(at: folder) }
        let state = PreviewState()
        let waiting = state.buildID
        #expect(get(state, "/a.html").status == 503 && get(state, "/a.html").text.contains("Building the site"))
        #expect(get(state, "/style.css").status == 200)  // so the waiting page is styled

        #expect(state.publish(build(folder)))
        let first = state.buildID
        #expect(first != waiting && get(state, ReloadScript.buildPath).text == first)
        #expect(!state.publish(build(folder)))
        #expect(state.buildID == first)
        #expect(!get(state, "/").text.contains("problem"))

        try Self.good.replacingOccurrences(of: "Plain", with: "Edited").write(to: folder.appendingPathComponent("a.md"), atomically: true,
            encoding: .utf8)
        #expect(state.publish(build(folder)))
        #expect(state.buildID != first && get(state, "/a.html").text.contains("Edited prose"))

        let before = state.buildID
        state.showCompileFailure("Sources/Engine/LSTM.swift:3:1: error: <oops> & more")
        let page = get(state, "/a.html").text
        #expect(state.buildID != before)
        #expect(page.contains("lstmbook did not compile") && page.contains("error: &lt;oops&gt; &amp; more"))
        #expect(get(state, "/a.html").status == 200 && page.contains("Edited prose"))  // the last good build, still served
    }

    @Test func panelsGoAtTheTopOfTheContentAndTheScriptAtTheEnd() {
        let page = Data("<html><body>\n<header>site</header>\n<main id=\"content\">\ntext</main>\n</body></html>".utf8)
        let decorated = String(decoding: ReloadScript.decorate(page, panels: "<div>panel</div>\n", buildID: "k.7"), as: UTF8.self)
        #expect(decorated.hasPrefix("<html><body>\n<header>site</header>\n<main id=\"content\">\n<div>panel</div>\n\ntext</main>\n<script>"))
        #expect(decorated.hasSuffix("</script>\n</body></html>"))
        #expect(decorated.contains("var build = \"k.7\""))
        // Without a <main>, at the top of the body; without panels, nothing but the script.
        let bare = String(decoding: ReloadScript.decorate(Data("<body class=\"x\">text</body>".utf8), panels: "<p>!</p>", buildID: "k.7"),
            as: UTF8.self)
        #expect(bare.hasPrefix("<body class=\"x\">\n<p>!</p>text<script>"))
        let plain = String(decoding: ReloadScript.decorate(page, panels: "", buildID: "k.7"), as: UTF8.self)
        #expect(plain.hasPrefix("<html><body>\n<header>site</header>\n<main id=\"content\">\ntext</main>\n<script>"))
    }

    @Test func watcherReportsOneSettledBurstAndIgnoresEditorLeftovers() throws {
        let folder = try lessons(["a.md": "one"])
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("data"), withIntermediateDirectories: true)
        // A long quiet time, so the burst below stays one burst on a busy machine.
        var watcher = FileWatcher(roots: [folder.path], interval: 0.05, quiet: 0.5)
        let writer = Thread {
            // A burst: lesson and data file, then a swap file and a backup, all within the quiet time.
            try? "two".write(to: folder.appendingPathComponent("a.md"), atomically: false, encoding: .utf8)
            Thread.sleep(forTimeInterval: 0.05)
            try? "1,2".write(to: folder.appendingPathComponent("data/x.csv"), atomically: true, encoding: .utf8)
            try? "swap".write(to: folder.appendingPathComponent(".a.md.swp"), atomically: false, encoding: .utf8)
            try? "old".write(to: folder.appendingPathComponent("a.md~"), atomically: false, encoding: .utf8)
        }
        writer.start()
        #expect(watcher.next() == [folder.path + "/a.md", folder.path + "/data/x.csv"])

        try FileManager.default.removeItem(at: folder.appendingPathComponent("data/x.csv"))
        #expect(watcher.next() == [folder.path + "/data/x.csv"])
    }
}
