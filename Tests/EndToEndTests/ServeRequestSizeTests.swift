import Foundation
import Testing

extension ServeAbuseTests {
    /// Request lines and headers far past anything a browser sends: a clean 4xx
    /// (400, 414, 431) or a closed connection, the server still answering and its
    /// memory not grown by what it refused. NIO's decoder caps a request's head (URL
    /// included) at 80 KB and 1,000 header fields; the preview keeps those caps.
    @Suite struct RequestSize {
        /// Sends `request` on a fresh connection and returns the status, or nil when the
        /// server closed (or reset) the connection without an answer.
        static func status(of request: [UInt8], port: Int) throws -> Int? {
            let connection = try RawConnection(port: port, timeout: 5)
            connection.send(request) // may fail half way: the server is allowed to hang up
            return try? connection.readResponse()?.status
        }

        static func get(path: String, headers: String = "") -> [UInt8] {
            Array("GET \(path) HTTP/1.1\r\nHost: localhost\r\n\(headers)\r\n".utf8)
        }

        static let refused: Set<Int> = [400, 414, 431]

        @Test func longURLsGetAnAnswerOrAClosedConnection() throws {
            let server = try ServeProcess()
            // 8 KB is a long but real URL (a search with many filters): answered normally.
            #expect(try Self.status(of: Self.get(path: "/?" + String(repeating: "q", count: 8 * 1024)), port: server.port) == 200)
            let long = try Self.status(of: Self.get(path: "/" + String(repeating: "a", count: 64 * 1024)), port: server.port)
            #expect(long == nil || long == 404 || Self.refused.contains(long!), "64 KB URL → \(String(describing: long))")
            let huge = try Self.status(of: Self.get(path: "/" + String(repeating: "a", count: 1024 * 1024)), port: server.port)
            #expect(huge == nil || Self.refused.contains(huge!), "1 MB URL → \(String(describing: huge))")
            #expect(server.answers())
        }

        @Test func hugeHeadersGetRefused() throws {
            let server = try ServeProcess()
            let big = "X-Big: " + String(repeating: "b", count: 100 * 1024) + "\r\n"
            let many = (0..<10_000).map { "X-H\($0): v\r\n" }.joined()
            let longName = String(repeating: "N", count: 100 * 1024) + ": v\r\n"
            let cookies = (0..<200).map { "Cookie: c\($0)=" + String(repeating: "z", count: 1024) + "\r\n" }.joined()
            for (name, headers) in [("a 100 KB header", big), ("10,000 headers", many), ("a 100 KB header name", longName),
                                    ("200 KB of cookies", cookies)] {
                let status = try Self.status(of: Self.get(path: "/", headers: headers), port: server.port)
                #expect(status == nil || Self.refused.contains(status!), "\(name) → \(String(describing: status))")
            }
            #expect(server.answers())
        }

        /// Hundreds of refused megabyte requests leave no trace: each connection is closed
        /// once its 400 is out (before, each one was kept, with its buffers, until the client
        /// went away or for ever), and after a first round more rounds add nothing to memory.
        @Test func refusedRequestsDoNotGrowMemory() throws {
            let server = try ServeProcess()
            #expect(server.answers())
            let filesBefore = server.openDescriptors
            let url = Self.get(path: "/" + String(repeating: "a", count: 1024 * 1024))
            let headers = Self.get(path: "/", headers: (0..<10_000).map { "X-H\($0): " + String(repeating: "v", count: 90) + "\r\n" }.joined())
            let port = server.port
            var rss: [Int] = server.residentKiB.map { [$0] } ?? []
            for _ in 0..<3 {
                DispatchQueue.concurrentPerform(iterations: 8) { worker in
                    for round in 0..<25 { _ = try? Self.status(of: (worker + round).isMultiple(of: 2) ? url : headers, port: port) }
                }
                if let now = server.residentKiB { rss.append(now) }
            }
            #expect(server.answers())
            if let filesBefore, let filesAfter = server.openDescriptors {
                #expect(filesAfter <= filesBefore + 5, "open files \(filesBefore) → \(filesAfter) after 600 refused requests")
            }
            print("RSS before and after each of 3 rounds of 200 refused 1 MB requests: \(rss) KiB")
            if rss.count == 4 {
                #expect(rss[3] - rss[0] < 64 * 1024, "grew \(rss) KiB")
                #expect(rss[3] - rss[1] < 8 * 1024, "grew round after round: \(rss) KiB")
            }
        }
    }
}
