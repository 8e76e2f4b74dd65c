import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `lstmbook serve`, run as an author runs it: the built binary on a free port, in a folder of
/// its own, fetched from over HTTP while its lessons (and code) change underneath it.
@Suite struct ServeTests {
    /// A running `lstmbook serve`; `stop()` kills it and removes its folder.
    final class Server: @unchecked Sendable {
        let folder: URL
        let process = Process()
        private let lock = NSLock()
        private var errors = Data()

        /// Starts the server in `folder` (a fresh one by default), first writing `files` (path →
        /// text) into it; lessons go in `lessons/`.
        init(files: [String: String], arguments: [String] = ["--port", "0"], environment: [String: String] = [:],
             folder: URL = ServeTests.newFolder()) throws {
            self.folder = folder
            for (path, text) in files { try Self.write(text, to: folder.appendingPathComponent(path)) }
            process.executableURL = try CLI.executable()
            process.arguments = ["serve", "--jobs", "1"] + arguments
            process.currentDirectoryURL = folder
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
            let pipe = Pipe()
            process.standardError = pipe
            process.standardOutput = FileHandle.nullDevice
            pipe.fileHandleForReading.readabilityHandler = { [lock] handle in
                let chunk = handle.availableData
                if chunk.isEmpty { handle.readabilityHandler = nil }
                lock.withLock { self.errors += chunk }
            }
            try process.run()
        }

        /// What the server printed on standard error so far.
        var stderr: String { lock.withLock { String(decoding: errors, as: UTF8.self) } }

        /// The ports of every `serving http://127.0.0.1:PORT/` line so far, in order.
        var servingPorts: [UInt16] {
            stderr.split(separator: "\n").compactMap { line in
                guard line.hasPrefix("serving http://127.0.0.1:"), line.hasSuffix("/") else { return nil }
                return UInt16(line.dropFirst("serving http://127.0.0.1:".count).dropLast())
            }
        }

        /// Waits for the server to say where it listens.
        func port() throws -> UInt16 {
            try #require(eventually(seconds: 60) { !self.servingPorts.isEmpty }, "no 'serving' line; stderr: \(stderr)")
            return servingPorts[0]
        }

        /// Stops it as Ctrl-C would, and for certain if that does not work.
        func stop() {
            if process.isRunning {
                process.terminate()
                if !eventually(seconds: 5, { !process.isRunning }) { kill(process.processIdentifier, SIGKILL) }
                process.waitUntilExit()
            }
            try? FileManager.default.removeItem(at: folder)
        }

        func write(_ text: String, to path: String) throws {
            try Self.write(text, to: folder.appendingPathComponent(path))
        }

        static func write(_ text: String, to url: URL) throws {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    static func newFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("lstmbook-serve-\(UUID().uuidString)")
    }

    struct Reply {
        let status: Int
        let head: String
        let body: String
    }

    static func get(_ path: String, port: UInt16, host: String = "127.0.0.1") throws -> Reply {
        try exchange("GET \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\n\r\n", port: port, host: host)
    }

    /// Sends `request` over a plain socket and reads the reply to the end: nothing between the
    /// test and the bytes on the wire.
    static func exchange(_ request: String, port: UInt16, host: String = "127.0.0.1") throws -> Reply {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EMFILE) }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, host, &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let bytes = Array(request.utf8)
        guard send(fd, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count else { throw POSIXError(.EPIPE) }
        var reply: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while case let count = recv(fd, &chunk, chunk.count, 0), count > 0 { reply += chunk[..<count] }
        let text = String(decoding: reply, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n"), let status = Int(text.split(separator: " ").dropFirst().first ?? "") else {
            throw POSIXError(.EPROTO)
        }
        return Reply(status: status, head: String(text[..<split.lowerBound]), body: String(text[split.upperBound...]))
    }

    static func page(_ path: String, port: UInt16) -> String {
        (try? get(path, port: port))?.body ?? ""
    }

    static func lesson(_ title: String, _ body: String) -> String {
        "---\ntitle: \(title)\n---\n\(body)\n"
    }

