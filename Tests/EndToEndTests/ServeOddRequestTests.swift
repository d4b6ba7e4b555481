import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ServeAbuseTests {
    /// Methods the preview has no use for, old and broken protocol versions, and bytes
    /// that are not HTTP at all: a clean answer or a clean close, and the server lives on.
    @Suite struct OddRequests {
        /// One request on its own connection; nil when the server closed without answering.
        static func send(_ bytes: [UInt8], port: Int, method: String = "GET") throws -> RawConnection.Response? {
            let connection = try RawConnection(port: port, timeout: 3)
            connection.send(bytes)
            return try? connection.readResponse(method: method)
        }

        static func send(_ text: String, port: Int, method: String = "GET") throws -> RawConnection.Response? {
            try send(Array(text.utf8), port: port, method: method)
        }

        /// The idle timeout the tests give the server: bytes that leave the parser waiting
        /// for the rest of a request are closed after it (30 s in real use).
        static let idleTimeout = 1.5

        /// Sends `bytes`; the answer's status, or nil when the server closed the connection
        /// without one within the idle timeout (and a second). "open" when it did neither.
        static func outcome(of bytes: [UInt8], port: Int) throws -> String {
            let connection = try RawConnection(port: port, timeout: idleTimeout + 1)
            connection.send(bytes)
            if let response = try? connection.readResponse() {
                _ = connection.closes(within: idleTimeout + 1)
                return "\(response.status)" + (connection.closedByPeer ? ", closed" : ", open")
            }
            return connection.closedByPeer ? "closed" : "open"
        }

        /// HEAD gets the headers GET would, and no body, whatever the path: a body after a
        /// HEAD answer would be read as the next response on a kept-alive connection.
        @Test func headNeverSendsABody() throws {
            let server = try ServeProcess()
            for path in ["/", "/robots.txt", "/jobs/backend-engineer/", "/jobs/backend-engineer", "/no-such-page", "/_openings/live.js"] {
                let get = try #require(try Self.send("GET \(path) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", port: server.port))
                let connection = try RawConnection(port: server.port, timeout: 2)
                connection.send("HEAD \(path) HTTP/1.1\r\nHost: localhost\r\n\r\nGET /robots.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                let head = try #require(try connection.readResponse(method: "HEAD"), "HEAD \(path)")
                #expect(head.status == get.status, "HEAD \(path) → \(head.status), GET → \(get.status)")
                let next = try #require(try connection.readResponse(), "after HEAD \(path)")
                #expect(next.status == 200 && next.text.hasPrefix("User-agent"), "HEAD \(path) sent a body: the next response began \(next.status)")
                if let length = head.header("content-length") {
                    #expect(length == String(get.body.count), "HEAD \(path) says \(length) bytes, GET sends \(get.body.count)")
                }
            }
        }

        /// A static preview changes nothing: other methods get 405 with the methods it
        /// does accept, never a page as if they were a GET. A body sent with them is not
        /// read: the answer closes the connection. A method HTTP does not know is refused
        /// by the parser (400).
        @Test func otherMethodsAreRefused() throws {
            let server = try ServeProcess()
            let unknown = try Self.send("BREW / HTTP/1.1\r\nHost: localhost\r\n\r\n", port: server.port)
            #expect(unknown?.status == 400)
            let attempts = ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "MKCOL", "LOCK"].flatMap { method in
                ["/", "/jobs/backend-engineer/", "/no-such-page", "/_openings/events"].map { (method, $0) }
            }
            for (method, path) in attempts {
                let request = "\(method) \(path) HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello"
                let response = try #require(try Self.send(request, port: server.port), "\(method) \(path)")
                #expect(response.status == 405, "\(method) \(path) → \(response.status)")
                #expect(response.header("allow") == "GET, HEAD")
                #expect(response.header("connection") == "close")
                #expect(!response.text.contains("Backend Engineer"), "\(method) \(path) was served as a GET")
            }
            #expect(server.answers())
        }

        /// TRACE would echo the request, cookies and all (cross-site tracing): refused,
        /// nothing echoed. CONNECT would make the preview a proxy: refused.
        @Test func traceAndConnectAreRefused() throws {
            let server = try ServeProcess()
            let trace = try Self.send("TRACE / HTTP/1.1\r\nHost: localhost\r\nCookie: session=TRACE-SECRET\r\nConnection: close\r\n\r\n", port: server.port)
            if let trace {
                #expect([405, 501, 400].contains(trace.status), "TRACE → \(trace.status)")
                #expect(!trace.text.contains("TRACE-SECRET"), "TRACE echoed the request")
                #expect(trace.header("content-type") != "message/http")
            }
            // The answer to CONNECT comes without a length (NIO's rule for tunnels): the close ends it.
            for target in ["example.com:443", "127.0.0.1:22", "localhost:8000", "/"] {
                let outcome = try Self.outcome(of: Array("CONNECT \(target) HTTP/1.1\r\nHost: \(target)\r\n\r\n".utf8), port: server.port)
                // 403: a foreign Host on loopback (`HostCheckMiddleware`) is refused before the method is looked at.
                #expect(["400, closed", "403, closed", "405, closed"].contains(outcome), "CONNECT \(target) → \(outcome)")
            }
            #expect(server.answers())
        }

        /// HTTP/1.0 without Host is a valid request (Host came with 1.1): answered, and the
        /// connection closed after it, as HTTP/1.0 clients that read to the end of the
        /// connection (ApacheBench) wait for. With `Connection: keep-alive` it stays open and
        /// the answer says so.
        @Test func http10IsAnsweredAndClosedUnlessKeptAlive() throws {
            let server = try ServeProcess()
            let connection = try RawConnection(port: server.port, timeout: 3)
            connection.send("GET / HTTP/1.0\r\n\r\n")
            let old = try #require(try connection.readResponse())
            #expect(old.status == 200 && old.text.contains("Backend Engineer"))
            #expect(old.header("connection") == "close")
            #expect(connection.closes(within: 1), "an HTTP/1.0 connection stayed open")

            let keptAlive = try RawConnection(port: server.port, timeout: 3)
            keptAlive.send("GET /robots.txt HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET / HTTP/1.0\r\n\r\n")
            let first = try #require(try keptAlive.readResponse())
            #expect(first.status == 200 && first.header("connection") == "keep-alive")
            #expect(try keptAlive.readResponse()?.status == 200, "HTTP/1.0 keep-alive answers the second request")
            #expect(keptAlive.closes(within: 1), "and closes after the one without keep-alive")
        }

        /// Request lines no browser sends: a request without a version (HTTP/0.9), versions
        /// that do not exist, a lower-case protocol name, extra spaces. Refused (400, 505),
        /// answered as what they say, or — when the parser is still waiting for the rest —
        /// closed by the idle timeout; never left open.
        @Test func oddRequestLines() throws {
            let server = try ServeProcess(environment: ["OPENINGS_SERVE_IDLE_TIMEOUT": String(Self.idleTimeout)])
            let cases = ["GET /\r\n", "GET /\r\n\r\n", "GET / HTTP/0.9\r\n\r\n", "GET / HTTP/2.0\r\nHost: localhost\r\n\r\n",
                         "GET / HTTP/1.7\r\nHost: localhost\r\n\r\n", "GET / HTTP/1\r\n\r\n", "GET / http/1.1\r\nHost: localhost\r\n\r\n",
                         "GET / HTTP/1.1 x\r\nHost: localhost\r\n\r\n", "GET  / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                         "GET\t/\tHTTP/1.1\r\nHost: localhost\r\n\r\n", " GET / HTTP/1.1\r\nHost: localhost\r\n\r\n",
                         "get / HTTP/1.1\r\nHost: localhost\r\n\r\n", "GET / HTTP/1.1\r\n: empty-name\r\n\r\n"]
            for request in cases {
                let outcome = try Self.outcome(of: Array(request.utf8), port: server.port)
                #expect(["400, closed", "505, closed", "200, closed", "closed"].contains(outcome), "\(request.debugDescription) → \(outcome)")
            }
            #expect(server.answers())
        }

        /// Bytes that are not HTTP: a TLS ClientHello sent to the plain port (a browser
        /// told `https://localhost:8000`), an SSH banner, random binary, an empty
        /// connection. Refused or closed at once; the server goes on.
        @Test func bytesThatAreNotHTTP() throws {
            let server = try ServeProcess(environment: ["OPENINGS_SERVE_IDLE_TIMEOUT": String(Self.idleTimeout)])
            var random = SystemRandomNumberGenerator()
            let junk: [(String, [UInt8])] = [
                ("a TLS ClientHello", Self.clientHello),
                ("an SSH banner", Array("SSH-2.0-OpenSSH_9.6\r\n".utf8)),
                ("random bytes", (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }),
                ("NUL bytes", [UInt8](repeating: 0, count: 1024)),
                ("a lone CRLF stream", Array(String(repeating: "\r\n", count: 10_000).utf8)),
                ("a header before any request line", Array("Host: localhost\r\n\r\n".utf8)),
                ("an HTTP/2 preface", Array("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".utf8) + [0, 0, 0, 4, 0, 0, 0, 0, 0]),
            ]
            for (name, bytes) in junk {
                // Refused at once, or (a stream of blank lines, which HTTP allows before a
                // request) closed by the idle timeout.
                let outcome = try Self.outcome(of: bytes, port: server.port)
                #expect(["400, closed", "closed"].contains(outcome), "\(name) → \(outcome)")
                #expect(server.answers(), "after \(name)")
            }
            // Connections that send nothing, or half a request, and go away.
            for partial in ["", "GET", "GET / HTTP/1.1\r\nHost: loc"] {
                let connection = try RawConnection(port: server.port)
                connection.send(partial)
                shutdown(connection.fd, Int32(SHUT_WR))
                _ = connection.closes(within: 1)
            }
            #expect(server.answers())
        }

        /// A TLS 1.2/1.3 ClientHello record, as a browser opens `https://` with.
        static var clientHello: [UInt8] {
            var body: [UInt8] = [0x03, 0x03] + [UInt8](repeating: 0x42, count: 32) + [0x00] // version, random, no session id
            body += [0x00, 0x04, 0x13, 0x01, 0xc0, 0x2f, 0x01, 0x00] // two cipher suites; null compression
            let serverName = Array("localhost".utf8)
            let sni: [UInt8] = [0x00, 0x00] + u16(serverName.count + 5) + u16(serverName.count + 3) + [0x00] + u16(serverName.count) + serverName
            body += u16(sni.count) + sni
            let handshake: [UInt8] = [0x01, 0x00] + u16(body.count) + body
            return [0x16, 0x03, 0x01] + u16(handshake.count) + handshake
        }

        static func u16(_ value: Int) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xff)] }
    }
}
