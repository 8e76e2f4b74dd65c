import Foundation

/// An answer to send: status, content type and body. Every response closes its connection
/// (`Connection: close`), so a body needs no framing beyond its length, and forbids caching
/// (`Cache-Control: no-store`), so a reload always shows the latest build.
public struct HTTPResponse: Sendable {
    public let status: Int
    public let contentType: String
    public let body: Data
    /// Extra header lines, e.g. `Allow` for a 405.
    let headers: [(name: String, value: String)]

    init(status: Int, contentType: String, body: Data, headers: [(name: String, value: String)] = []) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.headers = headers
    }

    static func text(_ status: Int, _ text: String) -> HTTPResponse {
        HTTPResponse(status: status, contentType: ContentType.text, body: Data(text.utf8))
    }

    /// The bytes on the wire; a `HEAD` request gets the same head without the body.
    func serialized(includingBody: Bool) -> Data {
        var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        head += "Content-Type: \(contentType)\r\n"
        head += "Content-Length: \(body.count)\r\n"
        head += "Cache-Control: no-store\r\n"
        head += "X-Content-Type-Options: nosniff\r\n"
        head += "Connection: close\r\n"
        for header in headers { head += "\(header.name): \(header.value)\r\n" }
        head += "\r\n"
        return Data(head.utf8) + (includingBody ? body : Data())
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 431: "Request Header Fields Too Large"
        case 503: "Service Unavailable"
        default: "Status \(status)"
        }
    }
}

/// The content types the site's files are served with, by file name; text always says UTF-8.
enum ContentType {
    static let html = "text/html; charset=utf-8"
    static let text = "text/plain; charset=utf-8"

    static func of(_ name: String) -> String {
        switch name.split(separator: ".").last {
        case "html": html
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
