@testable import Preview
import Testing

/// The preview's request head parser breaks lines only at CRLF (or LF), and a request that
/// names two hosts is refused: either could otherwise hide a foreign Host behind a loopback one.
@Suite("Preview request heads")
struct PreviewHeaderTests {
    func parse(_ headers: String) throws(HTTPRequest.Failure) -> HTTPRequest {
        try HTTPRequest(head: Array(("GET / HTTP/1.1\r\n" + headers + "\r\n").utf8))
    }

    @Test func onlyCRLFAndLFEndAHeaderLine() throws {
        for separator in ["\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\r"] {
            let request = try parse("X-Note: a\(separator)Host: example.com\r\nHost: 127.0.0.1\r\n")
            #expect(request.host == "127.0.0.1", "a Host after U+\(String(separator.unicodeScalars.first!.value, radix: 16)) was read as a header")
        }
        #expect(try parse("Accept: */*\nHost: localhost:8123\n").host == "localhost")
    }

    @Test func twoHostHeadersAreRefused() {
        #expect(throws: HTTPRequest.Failure.badRequest) { try parse("Host: 127.0.0.1\r\nHost: example.com\r\n") }
        #expect(throws: HTTPRequest.Failure.badRequest) { try parse("host: localhost\r\nHOST: localhost\r\n") }
    }
}
