import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `openings serve` as a process: it prints its URL once listening, serves on
/// loopback, and stops promptly on Ctrl-C or SIGTERM even with a browser tab's event
/// stream open.
@Suite(.serialized) struct ServeTests {
    struct Failure: Error, CustomStringConvertible { var description: String }

    struct Server {
        let process: Process
        let port: Int
    }

    static func start(site: String) throws -> Server {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryTests.binary)
        process.arguments = ["serve", "--site", site, "--port", "0"]
        process.environment = ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": "1795824000"]) { _, new in new }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = ServeProcess.firstLine(of: out)
        guard let match = text.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression),
              let port = Int(text[match].dropFirst("http://127.0.0.1:".count).dropLast()) else {
            process.terminate()
            throw Failure(description: "no URL printed: \(text)")
        }
        return Server(process: process, port: port)
    }

    /// Opens the live-reload stream on a raw socket and keeps it open.
    static func openEventStream(port: Int) -> Int32 {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0) // an enum in glibc, an Int32 on Darwin
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        let request = Array("GET /_openings/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        _ = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) } // the response head and ": connected"
        return fd
    }

    static func waitForExit(_ process: Process, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        return !process.isRunning
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func stopsWithinTwoSecondsWithATabOpen(signal: Int32) throws {
        let folder = BinaryTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try BinaryTests.copySite(to: folder, fixture: "minimal")
        let server = try Self.start(site: folder + "/site")
        defer { if server.process.isRunning { server.process.terminate() } }
        let stream = Self.openEventStream(port: server.port)
        defer { close(stream) }

        let start = Date()
        kill(server.process.processIdentifier, signal)
        #expect(Self.waitForExit(server.process, seconds: 2), "still running 2 s after signal \(signal)")
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(server.process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: folder + "/site/Public"), "serve never writes Public/")
    }
}
