import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-thread HTTP/1.1 server on 127.0.0.1 for tests of commands that fetch or
/// post: it answers each path from a table (404 otherwise), or each request through
/// a handler, closes each connection after one answer, and records every request —
/// its line, headers and body (read by its Content-Length).
final class LocalHTTPServer: @unchecked Sendable {
    struct Answer {
        var status = 200
        var contentType = "application/json"
        var body: Data
        /// Headers of a redirect and the like.
        var headers: [String: String] = [:]
    }

    /// A request as received.
    struct Request: Sendable {
        /// `POST /indexnow HTTP/1.1`
        var line: String
        var method: String
        /// The path with its query, as in the request line.
        var path: String
        /// Header names lowercased; a repeated header keeps its last value.
        var headers: [String: String]
        var body: Data

        var text: String { String(decoding: body, as: UTF8.self) }
    }

    let port: Int
    private let socket: Int32
    private let handler: @Sendable (Request) -> Answer
    private let lock = NSLock()
    private var received: [Request] = []
    private var thread: Thread?

    /// Request lines received so far (`GET /board.json HTTP/1.1`).
    var requests: [String] { lock.withLock { received.map(\.line) } }

    /// Every request received so far, in order.
    var recorded: [Request] { lock.withLock { received } }

    /// Answers each path (with its query) from `answers`, whatever the method.
    convenience init(answers: [String: Answer]) throws {
        try self.init { request in
            answers[request.path] ?? Answer(status: 404, contentType: "text/plain", body: Data("not found".utf8))
        }
    }

    init(handler: @escaping @Sendable (Request) -> Answer) throws {
        self.handler = handler
        #if canImport(Glibc)
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(fd, pointer, length) == 0 && listen(fd, 16) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { close(fd); throw CocoaError(.fileWriteUnknown) }
        socket = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in serve() }
        self.thread = thread
        thread.start()
    }

    func stop() {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private func serve() {
        while true {
            let client = accept(socket, nil, nil)
            guard client >= 0 else { return }
            guard let request = receive(from: client) else { close(client); continue }
            lock.withLock { received.append(request) }
            let answer = handler(request)
            let reason = [200: "OK", 202: "Accepted", 404: "Not Found", 429: "Too Many Requests", 500: "Internal Server Error"]
            var head = "HTTP/1.1 \(answer.status) \(reason[answer.status] ?? "Status")\r\n"
            head += "Content-Type: \(answer.contentType)\r\nContent-Length: \(answer.body.count)\r\nConnection: close\r\n"
            for (name, value) in answer.headers { head += "\(name): \(value)\r\n" }
            let bytes = Array(head.utf8) + Array("\r\n".utf8) + Array(answer.body)
            _ = bytes.withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
            close(client)
        }
    }

    /// The request line and headers up to the empty line, then as many body bytes as
    /// Content-Length says (none without it).
    private func receive(from client: Int32) -> Request? {
        var bytes = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        let end = Array("\r\n\r\n".utf8)
        var headerEnd: Int?
        var bodyLength = 0
        while headerEnd.map({ bytes.count < $0 + bodyLength }) ?? true {
            let count = read(client, &buffer, buffer.count)
            if count <= 0 { break }
            bytes += buffer[..<count]
            if headerEnd == nil, let found = bytes.firstRange(of: end) {
                headerEnd = found.upperBound
                let head = String(decoding: bytes[..<found.lowerBound], as: UTF8.self)
                for line in head.components(separatedBy: "\r\n").dropFirst() {
                    let parts = line.split(separator: ":", maxSplits: 1)
                    if parts.count == 2, parts[0].lowercased() == "content-length" {
                        bodyLength = Int(parts[1].trimmingCharacters(in: .whitespaces)) ?? 0
                    }
                }
            }
        }
        guard let headerEnd else { return nil }
        let lines = String(decoding: bytes[..<(headerEnd - 4)], as: UTF8.self).components(separatedBy: "\r\n")
        let line = lines.first ?? ""
        var headers: [String: String] = [:]
        for header in lines.dropFirst() {
            let parts = header.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { headers[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        let words = line.split(separator: " ")
        let body = Data(bytes[headerEnd..<min(bytes.count, headerEnd + bodyLength)])
        return Request(line: line, method: words.first.map(String.init) ?? "", path: words.dropFirst().first.map(String.init) ?? "/",
                       headers: headers, body: body)
    }
}
