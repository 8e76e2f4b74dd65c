import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Slow and silent clients must not stall `lstmbook serve`: request heads are read with `poll`
/// by one thread, each within a total deadline, so tricklers and idle sockets (a browser's
/// preconnects) cost a descriptor, not a worker. Before: 100 tricklers and 100 idle sockets
/// left a real request unanswered for 30 s and more; now it is answered in milliseconds.
@Suite struct SlowClientTests {
    /// A connected socket to the server, or nil.
    static func connect(_ port: UInt16) -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    static func send(_ text: String, to fd: Int32) -> Bool {
        let bytes = Array(text.utf8)
        return Glibc.send(fd, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count
    }

    @Test func tricklingAndIdleClientsDoNotDelayARealRequest() throws {
        let server = try ServeTests.Server(files: ["lessons/a.md": ServeTests.lesson("One", "Hello.")])
        defer { server.stop() }
        let port = try server.port()
        #expect(eventually { ServeTests.page("/a.html", port: port).contains("Hello.") }, "\(server.stderr)")
        let idle = (0..<80).compactMap { _ in Self.connect(port) }
        let tricklers = (0..<80).compactMap { _ in Self.connect(port) }
        defer { (idle + tricklers).forEach { close($0) } }
        for fd in tricklers { _ = Self.send("GET /a.html HTTP/1.1\r\n", to: fd) }
        // Every trickler sends one more header byte each half second, as a slowloris does.
        let stop = Flag()
        let trickling = Thread {
            while !stop.isSet {
                for fd in tricklers { _ = Self.send("X", to: fd) }
                usleep(500_000)
            }
        }
        trickling.start()
        defer { stop.set() }
        usleep(500_000)
        let started = Date()
        let reply = try ServeTests.get("/a.html", port: port)
        let seconds = Date().timeIntervalSince(started)
        #expect(reply.status == 200)
        #expect(seconds < 2, "a real request took \(seconds) s behind 80 tricklers and 80 idle sockets")
    }

    @Test func aHeadThatNeverEndsIsCutOffAtItsDeadline() throws {
        let server = try ServeTests.Server(files: ["lessons/a.md": ServeTests.lesson("One", "Hello.")])
        defer { server.stop() }
        let port = try server.port()
        let fd = try #require(Self.connect(port))
        defer { close(fd) }
        _ = Self.send("GET /a.html HTTP/1.1\r\n", to: fd)
        let started = Date()
        var closed = false
        // A byte every 2 s would keep a per-read timeout of 10 s waiting for ever.
        while Date().timeIntervalSince(started) < 16 {
            if !Self.send("X", to: fd) { closed = true; break }
            var probe = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            if poll(&probe, 1, 2_000) > 0 {
                var byte: UInt8 = 0
                if recv(fd, &byte, 1, 0) <= 0 { closed = true; break }
            }
        }
        let seconds = Date().timeIntervalSince(started)
        #expect(closed, "the server still waited for the head after \(seconds) s")
        #expect(seconds < 13)
    }
}

private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
