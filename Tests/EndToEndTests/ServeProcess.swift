import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `openings serve` running as a child process on a free port, for tests that attack
/// it from outside: its site folder, its port, what it said on standard error, and
/// its memory as the kernel counts it.
final class ServeProcess {
    struct Failure: Error, CustomStringConvertible { var description: String }

    let process: Process
    let folder: String
    let site: String
    let port: Int
    /// The address the printed URL names (`127.0.0.1`, `[::1]`, `0.0.0.0`…).
    let shownHost: String
    private let stderrPath: String

    /// Copies the `minimal` fixture and serves it; `extra` are more `serve` arguments,
    /// `environment` more variables (e.g. a short idle timeout); `fileLimit` starts it
    /// with that soft limit on open files, as macOS does (256).
    init(extra: [String] = [], environment: [String: String] = [:], fileLimit: Int? = nil) throws {
        folder = BinaryTests.temporaryFolder()
        try BinaryTests.copySite(to: folder, fixture: "minimal")
        site = folder + "/site"
        stderrPath = folder + "/stderr.txt"
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process = Process()
        let arguments = ["serve", "--site", site, "--port", "0"] + extra
        if let fileLimit {
            // The shell sets the limit and becomes the server (`exec`): same process id.
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -Sn \(fileLimit) && exec \"$0\" \"$@\"", BinaryTests.binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: BinaryTests.binary)
            process.arguments = arguments
        }
        process.environment = ProcessInfo.processInfo.environment
            .merging(["SOURCE_DATE_EPOCH": "1795824000"].merging(environment) { _, new in new }) { _, new in new }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle(forWritingAtPath: stderrPath)
        try process.run()
        let text = Self.firstLine(of: out)
        guard let match = text.firstMatch(of: /http:\/\/(\S+):(\d+)\//), let port = Int(match.2) else {
            process.terminate()
            throw Failure(description: "no URL printed: \(text)")
        }
        self.port = port
        shownHost = String(match.1)
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The first line `serve` prints on standard output: its URL, printed once the socket
    /// is listening (60 s at most).
    static func firstLine(of out: Pipe) -> String {
        var line = Data()
        let deadline = Date().addingTimeInterval(60)
        while !line.contains(UInt8(ascii: "\n")), Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        return String(decoding: line, as: UTF8.self)
    }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    /// The rebuild lines so far (`<what changed>: rendered …` or `…: build failed …`, see
    /// README), the initial build's first.
    var builds: [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.contains(": rendered ") || $0.contains(": build failed ") }
    }

    /// Status and body of `GET path`, over a fresh connection.
    func get(_ path: String) throws -> (status: Int, body: String) {
        let response = try RawConnection.get(path, port: port, timeout: 10)
        return (response.status, response.text)
    }

    /// Polls until `condition` holds (true) or `seconds` pass (false).
    static func eventually(_ seconds: Double = 10, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            usleep(20_000)
        }
        return try condition()
    }

    /// Resident memory in KiB (`VmRSS`), or nil where there is no `/proc`.
    var residentKiB: Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    }

    /// Open file descriptors (sockets included), or nil where there is no `/proc`.
    var openDescriptors: Int? {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(process.processIdentifier)/fd"))?.count
    }

    /// Connections the kernel has completed on the server's port and the server has not
    /// yet accepted (a listening socket's `rx_queue` in `/proc/net/tcp` and `tcp6`), or
    /// nil where there is no `/proc`.
    var acceptQueueLength: Int? {
        let port = String(format: "%04X", self.port)
        var found: Int?
        for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
            guard let text = try? String(contentsOfFile: table, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n").dropFirst() {
                // sl local_address rem_address st tx_queue:rx_queue …; state 0A is LISTEN.
                let fields = line.split(separator: " ", omittingEmptySubsequences: true)
                guard fields.count > 4, fields[1].hasSuffix(":" + port), fields[3] == "0A",
                      let queued = fields[4].split(separator: ":").last.flatMap({ Int($0, radix: 16) }) else { continue }
                found = (found ?? 0) + queued
            }
        }
        return found
    }

    /// Waits until the server has accepted every connection the kernel completed for it
    /// (at most `seconds`); true at once where there is no `/proc` to tell.
    func acceptsTheQueue(within seconds: Double = 20) -> Bool {
        guard acceptQueueLength != nil else { return true }
        return Self.eventually(seconds) { acceptQueueLength == 0 }
    }

    /// How many completed connections may wait for the server before the kernel drops
    /// new ones: what `listen` was given, capped by `net.core.somaxconn`. `/proc/net/tcp`
    /// does not show it; iproute2's `ss` does (its Send-Q for a listening socket). Nil
    /// without `ss`.
    var listenBacklog: Int? {
        let ss = Process()
        ss.executableURL = URL(fileURLWithPath: ["/bin/ss", "/usr/bin/ss", "/sbin/ss", "/usr/sbin/ss"]
            .first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/bin/ss")
        ss.arguments = ["-ltnH", "sport = :\(port)"]
        let out = Pipe()
        ss.standardOutput = out
        ss.standardError = FileHandle.nullDevice
        guard (try? ss.run()) != nil else { return nil }
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        ss.waitUntilExit()
        // State Recv-Q Send-Q Local Peer, one line per listening socket.
        return text.split(separator: "\n")
            .compactMap { line in line.split(separator: " ", omittingEmptySubsequences: true).dropFirst(2).first.flatMap { Int($0) } }
            .max()
    }

    /// A plain GET answered with 200 within `seconds`: the server is still healthy.
    func answers(_ path: String = "/", within seconds: Double = 2) -> Bool {
        guard process.isRunning, let response = try? RawConnection.get(path, port: port, timeout: seconds) else { return false }
        return response.status == 200
    }
}
