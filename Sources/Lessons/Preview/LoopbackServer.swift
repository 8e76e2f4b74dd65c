import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server for `GET` and `HEAD`, listening on 127.0.0.1 only: a preview is for
/// the person at this machine, never for the network. One thread accepts; each connection is
/// read, answered and closed on a worker, so a slow client never holds up the others.
public final class LoopbackServer: Sendable {
    /// The port it listens on (the one the system chose when asked for port 0).
    public let port: UInt16
    private let listener: Int32
    private let handler: @Sendable (HTTPRequest) -> HTTPResponse
    private let workers = DispatchQueue(label: "lstmbook.preview.connections", attributes: .concurrent)

    /// Why the server could not start, in words that name the port.
    public struct StartFailure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Binds and listens at once, so a taken port is reported before any work is done.
    public init(port: UInt16, handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse) throws(StartFailure) {
        // Close-on-exec: neither `swift build` nor the binary that replaces this process may
        // inherit the listening socket (the new binary binds the port afresh).
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw StartFailure(description: "cannot open a socket: \(Self.lastError())") }
        // A restarted server must get its port back at once, while the old connections linger.
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = in_addr_t(INADDR_LOOPBACK).bigEndian
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            let code = errno
            close(fd)
            switch code {
            case EADDRINUSE: throw StartFailure(description: "port \(port) on 127.0.0.1 is in use; stop what holds it, or choose another with --port (0 picks a free one)")
            case EACCES: throw StartFailure(description: "not allowed to listen on port \(port); choose one above 1023 with --port")
            default: throw StartFailure(description: "cannot listen on 127.0.0.1:\(port): \(String(cString: strerror(code)))")
            }
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.port = UInt16(bigEndian: actual.sin_port)
        listener = fd
        self.handler = handler
    }

    /// Starts accepting connections on a thread of its own; returns at once.
    public func start() {
        Thread.detachNewThread { [self] in
            while true {
                let client = accept(listener, nil, nil)
                if client < 0 {
                    // Out of descriptors, or the like: wait a moment instead of spinning.
                    if errno != EINTR && errno != ECONNABORTED { usleep(50_000) }
                    continue
                }
                // Like the listener (accept4, which does this at once, is not visible to Swift).
                _ = fcntl(client, F_SETFD, FD_CLOEXEC)
                workers.async { self.serve(client) }
            }
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        // A client that stops talking must not hold a worker for ever.
        Self.setTimeout(client, SO_RCVTIMEO, seconds: 10)
        Self.setTimeout(client, SO_SNDTIMEO, seconds: 10)
        let response: HTTPResponse
        var isHead = false
        switch readHead(client) {
        case nil:
            return
        case .failure(.badRequest)?:
            response = .text(400, "This server only understands HTTP/1.1 GET requests.\n")
        case .failure(.headTooLarge)?:
            response = .text(431, "The request head is too large.\n")
        case .success(let request)?:
            isHead = request.method == "HEAD"
            if !request.isAddressedToLoopback {
                response = .text(403, "The preview answers only requests addressed to 127.0.0.1 or localhost.\n")
            } else if request.method == "GET" || isHead {
                response = handler(request)
            } else {
                response = HTTPResponse(status: 405, contentType: ContentType.text, body: Data("Only GET and HEAD are served.\n".utf8),
                                        headers: [("Allow", "GET, HEAD")])
            }
        }
        send(response.serialized(includingBody: !isHead), to: client)
        // Close gracefully: stop sending, then wait (briefly) for the client to close. Closing
        // with unread bytes pending would reset the connection and could lose the response.
        shutdown(client, Int32(SHUT_WR))
        Self.setTimeout(client, SO_RCVTIMEO, seconds: 1)
        var scratch = [UInt8](repeating: 0, count: 1024)
        while recv(client, &scratch, scratch.count, 0) > 0 {}
    }

    /// Reads up to the end of the request head; `nil` when the client went away first.
    private func readHead(_ client: Int32) -> Result<HTTPRequest, HTTPRequest.Failure>? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(client, &chunk, chunk.count, 0)
            if count <= 0 { return nil }
            bytes += chunk[..<count]
            if let end = HTTPRequest.headLength(in: bytes) {
                guard end <= HTTPRequest.maximumHeadSize else { return .failure(.headTooLarge) }
                return Result { () throws(HTTPRequest.Failure) in try HTTPRequest(head: Array(bytes[..<end])) }
            }
            if bytes.count > HTTPRequest.maximumHeadSize { return .failure(.headTooLarge) }
        }
    }

    private func send(_ data: Data, to client: Int32) {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                // MSG_NOSIGNAL: a reader that left must not kill the server with SIGPIPE.
                let sent = Glibc.send(client, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                if sent <= 0 { return }
                offset += sent
            }
        }
    }

    private static func setTimeout(_ fd: Int32, _ option: Int32, seconds: Int) {
        var time = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, option, &time, socklen_t(MemoryLayout<timeval>.size))
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
