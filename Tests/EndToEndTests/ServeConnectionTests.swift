import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ServeAbuseTests {
    /// Many connections, idle ones, slow ones (slowloris), ones that never read, and
    /// live-reload streams dropped in a loop: the author's own request is still answered
    /// at once, idle and slow connections are closed after the idle timeout, and the
    /// server's memory and open files come back down.
    @Suite struct Connections {
        /// The idle timeout the tests give the server (30 s in real use).
        static let idleTimeout = 2.0

        /// Raises this test process's own soft limit on open files, as far as it may.
        static func openFileBudget() -> Int {
            var limit = rlimit()
            #if canImport(Glibc)
            let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
            #else
            let resource = RLIMIT_NOFILE
            #endif
            getrlimit(resource, &limit)
            limit.rlim_cur = min(limit.rlim_max, 10_240)
            setrlimit(resource, &limit)
            getrlimit(resource, &limit)
            return Int(limit.rlim_cur)
        }

        /// A plain request on a fresh connection, timed; nil status when it failed.
        static func timedGet(port: Int) -> (seconds: Double, status: Int?) {
            let start = Date()
            let status = try? RawConnection.get("/robots.txt", port: port, timeout: 5).status
            return (Date().timeIntervalSince(start), status)
        }

        /// Sends one byte of a header that never ends every 0.2 s, until the server hangs up
        /// (the time is returned) or `seconds` pass (nil).
        static func trickle(_ connection: RawConnection, seconds: Double) -> Double? {
            let start = Date()
            connection.send("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
            while Date().timeIntervalSince(start) < seconds {
                if !connection.send("a") || connection.closes(within: 0.2) { return Date().timeIntervalSince(start) }
            }
            return nil
        }

        @Test func slowAndIdleConnectionsAreClosedAndNeverBlockTheAuthor() throws {
            let count = min(900, Self.openFileBudget() - 200)
            let server = try ServeProcess(environment: ["OPENINGS_SERVE_IDLE_TIMEOUT": String(Self.idleTimeout)])
            #expect(server.answers())
            let (rssBefore, filesBefore) = (server.residentKiB, server.openDescriptors)

            // Idle connections, and connections that sent half a request head and stopped.
            var idle: [RawConnection] = []
            for index in 0..<count {
                let connection = try RawConnection(port: server.port)
                if index.isMultiple(of: 3) { connection.send("GET / HTTP/1.1\r\nHost: localhost\r\n") }
                idle.append(connection)
            }
            // A few slowloris clients, one header byte every 0.2 s, on their own threads.
            let tricklers = try (0..<8).map { _ in try RawConnection(port: server.port) }
            let hungUp = LockedTimes()
            let group = DispatchGroup()
            for connection in tricklers {
                DispatchQueue.global().async(group: group) {
                    hungUp.add(Self.trickle(connection, seconds: Self.idleTimeout + 6))
                }
            }

            // The author's requests are answered at once meanwhile. The kernel completes
            // connections before the server accepts them, and keeps the whole burst queued
            // rather than drop a SYN (which costs a browser a second before its retry). The
            // author's connection waits its turn behind that queue, which says nothing about
            // how held connections treat the author, so the requests are timed once it is
            // drained.
            let queued = server.acceptQueueLength
            if let backlog = server.listenBacklog {
                let allowed = (try? String(contentsOfFile: "/proc/sys/net/core/somaxconn", encoding: .utf8))
                    .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 4096
                #expect(backlog >= min(count + tricklers.count, allowed), "listen backlog \(backlog)")
            }
            #expect(server.acceptsTheQueue(), "\(server.acceptQueueLength ?? 0) connections still not accepted after 20 s")
            let latencies = (0..<20).map { _ in Self.timedGet(port: server.port) }
            #expect(latencies.allSatisfy { $0.status == 200 }, "\(latencies)")
            let slowest = latencies.map(\.seconds).max() ?? 0
            #expect(slowest < 1, "slowest answer during the storm: \(slowest) s")
            let rssDuring = server.residentKiB

            // After the idle timeout every one of them has been closed by the server.
            group.wait()
            let times = hungUp.values
            #expect(times.count == tricklers.count && times.allSatisfy { $0 != nil && $0! < Self.idleTimeout + 2 },
                    "slowloris connections hung up after \(times) s")
            let stillOpen = idle.filter { !$0.closes(within: 0.01) }.count
            #expect(stillOpen == 0, "\(stillOpen) of \(idle.count) idle connections still open after the idle timeout")
            idle = []
            usleep(300_000)
            if let filesBefore, let filesAfter = server.openDescriptors {
                #expect(filesAfter <= filesBefore + 5, "open files \(filesBefore) → \(filesAfter)")
            }
            if let rssBefore, let rssDuring, let rssAfter = server.residentKiB {
                print("\(count) idle + 8 slowloris connections (\(queued.map(String.init) ?? "?") not yet accepted after the burst): RSS \(rssBefore) → \(rssDuring) → \(rssAfter) KiB; slowest answer \(slowest) s")
                #expect(rssDuring - rssBefore < 64 * 1024, "RSS grew from \(rssBefore) to \(rssDuring) KiB")
            }
            #expect(server.answers())
        }

        /// macOS starts processes with a soft limit of 256 open files: the server raises its
        /// own, so 600 idle connections do not lock the author out.
        @Test func aLowFileLimitDoesNotLockTheAuthorOut() throws {
            let count = 600
            try #require(Self.openFileBudget() > count + 200, "this machine allows too few open files for the test")
            let server = try ServeProcess(fileLimit: 256)
            var idle: [RawConnection] = []
            for _ in 0..<count { idle.append(try RawConnection(port: server.port)) }
            // Timed once the server has taken them all (see the test above): a server that
            // kept the low limit cannot, and fails here.
            #expect(server.acceptsTheQueue(), "\(server.acceptQueueLength ?? 0) connections never accepted")
            let latencies = (0..<5).map { _ in Self.timedGet(port: server.port) }
            #expect(latencies.allSatisfy { $0.status == 200 && $0.seconds < 1 }, "with \(count) idle connections: \(latencies)")
            idle = []
        }

        /// A tab closed (or a client that opens the event stream and drops it, in a loop)
        /// releases its connection at once, not at the next rebuild.
        @Test func droppedLiveReloadStreamsAreReleased() throws {
            let server = try ServeProcess()
            #expect(server.answers())
            let (rssBefore, filesBefore) = (server.residentKiB, server.openDescriptors)
            for round in 0..<600 {
                let connection = try RawConnection(port: server.port)
                connection.send("GET /_openings/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
                let head = try connection.readHead()
                if round == 0 { #expect(head?.header("content-type")?.hasPrefix("text/event-stream") == true) }
                // Half of them say goodbye (FIN), half just vanish with unread bytes (RST).
                if round.isMultiple(of: 2) { shutdown(connection.fd, Int32(SHUT_WR)) }
            }
            // A stream whose client stops sending is closed by the server.
            let polite = try RawConnection(port: server.port)
            polite.send("GET /_openings/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
            _ = try polite.readHead()
            shutdown(polite.fd, Int32(SHUT_WR))
            #expect(polite.closes(within: 2), "the server kept a half-closed event stream open")

            usleep(500_000)
            if let filesBefore, let filesAfter = server.openDescriptors {
                #expect(filesAfter <= filesBefore + 5, "open files \(filesBefore) → \(filesAfter) after 600 dropped streams")
            }
            if let rssBefore, let rssAfter = server.residentKiB {
                print("600 dropped event streams: RSS \(rssBefore) → \(rssAfter) KiB")
                #expect(rssAfter - rssBefore < 16 * 1024, "RSS grew from \(rssBefore) to \(rssAfter) KiB")
            }
            // Streams still open go on working: an edit reaches them.
            let open = try RawConnection(port: server.port, timeout: 10)
            open.send("GET /_openings/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
            _ = try open.readHead()
            let job = server.site + "/Content/jobs/backend-engineer.md"
            try (try String(contentsOfFile: job, encoding: .utf8) + "\nMore.\n").write(toFile: job, atomically: true, encoding: .utf8)
            #expect(String(decoding: open.readRest(seconds: 5), as: UTF8.self).contains("event: reload"))
        }

        /// Clients that pipeline megabytes of requests and never read the answers: the
        /// server stops reading from them (backpressure) instead of queueing answers.
        @Test func clientsThatNeverReadDoNotGrowMemory() throws {
            let server = try ServeProcess()
            #expect(server.answers())
            let rssBefore = server.residentKiB
            let requests = Array(String(repeating: "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n", count: 2000).utf8)
            var readers: [RawConnection] = []
            for _ in 0..<20 {
                let connection = try RawConnection(port: server.port)
                _ = fcntl(connection.fd, F_SETFL, fcntl(connection.fd, F_GETFL) | O_NONBLOCK)
                // Send until the kernel's buffers are full both ways (a non-blocking send fails).
                let deadline = Date().addingTimeInterval(0.15)
                while Date() < deadline { if !connection.send(requests) { usleep(20_000) } }
                readers.append(connection)
            }
            // The server answers what it read until the kernel's buffers are full, then waits.
            let during = Self.timedGet(port: server.port)
            usleep(1_000_000)
            let latency = Self.timedGet(port: server.port)
            #expect(during.status == 200 && latency.status == 200 && latency.seconds < 1, "\(during), then \(latency)")
            if let rssBefore, let rssAfter = server.residentKiB {
                print("20 connections that never read: RSS \(rssBefore) → \(rssAfter) KiB; answers \(during.seconds) s, then \(latency.seconds) s")
                #expect(rssAfter - rssBefore < 64 * 1024, "RSS grew from \(rssBefore) to \(rssAfter) KiB")
            }
            readers = []
            #expect(server.answers())
        }
    }
}

/// Times reported from several threads.
final class LockedTimes: @unchecked Sendable { // `times` is only reached under `lock`
    private let lock = NSLock()
    private var times: [Double?] = []
    func add(_ time: Double?) { lock.withLock { times.append(time) } }
    var values: [Double?] { lock.withLock { times } }
}
