import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// `connect`, `send` and `close` are also names of methods below, so the calls name the
// C library's module, which differs by system; so does the type of `SOCK_STREAM`.
#if canImport(Glibc)
private func systemConnect(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 { Glibc.connect(fd, address, length) }
private func systemSend(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int { Glibc.send(fd, bytes, count, Int32(MSG_NOSIGNAL)) }
private func systemClose(_ fd: Int32) { _ = Glibc.close(fd) }
private let streamSocket = Int32(SOCK_STREAM.rawValue)
#else
private func systemConnect(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 { Darwin.connect(fd, address, length) }
private func systemSend(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int { Darwin.send(fd, bytes, count, 0) }
private func systemClose(_ fd: Int32) { _ = Darwin.close(fd) }
private let streamSocket = SOCK_STREAM
#endif

/// One TCP connection that sends exactly the bytes it is given — request lines no URL
/// type would accept, broken framing, half a header — and reads responses one at a
/// time, so pipelining and "was the hidden request answered?" can be checked.
final class RawConnection: @unchecked Sendable { // each connection is used by one thread at a time
    struct Failure: Error, CustomStringConvertible { var description: String }

    struct Response {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }

        func header(_ name: String) -> String? {
            headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
    }

    let fd: Int32
    /// Bytes received and not yet taken by a read.
    private var pending: [UInt8] = []
    private(set) var closedByPeer = false

    /// Connects to `host` (a numeric IPv4 or IPv6 address); reads wait at most `timeout` seconds each.
    init(host: String = "127.0.0.1", port: Int, timeout: Double = 5) throws {
        var hints = addrinfo()
        hints.ai_flags = AI_NUMERICHOST
        hints.ai_socktype = streamSocket
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let info = list else {
            throw Failure(description: "not an address: \(host)")
        }
        defer { freeaddrinfo(list) }
        fd = socket(info.pointee.ai_family, streamSocket, 0)
        guard fd >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        guard systemConnect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 else {
            let code = errno
            systemClose(fd)
            throw Failure(description: "connect to \(host) port \(port): errno \(code)")
        }
        setTimeout(timeout)
        #if canImport(Darwin)
        var on: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    deinit { systemClose(fd) }

    func setTimeout(_ seconds: Double) {
        var timeout = timeval(tv_sec: Int(seconds), tv_usec: suseconds_t((seconds - seconds.rounded(.down)) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Sends every byte; false once the peer has closed or reset the connection.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { systemSend(fd, $0.baseAddress! + offset, $0.count - offset) }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    @discardableResult
    func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// One more read into `pending`; false on end of stream, reset or timeout.
    private func fill() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if count > 0 {
            pending += buffer[0..<count]
            return true
        }
        if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) { closedByPeer = true }
        return false
    }

    /// Takes bytes up to and including `marker`, reading more as needed; nil if the
    /// stream ends or times out first.
    private func take(through marker: [UInt8]) -> [UInt8]? {
        var searchFrom = 0
        while true {
            if pending.count >= marker.count {
                for start in searchFrom...(pending.count - marker.count) where pending[start..<start + marker.count].elementsEqual(marker) {
                    let taken = Array(pending[..<(start + marker.count)])
                    pending.removeFirst(start + marker.count)
                    return taken
                }
                searchFrom = pending.count - marker.count + 1
            }
            guard fill() else { return nil }
        }
    }

    private func take(count: Int) -> [UInt8]? {
        while pending.count < count { guard fill() else { return nil } }
        let taken = Array(pending[..<count])
        pending.removeFirst(count)
        return taken
    }

    /// Reads one response: its head, then a body framed by Content-Length, chunks, or
    /// the end of the connection. Nil when the connection ends (or times out) before a
    /// whole head has come. Throws when the body is cut short.
    func readResponse(method: String = "GET") throws -> Response? {
        guard let head = take(through: Array("\r\n\r\n".utf8)) else { return nil }
        let lines = String(decoding: head.dropLast(4), as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]) else {
            throw Failure(description: "not a status line: \(lines[0])")
        }
        var response = Response(status: status, headers: [], body: [])
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            response.headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        if method == "HEAD" || status == 204 || status == 304 || (100..<200).contains(status) { return response }
        if let length = response.header("content-length").flatMap(Int.init) {
            guard let body = take(count: length) else {
                throw Failure(description: "body cut short: \(pending.count) of \(length) bytes")
            }
            response.body = body
        } else if response.header("transfer-encoding")?.lowercased() == "chunked" {
            while true {
                guard let line = take(through: [13, 10]),
                      let size = Int(String(decoding: line.dropLast(2), as: UTF8.self).split(separator: ";")[0], radix: 16) else {
                    throw Failure(description: "chunked body cut short")
                }
                guard let chunk = take(count: size + 2) else { throw Failure(description: "chunk cut short") }
                if size == 0 { break }
                response.body += chunk.dropLast(2)
            }
        } else {
            while fill() {}
            response.body = pending
            pending = []
        }
        return response
    }

    /// Reads only the head of the next response, for a body that never ends (the
    /// live-reload event stream); what came of the body stays for `readRest`.
    func readHead() throws -> Response? { try readResponse(method: "HEAD") }

    /// Everything that arrives until the peer closes or `seconds` pass without a byte.
    func readRest(seconds: Double = 1) -> [UInt8] {
        setTimeout(seconds)
        while fill() {}
        setTimeout(5)
        defer { pending = [] }
        return pending
    }

    /// Whether the peer closes (or resets) the connection within `seconds`; bytes that
    /// arrive meanwhile are dropped.
    func closes(within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            setTimeout(max(0.01, deadline.timeIntervalSinceNow))
            _ = fill()
            pending = []
            if closedByPeer { return true }
        }
        return false
    }

    /// Sends `GET path` with `Host` and reads the answer: the everyday request, to
    /// check the server still serves after an attack.
    static func get(_ path: String, port: Int, host: String = "127.0.0.1", timeout: Double = 5) throws -> Response {
        let connection = try RawConnection(host: host, port: port, timeout: timeout)
        connection.send("GET \(path) HTTP/1.1\r\nHost: localhost:\(port)\r\nConnection: close\r\n\r\n")
        guard let response = try connection.readResponse() else { throw Failure(description: "no response to GET \(path)") }
        return response
    }
}
