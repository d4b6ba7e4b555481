import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-thread HTTP/1.1 server on 127.0.0.1 for tests of commands that fetch: it
/// answers each path from a table (404 otherwise), closes each connection after one
/// answer, and records the request lines it was sent.
final class LocalHTTPServer: @unchecked Sendable {
    struct Answer {
        var status = 200
        var contentType = "application/json"
        var body: Data
        /// Headers of a redirect and the like.
        var headers: [String: String] = [:]
    }

    let port: Int
    private let socket: Int32
    private let answers: [String: Answer]
    private let lock = NSLock()
    private var requestLines: [String] = []
    private var thread: Thread?

    /// Request lines received so far (`GET /board.json HTTP/1.1`).
    var requests: [String] { lock.withLock { requestLines } }

    init(answers: [String: Answer]) throws {
        self.answers = answers
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
            var received = [UInt8]()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !received.ends(with: Array("\r\n\r\n".utf8)) {
                let count = read(client, &buffer, buffer.count)
                if count <= 0 { break }
                received += buffer[..<count]
            }
            let request = String(decoding: received, as: UTF8.self)
            let line = request.components(separatedBy: "\r\n").first ?? ""
            lock.withLock { requestLines.append(line) }
            let path = line.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
            let answer = answers[path] ?? Answer(status: 404, contentType: "text/plain", body: Data("not found".utf8))
            var head = "HTTP/1.1 \(answer.status) \(answer.status == 200 ? "OK" : "Status")\r\n"
            head += "Content-Type: \(answer.contentType)\r\nContent-Length: \(answer.body.count)\r\nConnection: close\r\n"
            for (name, value) in answer.headers { head += "\(name): \(value)\r\n" }
            let bytes = Array(head.utf8) + Array("\r\n".utf8) + Array(answer.body)
            _ = bytes.withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
            close(client)
        }
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix }
}
