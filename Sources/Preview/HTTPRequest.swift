import Foundation

/// The head of an HTTP/1.1 request, as far as a preview server needs it: the method, the path
/// and the host it was addressed to. Other headers are read past.
public struct HTTPRequest: Sendable, Equatable {
    public let method: String
    /// The decoded path, without query or fragment; always starts with `/`.
    public let path: String
    /// The `Host` header's name, without the port, lowercased; nil when there is none.
    public let host: String?

    /// Whether the request was addressed to this machine by a loopback name. A page on another
    /// site can point its own domain name at 127.0.0.1 (DNS rebinding) and read the preview;
    /// its requests still carry that domain as `Host`, so refusing them keeps drafts private.
    public var isAddressedToLoopback: Bool {
        guard let host else { return true }  // HTTP/1.0 clients may send none; browsers always do.
        return host == "127.0.0.1" || host == "localhost" || host == "[::1]"
    }

    /// Why a request could not be read, as the status to answer with.
    enum Failure: Error, Equatable {
        case badRequest
        case headTooLarge
    }

    /// The most a request head may take; lesson URLs are short, so anything longer is not a browser.
    static let maximumHeadSize = 16 * 1024

    /// Where the head ends in `bytes` (just after the blank line), or `nil` if it has not all arrived.
    static func headLength(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for end in 4...bytes.count where bytes[end - 4] == 13 && bytes[end - 3] == 10 && bytes[end - 2] == 13 && bytes[end - 1] == 10 {
            return end
        }
        return nil
    }

    /// Parses the request line of a complete head.
    init(head: [UInt8]) throws(Failure) {
        guard let lineEnd = head.firstIndex(of: 13), let line = String(validating: head[..<lineEnd], as: UTF8.self) else {
            throw .badRequest
        }
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1."), !parts[0].isEmpty else { throw .badRequest }
        var target = Substring(parts[1])
        // Absolute form (`http://host/path`), which proxies send: keep the path.
        if target.hasPrefix("http://"), let slash = target.dropFirst(7).firstIndex(of: "/") {
            target = target[slash...]
        }
        if let end = target.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            target = target[..<end]
        }
        guard target.hasPrefix("/"), let path = String(target).removingPercentEncoding else { throw .badRequest }
        method = String(parts[0])
        self.path = path
        host = try Self.hostHeader(in: head[(lineEnd + 1)...])
    }

    init(method: String, path: String, host: String? = "127.0.0.1") {
        self.method = method
        self.path = path
        self.host = host
    }

    /// The value of the `Host:` line, with any port dropped (`[::1]:8000` keeps its brackets).
    /// Header lines end with CRLF (or a bare LF, which RFC 9112 lets servers accept) and with
    /// nothing else: vertical tabs, form feeds and Unicode line separators are not breaks, or a
    /// header value could smuggle a second `Host`. Two `Host` lines are refused (RFC 9112 §3.2).
    private static func hostHeader(in headers: ArraySlice<UInt8>) throws(Failure) -> String? {
        var found: String?
        for rawLine in headers.split(separator: 10, omittingEmptySubsequences: true) {
            let line = String(decoding: rawLine.last == 13 ? rawLine.dropLast() : rawLine, as: UTF8.self)
            guard let colon = line.firstIndex(of: ":"), line[..<colon].lowercased() == "host" else { continue }
            guard found == nil else { throw .badRequest }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: [" ", "\t"]).lowercased()
            if value.hasPrefix("["), let close = value.firstIndex(of: "]") {
                found = String(value[...close])
            } else {
                found = String(value.split(separator: ":", maxSplits: 1).first ?? "")
            }
        }
        return found
    }
}
