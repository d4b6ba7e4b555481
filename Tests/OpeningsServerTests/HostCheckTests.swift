import NIOCore
@testable import OpeningsServer
import Testing

/// The names a loopback preview answers (DNS rebinding cannot point them elsewhere),
/// and which bound addresses count as this machine only.
@Suite struct HostCheckTests {
    @Test(arguments: ["localhost", "localhost:8000", "LocalHost:80", "localhost.", "preview.localhost:8000", "127.0.0.1",
                      "127.0.0.1:8000", "10.0.0.7:8000", "[::1]", "[::1]:8000", "[fe80::1]:8000", "docs.internal"])
    func answered(host: String) {
        #expect(HostCheckMiddleware<PreviewRequestContext>.allowed(host, configured: "docs.internal"))
    }

    @Test(arguments: ["evil.example", "evil.example:8000", "localhost.evil.example", "127.0.0.1.nip.io", "[::1", "[::1]x",
                      "[::1]:80x", "localhost:http", "evil.example:80:8000", "0x7f.1", "", "[evil.example]:80"])
    func refused(host: String) {
        #expect(!HostCheckMiddleware<PreviewRequestContext>.allowed(host, configured: "docs.internal"))
    }

    @Test func loopbackAddresses() throws {
        #expect(ListenAddress.isLoopback(try SocketAddress(ipAddress: "127.0.0.1", port: 8000)))
        #expect(ListenAddress.isLoopback(try SocketAddress(ipAddress: "127.0.1.1", port: 8000)))
        #expect(ListenAddress.isLoopback(try SocketAddress(ipAddress: "::1", port: 8000)))
        #expect(ListenAddress.isLoopback(try SocketAddress(ipAddress: "::ffff:127.0.0.1", port: 8000)))
        #expect(!ListenAddress.isLoopback(try SocketAddress(ipAddress: "0.0.0.0", port: 8000)))
        #expect(!ListenAddress.isLoopback(try SocketAddress(ipAddress: "::", port: 8000)))
        #expect(!ListenAddress.isLoopback(try SocketAddress(ipAddress: "192.168.1.20", port: 8000)))
        #expect(!ListenAddress.isLoopback(nil))
    }
}
