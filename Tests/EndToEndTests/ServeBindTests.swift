import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ServeAbuseTests {
    /// Where the preview listens: loopback unless told otherwise, and one clear warning
    /// when told otherwise. On loopback, requests naming a foreign host (DNS rebinding:
    /// a web page pointing its own name at 127.0.0.1) are refused.
    @Suite struct Binding {
        /// This machine's first IPv4 address that is not loopback, if it has one.
        static var otherAddress: String? {
            var list: UnsafeMutablePointer<ifaddrs>?
            guard getifaddrs(&list) == 0 else { return nil }
            defer { freeifaddrs(list) }
            var entry = list
            while let current = entry?.pointee {
                defer { entry = current.ifa_next }
                guard let address = current.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) else { continue }
                var name = [CChar](repeating: 0, count: Int(NI_MAXHOST))
                guard getnameinfo(address, socklen_t(MemoryLayout<sockaddr_in>.size), &name, socklen_t(name.count), nil, 0, NI_NUMERICHOST) == 0
                else { continue }
                let text = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                if !text.hasPrefix("127.") { return text }
            }
            return nil
        }

        /// Whether this machine has IPv6 loopback to listen on.
        static var hasIPv6: Bool {
            #if canImport(Glibc)
            let fd = socket(AF_INET6, Int32(SOCK_STREAM.rawValue), 0)
            #else
            let fd = socket(AF_INET6, SOCK_STREAM, 0)
            #endif
            guard fd >= 0 else { return false }
            defer { close(fd) }
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_addr = in6addr_loopback
            return withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            } == 0
        }

        static func warnings(_ server: ServeProcess) -> [String] {
            server.stderr.components(separatedBy: "\n").filter { $0.hasPrefix("warning:") }
        }

        @Test func byDefaultOnlyThisMachineConnectsAndNothingIsSaid() throws {
            let server = try ServeProcess()
            #expect(server.shownHost == "127.0.0.1")
            #expect(Self.warnings(server).isEmpty, "\(server.stderr)")
            #expect(server.answers())
            if let other = Self.otherAddress {
                #expect(throws: RawConnection.Failure.self, "reachable on \(other)") { try RawConnection(host: other, port: server.port) }
            }
        }

        @Test(arguments: ["localhost", "127.0.0.1", "::1"])
        func loopbackNamesAreLoopback(host: String) throws {
            if host == "::1" { try #require(Self.hasIPv6, "no IPv6 loopback here") }
            let server = try ServeProcess(extra: ["--host", host])
            #expect(Self.warnings(server).isEmpty, "--host \(host): \(server.stderr)")
            // `localhost` may resolve to either loopback address first.
            let answered = ["127.0.0.1", "::1"].contains { address in
                (try? RawConnection.get("/robots.txt", port: server.port, host: address).status) == 200
            }
            #expect(answered)
            if let other = Self.otherAddress {
                #expect((try? RawConnection(host: other, port: server.port)) == nil, "--host \(host) is reachable on \(other)")
            }
        }

        @Test(arguments: ["0.0.0.0", "::"])
        func anyOtherAddressIsAnnouncedOnce(host: String) throws {
            if host == "::" { try #require(Self.hasIPv6, "no IPv6 here") }
            let server = try ServeProcess(extra: ["--host", host])
            let warnings = Self.warnings(server)
            #expect(warnings.count == 1, "\(server.stderr)")
            #expect(warnings.first?.contains("other machines") == true)
            #expect(warnings.first?.contains("not for production") == true)
            if let other = Self.otherAddress {
                let response = try RawConnection.get("/robots.txt", port: server.port, host: other)
                #expect(response.status == 200, "reachable on \(other), as asked")
            }
            // Other machines know this one by names of their own: no Host check beyond loopback.
            let named = try RawConnection(port: server.port)
            named.send("GET /robots.txt HTTP/1.1\r\nHost: my-laptop.lan:\(server.port)\r\nConnection: close\r\n\r\n")
            #expect(try named.readResponse()?.status == 200)
        }

        /// DNS rebinding: a page on `evil.example` whose name now points at 127.0.0.1 sends
        /// `Host: evil.example`. Refused; names that cannot be rebound are answered.
        @Test func foreignHostNamesAreRefusedOnLoopback() throws {
            let server = try ServeProcess()
            let port = server.port
            func status(host: String?) throws -> Int? {
                let connection = try RawConnection(port: port)
                connection.send("GET / HTTP/1.1\r\n" + (host.map { "Host: \($0)\r\n" } ?? "") + "Connection: close\r\n\r\n")
                return try connection.readResponse()?.status
            }
            for host in ["evil.example", "evil.example:\(port)", "127.0.0.1.nip.io:\(port)", "localhost.evil.example", "evil.example:80:\(port)",
                         "[::1].evil.example", "0x7f000001.example", ""] {
                #expect(try status(host: host) == 403, "Host: \(host)")
            }
            for host in ["localhost", "localhost:\(port)", "LOCALHOST.", "127.0.0.1:\(port)", "[::1]:\(port)", "preview.localhost:\(port)",
                         "192.168.1.20:\(port)"] {
                #expect(try status(host: host) == 200, "Host: \(host)")
            }
            let old = try RawConnection(port: port)
            old.send("GET / HTTP/1.0\r\n\r\n")
            #expect(try old.readResponse()?.status == 200, "HTTP/1.0 without Host")
            // The live-reload stream is refused to a foreign page too.
            let events = try RawConnection(port: port)
            events.send("GET /_openings/events HTTP/1.1\r\nHost: evil.example\r\n\r\n")
            #expect(try events.readResponse()?.status == 403)
        }
    }
}