    @Test func anEditedLessonIsServedWithinSeconds() throws {
        let server = try Server(files: ["lessons/a.md": Self.lesson("One", "Hello from the first version.")],
                                arguments: ["--port", "0", "--lessons", "lessons"])
        defer { server.stop() }
        let port = try server.port()
        #expect(eventually { Self.page("/a.html", port: port).contains("Hello from the first version.") }, "\(server.stderr)")
        let first = try Self.get("/a.html", port: port)
        #expect(first.status == 200)
        #expect(first.head.contains("Content-Type: text/html; charset=utf-8") && first.head.contains("Cache-Control: no-store"))
        #expect(first.body.contains("/__lstmbook/build"))  // the reload script
        let build = try Self.get("/__lstmbook/build", port: port).body
        #expect(try Self.get("/style.css", port: port).head.contains("Content-Type: text/css; charset=utf-8"))

        try server.write(Self.lesson("One", "Hello from the second version."), to: "lessons/a.md")
        #expect(eventually { Self.page("/a.html", port: port).contains("Hello from the second version.") }, "\(server.stderr)")
        #expect(try Self.get("/__lstmbook/build", port: port).body != build)
        #expect(server.stderr.contains("changed: lessons/a.md; rebuilding"))
        #expect(!FileManager.default.fileExists(atPath: server.folder.appendingPathComponent("output").path), "serve wrote output/")
        #expect(server.process.isRunning)

        // Stops when told to, even though this test runner started it with signals blocked.
        server.process.terminate()
        #expect(eventually(seconds: 5) { !server.process.isRunning }, "serve ignored SIGTERM")
    }

    @Test func lessonErrorsShowInThePageAndTheServerKeepsServing() throws {
        let server = try Server(files: ["lessons/a.md": Self.lesson("One", "Fine so far.")])
        defer { server.stop() }
        let port = try server.port()
        #expect(eventually { Self.page("/a.html", port: port).contains("Fine so far.") }, "\(server.stderr)")

        // A directive that fails when it runs: the draft, with an error box where it stood.
        try server.write(Self.lesson("One", "Still here.\n\n```{activation}\nfrom: 0\nto: 0\n```"), to: "lessons/a.md")
        #expect(eventually { Self.page("/a.html", port: port).contains("Still here.") }, "\(server.stderr)")
        let draft = Self.page("/a.html", port: port)
        #expect(draft.contains("class=\"directive-error\"") && draft.contains("lessons/a.md:7") && draft.contains("must be less than"))
        #expect(server.stderr.contains("lessons/a.md:7: {activation}: 'from' (0.0) must be less than 'to' (0.0)"))

        // A lesson that cannot be read: a page naming the problem, where the lesson's page was.
        try server.write("---\ntitle: [unclosed\n---\nGone.\n", to: "lessons/a.md")
        #expect(eventually { Self.page("/a.html", port: port).contains("lessons/a.md could not be read") }, "\(server.stderr)")
        #expect(Self.page("/a.html", port: port).contains("front matter is not valid YAML"))

        try server.write(Self.lesson("One", "Fixed again."), to: "lessons/a.md")
        #expect(eventually { Self.page("/a.html", port: port).contains("Fixed again.") }, "\(server.stderr)")
        #expect(!Self.page("/a.html", port: port).contains("directive-error"))
        #expect(server.process.isRunning)
    }

    @Test func servesOnlyItsOwnPagesAndOnlyToThisMachine() throws {
        let server = try Server(files: ["lessons/a.md": Self.lesson("One", "Text."), "secret.txt": "not for the web"])
        defer { server.stop() }
        let port = try server.port()
        #expect(eventually { Self.page("/a.html", port: port).contains("Text.") }, "\(server.stderr)")
        for path in ["/nothing.html", "/../secret.txt", "/%2e%2e/secret.txt", "/lessons/a.md", "/a.md"] {
            let reply = try Self.get(path, port: port)
            #expect(reply.status == 404, "\(path)")
            #expect(reply.body.contains("No page here") && !reply.body.contains("not for the web"), "\(path)")
        }
        let head = try Self.exchange("HEAD /a.html HTTP/1.1\r\nHost: localhost\r\n\r\n", port: port)
        let length = try Self.get("/a.html", port: port).body.utf8.count
        #expect(head.status == 200 && head.body.isEmpty && head.head.contains("Content-Length: \(length)\r\n"))
        let post = try Self.exchange("POST /a.html HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\nhi", port: port)
        #expect(post.status == 405 && post.head.contains("Allow: GET, HEAD"))
        // A page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) is refused.
        let rebound = try Self.exchange("GET /a.html HTTP/1.1\r\nHost: evil.example:\(port)\r\n\r\n", port: port)
        #expect(rebound.status == 403 && !rebound.body.contains("Text."))
        #expect(try Self.exchange("nonsense\r\n\r\n", port: port).status == 400)
        let huge = "GET /a.html HTTP/1.1\r\nX-Padding: " + String(repeating: "x", count: 20_000) + "\r\n\r\n"
        #expect(try Self.exchange(huge, port: port).status == 431)

        // Bound to 127.0.0.1, not to every address: another loopback address is refused.
        #expect(throws: POSIXError(.ECONNREFUSED)) { try Self.get("/a.html", port: port, host: "127.0.0.2") }
    }

