import Foundation
import Testing

extension ServeAbuseTests {
    /// Request smuggling: ambiguous framing must be refused (400, then the connection
    /// closed), or the body consumed, so that a request hidden in it is never answered
    /// as a request of its own, and the connection never falls out of step. Honest
    /// pipelining is answered in order. The framing rules are NIO's (llhttp in strict
    /// mode); these tests hold them in place.
    @Suite struct Smuggling {
        /// The request an attacker hides; answering it with 200 would be the bug.
        static let hidden = "GET /robots.txt HTTP/1.1\r\nHost: localhost\r\n\r\n"

        struct Exchange {
            /// Every response that came before the follow-up request was sent.
            var responses: [RawConnection.Response]
            /// The answer to a plain follow-up request, when the connection stayed open.
            var followUp: RawConnection.Response?
            var closed: Bool
        }

        /// Sends `bytes`, collects the responses, then — if the connection is still open —
        /// asks for `/jobs.json`, whose answer must be the next one.
        static func exchange(_ bytes: String, port: Int) throws -> Exchange {
            let connection = try RawConnection(port: port, timeout: 1)
            connection.send(bytes)
            var exchange = Exchange(responses: [], followUp: nil, closed: false)
            while let response = try? connection.readResponse() { exchange.responses.append(response) }
            exchange.closed = connection.closedByPeer
            if !exchange.closed {
                connection.setTimeout(5)
                connection.send("GET /jobs.json HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                exchange.followUp = try? connection.readResponse()
                exchange.closed = connection.closedByPeer
            }
            return exchange
        }

        /// The checks every attempt must pass: the first answer is one of `allowed`, the
        /// hidden request is never served, and an open connection is still in step.
        static func expectNoSmuggling(_ name: String, _ bytes: String, allowed: Set<Int>, port: Int) throws {
            let exchange = try Self.exchange(bytes, port: port)
            let statuses = exchange.responses.map(\.status)
            #expect(statuses.first.map(allowed.contains) ?? exchange.closed, "\(name): answered \(statuses)")
            #expect(!exchange.responses.dropFirst().contains { $0.status < 400 }, "\(name): the hidden request was answered: \(statuses)")
            #expect(!exchange.responses.dropFirst().contains { $0.text.contains("User-agent") }, "\(name): served the hidden request")
            if let followUp = exchange.followUp {
                #expect(followUp.status == 200 && followUp.text.hasPrefix("{"), "\(name): out of step, follow-up got \(followUp.status)")
            }
            // A refusal closes the connection: what follows a framing error cannot be trusted.
            if statuses.first == 400 { #expect(exchange.closed, "\(name): left open after 400") }
        }

        @Test func ambiguousFramingIsRefused() throws {
            let server = try ServeProcess()
            let h = Self.hidden
            let cases: [(String, String)] = [
                ("Content-Length and Transfer-Encoding",
                 "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: \(5 + h.utf8.count)\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n\(h)"),
                ("Transfer-Encoding and Content-Length",
                 "GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\n\(h)"),
                ("two Content-Lengths",
                 "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nContent-Length: \(h.utf8.count)\r\n\r\n\(h)"),
                ("a Content-Length list", "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0, \(h.utf8.count)\r\n\r\n\(h)"),
                ("a signed Content-Length", "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: +\(h.utf8.count)\r\n\r\n\(h)"),
                ("a hex Content-Length", "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0x2d\r\n\r\n\(h)"),
                ("a negative Content-Length", "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\n\r\n\(h)"),
                ("an overflowing Content-Length",
                 "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 99999999999999999999999\r\n\r\n\(h)"),
                ("Transfer-Encoding: xchunked",
                 "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: xchunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n\(h)"),
                ("Transfer-Encoding: chunked, identity",
                 "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n\(h)"),
                ("Transfer-Encoding: identity", "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: identity\r\n\r\n\(h)"),
                ("two Transfer-Encodings",
                 "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: x\r\nContent-Length: 5\r\n\r\n0\r\n\r\n\(h)"),
                ("a space before the colon",
                 "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding : chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n\(h)"),
                ("a tab-separated name",
                 "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding\t: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n\(h)"),
                ("a folded Transfer-Encoding",
                 "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding:\r\n chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n\(h)"),
                ("a folded header line", "GET / HTTP/1.1\r\nHost: localhost\r\nX-A: a\r\n Content-Length: \(h.utf8.count)\r\n\r\n\(h)"),
                ("a bare CR", "GET / HTTP/1.1\r\nHost: localhost\rContent-Length: \(h.utf8.count)\r\n\r\n\(h)"),
                ("a bare LF inside the head", "GET / HTTP/1.1\r\nHost: localhost\nContent-Length: \(h.utf8.count)\r\n\r\n\(h)"),
                ("a NUL in a header value", "GET / HTTP/1.1\r\nHost: localhost\r\nX-A: a\u{0}b\r\nContent-Length: \(h.utf8.count)\r\n\r\n\(h)"),
                ("a chunk size that overflows",
                 "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\nx\r\n0\r\n\r\n\(h)"),
                ("a chunk without its CRLF",
                 "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n\(h)"),
                ("a chunk size with junk", "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n3 x\r\nabc\r\n0\r\n\r\n\(h)"),
                ("an HTTP/1.0 chunked body",
                 "POST / HTTP/1.0\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n\(h)"),
            ]
            for (name, bytes) in cases {
                try Self.expectNoSmuggling(name, bytes, allowed: [400, 404, 405, 413, 501, 505], port: server.port)
            }
            #expect(server.answers())
        }

        /// A body on a GET (or a POST to a page) is read and dropped: the request inside it
        /// is never answered, and the connection stays in step.
        @Test func aBodyIsConsumedNotParsedAsARequest() throws {
            let server = try ServeProcess()
            let h = Self.hidden
            let chunk = String(h.utf8.count, radix: 16)
            let cases: [(String, String)] = [
                ("a GET with a Content-Length body", "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: \(h.utf8.count)\r\n\r\n\(h)"),
                ("a GET with a chunked body",
                 "GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n\(chunk)\r\n\(h)\r\n0\r\n\r\n"),
                ("a chunked body with an extension and trailers",
                 "GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n\(chunk);x=y\r\n\(h)\r\n0\r\nX-Trailer: 1\r\n\r\n"),
                ("a POST with a body", "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: \(h.utf8.count)\r\n\r\n\(h)"),
                ("a GET with Expect: 100-continue",
                 "GET / HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\nContent-Length: \(h.utf8.count)\r\n\r\n\(h)"),
            ]
            for (name, bytes) in cases {
                try Self.expectNoSmuggling(name, bytes, allowed: [200, 400, 404, 405, 413], port: server.port)
            }
            #expect(server.answers())
        }

        /// After `Connection: close` nothing more on that connection is answered.
        @Test func nothingIsAnsweredAfterConnectionClose() throws {
            let server = try ServeProcess()
            let exchange = try Self.exchange("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" + Self.hidden, port: server.port)
            #expect(exchange.responses.map(\.status) == [200])
            #expect(exchange.closed)
            let old = try Self.exchange("GET / HTTP/1.0\r\n\r\n" + Self.hidden, port: server.port)
            #expect(old.responses.map(\.status) == [200], "HTTP/1.0 without keep-alive is one request")
            #expect(old.closed)
        }

        /// Honest pipelining: many requests in one write are answered in order, each
        /// with its own complete body.
        @Test func pipelinedRequestsAreAnsweredInOrder() throws {
            let server = try ServeProcess()
            let paths = ["/robots.txt", "/", "/jobs.json", "/no-such-page", "/jobs/backend-engineer/", "/jobs/backend-engineer"]
            let rounds = 20
            var bytes = ""
            for _ in 0..<rounds { for path in paths { bytes += "GET \(path) HTTP/1.1\r\nHost: localhost\r\n\r\n" } }
            bytes += "HEAD /robots.txt HTTP/1.1\r\nHost: localhost\r\n\r\nGET /robots.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
            let connection = try RawConnection(port: server.port, timeout: 5)
            connection.send(bytes)
            for round in 0..<rounds {
                let robots = try #require(try connection.readResponse(), "round \(round)")
                #expect(robots.status == 200 && robots.text.contains("User-agent"))
                let index = try #require(try connection.readResponse())
                #expect(index.status == 200 && index.text.contains("Backend Engineer") && index.text.hasSuffix("</html>\n"))
                let json = try #require(try connection.readResponse())
                #expect(json.status == 200 && json.text.hasPrefix("{"))
                #expect(try connection.readResponse()?.status == 404)
                let page = try #require(try connection.readResponse())
                #expect(page.status == 200 && page.text.contains("<h1"))
                let redirect = try #require(try connection.readResponse())
                #expect(redirect.status == 301 && redirect.header("location") == "/jobs/backend-engineer/")
            }
            let head = try #require(try connection.readResponse(method: "HEAD"))
            #expect(head.status == 200 && head.body.isEmpty)
            let last = try #require(try connection.readResponse())
            #expect(last.status == 200 && last.text.contains("User-agent"), "HEAD sent no body that the next response could swallow")
            #expect(connection.closes(within: 2))
        }
    }
}
