import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server for `GET` and `HEAD`, listening on 127.0.0.1 only: a preview is for
/// the person at this machine, never for the network. One thread accepts connections and reads
/// their request heads as bytes arrive; each complete request is answered and closed on a
/// worker, so a slow or silent client never holds up the others.
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
            case EADDRINUSE:
                throw StartFailure(description: "port \(port) on 127.0.0.1 is in use; stop what holds it, "
                    + "or choose another with --port (0 picks a free one)")
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

    /// How long a client has to send its whole request head, however it trickles it in.
    static let headDeadline: UInt64 = 10_000_000_000
    /// How many connections may wait for their request head at once. A newcomer beyond this
    /// closes the one that has waited longest (most likely idle), so a flood of silent sockets
    /// delays a real request by at most one round of the loop.
    static let maximumWaiting = 256

    /// A connection whose request head is still arriving.
    private struct Waiting {
        let fd: Int32
        var bytes: [UInt8] = []
        let deadline: UInt64
    }

    /// Starts accepting connections on a thread of its own; returns at once.
    ///
    /// One thread reads every request head with `poll`, so slow or idle clients cost a file
    /// descriptor each, never a worker; a complete head goes to a worker to be answered.
    public func start() {
        _ = fcntl(listener, F_SETFL, fcntl(listener, F_GETFL) | O_NONBLOCK)
        Thread.detachNewThread { [self] in
            var waiting: [Waiting] = []
            while true {
                let now = DispatchTime.now().uptimeNanoseconds
                waiting.removeAll { connection in
                    guard connection.deadline <= now else { return false }
                    close(connection.fd)
                    return true
                }
                let nearest = waiting.map(\.deadline).min().map { Int32(min(1_000, ($0 - now) / 1_000_000 + 1)) }
                var fds = [pollfd(fd: listener, events: Int16(POLLIN), revents: 0)]
                    + waiting.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
                if poll(&fds, nfds_t(fds.count), nearest ?? -1) < 0 {
                    if errno != EINTR { usleep(50_000) }
                    continue
                }
                var done: [Int] = []
                for index in waiting.indices where fds[index + 1].revents != 0 {
                    switch read(&waiting[index]) {
                    case .waiting:
                        continue
                    case .gone:
                        close(waiting[index].fd)
                    case .complete(let outcome):
                        // Answered by a worker, in blocking mode with its own send timeout.
                        let client = waiting[index].fd
                        _ = fcntl(client, F_SETFL, fcntl(client, F_GETFL) & ~O_NONBLOCK)
                        workers.async { self.answer(client, outcome) }
                    }
                    done.append(index)
                }
                for index in done.reversed() { waiting.remove(at: index) }
                if fds[0].revents != 0 { acceptAll(into: &waiting) }
            }
        }
    }

    /// Accepts every connection queued on the listener.
    private func acceptAll(into waiting: inout [Waiting]) {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                let code = errno
                if code == EINTR || code == ECONNABORTED { continue }
                // Out of descriptors, or the like: wait a moment instead of spinning.
                if code != EAGAIN && code != EWOULDBLOCK { usleep(50_000) }
                return
            }
            // Like the listener (accept4, which does this at once, is not visible to Swift).
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            _ = fcntl(client, F_SETFL, fcntl(client, F_GETFL) | O_NONBLOCK)
            if waiting.count >= Self.maximumWaiting { close(waiting.removeFirst().fd) }
            waiting.append(Waiting(fd: client, deadline: DispatchTime.now().uptimeNanoseconds + Self.headDeadline))
        }
    }

    /// Where a connection's request head stands after a read.
    private enum HeadRead {
        case waiting
        /// The client closed the connection (or it failed) before its head was complete.
        case gone
        case complete(Result<HTTPRequest, HTTPRequest.Failure>)
    }

    /// Reads what has arrived on a connection whose poll said it is readable.
    private func read(_ connection: inout Waiting) -> HeadRead {
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = recv(connection.fd, &chunk, chunk.count, 0)
        if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) { return .waiting }
        if count <= 0 { return .gone }
        connection.bytes += chunk[..<count]
        if let end = HTTPRequest.headLength(in: connection.bytes) {
            guard end <= HTTPRequest.maximumHeadSize else { return .complete(.failure(.headTooLarge)) }
            let head = Array(connection.bytes[..<end])
            return .complete(Result { () throws(HTTPRequest.Failure) in try HTTPRequest(head: head) })
        }
        return connection.bytes.count > HTTPRequest.maximumHeadSize ? .complete(.failure(.headTooLarge)) : .waiting
    }

    private func answer(_ client: Int32, _ outcome: Result<HTTPRequest, HTTPRequest.Failure>) {
        defer { close(client) }
        // A client that stops reading must not hold a worker for ever.
        Self.setTimeout(client, SO_SNDTIMEO, seconds: 10)
        let response: HTTPResponse
        var isHead = false
        switch outcome {
        case .failure(.badRequest):
            response = .text(400, "This server only understands HTTP/1.1 GET requests.\n")
        case .failure(.headTooLarge):
            response = .text(431, "The request head is too large.\n")
        case .success(let request):
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
        // At most a second and 64 KB: a client that keeps sending must not keep the worker.
        shutdown(client, Int32(SHUT_WR))
        Self.setTimeout(client, SO_RCVTIMEO, seconds: 1)
        let until = DispatchTime.now().uptimeNanoseconds + 1_000_000_000
        var scratch = [UInt8](repeating: 0, count: 1024)
        var drained = 0
        while drained < 65_536, DispatchTime.now().uptimeNanoseconds < until {
            let count = recv(client, &scratch, scratch.count, 0)
            if count <= 0 { break }
            drained += count
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