    @Test func aTakenPortIsOneClearError() throws {
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(holder) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = in_addr_t(INADDR_LOOPBACK).bigEndian
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let held = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(holder, $0, length) == 0 && listen(holder, 1) == 0 && getsockname(holder, $0, &length) == 0
            }
        }
        try #require(held)
        let port = UInt16(bigEndian: address.sin_port)

        let server = try Server(files: ["lessons/a.md": Self.lesson("One", "Text.")], arguments: ["--port", String(port)])
        defer { server.stop() }
        try #require(eventually { !server.process.isRunning }, "serve kept running on a taken port; stderr: \(server.stderr)")
        #expect(server.process.terminationStatus != 0)
        #expect(server.stderr
            == "Error: port \(port) on 127.0.0.1 is in use; stop what holds it, or choose another with --port (0 picks a free one)\n")
    }

    /// A stand-in for `swift`: fails to compile while the checkout holds `compile-fails`, takes
    /// its time once if it holds `compile-slow`, and otherwise "builds" the lstmbook these tests run.
    static let fakeSwift = """
        #!/bin/sh
        case "$*" in *--show-bin-path*) echo "$LSTMBOOK_TEST_BIN_DIR"; exit 0;; esac
        echo "fake swift $*"
        if [ -e compile-fails ]; then echo "Sources/Engine/X.swift:1:1: error: cannot find 'oops' in scope"; exit 1; fi
        if [ -e compile-slow ]; then rm compile-slow; sleep 2; fi
        echo "Build complete!"
        """

    @Test func changedCodeIsCompiledAndTheNewBinaryTakesOver() throws {
        let binary = try #require(CLI.binary)
        let folder = Self.newFolder()
        try Server.write(Self.fakeSwift, to: folder.appendingPathComponent("bin/swift"))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.appendingPathComponent("bin/swift").path)
        let path = folder.appendingPathComponent("bin").path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let server = try Server(
            files: ["lessons/a.md": Self.lesson("One", "Text."), "Package.swift": "// a checkout", "Sources/Engine/X.swift": "// one",
                    "compile-fails": ""],
            environment: ["PATH": path, "LSTMBOOK_TEST_BIN_DIR": binary.deletingLastPathComponent().path], folder: folder)
        defer { server.stop() }
        let port = try server.port()
        #expect(eventually { Self.page("/a.html", port: port).contains("Text.") }, "\(server.stderr)")
        #expect(server.stderr.contains("watching lessons/ and Sources/"))

        // Does not compile: the old binary keeps serving, the pages show the compiler.
        try server.write("// two", to: "Sources/Engine/X.swift")
        #expect(eventually { Self.page("/a.html", port: port).contains("lstmbook did not compile") }, "\(server.stderr)")
        let page = Self.page("/a.html", port: port)
        #expect(page.contains("error: cannot find &#39;oops&#39; in scope") && page.contains("Text."))
        #expect(server.stderr.contains("fake swift build -c release --product lstmbook"))

        // Compiles, but the code changes again meanwhile: compiled again before the new binary
        // replaces the process, on the same port.
        try FileManager.default.removeItem(at: server.folder.appendingPathComponent("compile-fails"))
        try server.write("", to: "compile-slow")
        try server.write("// three", to: "Sources/Engine/X.swift")
        try #require(eventually { server.stderr.components(separatedBy: "fake swift build").count == 3 }, "\(server.stderr)")
        try server.write("// four", to: "Sources/Engine/X.swift")
        #expect(eventually { server.servingPorts.count == 2 }, "\(server.stderr)")
        #expect(server.stderr.contains("changed while compiling: Sources/Engine/X.swift; compiling again"))
        #expect(server.stderr.components(separatedBy: "fake swift build").count == 4)
        #expect(server.servingPorts == [port, port])
        #expect(server.stderr.contains("restarting with the new \(binary.path)"))
        #expect(eventually { Self.page("/a.html", port: port).contains("Text.") && !Self.page("/a.html", port: port).contains("did not compile") })
        #expect(server.process.isRunning)
    }
}

/// Polls `condition` until it holds or `seconds` pass: servers and watchers take their time.
func eventually(seconds: Double = 20, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: 0.1)
    }
    return try condition()
}
