import Hummingbird
import OpeningsKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stops DNS rebinding: any web page the author opens can point a name it owns at
/// 127.0.0.1 and, the browser seeing one origin, read the preview (drafts included).
/// Such requests name the attacker's host in `Host`, so while the server listens on
/// loopback it answers only names that cannot be rebound — `localhost`, `*.localhost`,
/// IP addresses, the `--host` given — and refuses others with 403. A request without
/// `Host` (HTTP/1.0) is no browser's. Listening beyond loopback (`--host 0.0.0.0`),
/// machines on the network use whatever name they know this one by: no check.
struct HostCheckMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Whether the socket is on loopback; set once it is bound, checked from the start.
    let loopback: LockedValue<Bool>
    /// The `--host` value, lowercased: always an allowed name.
    let configuredHost: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if loopback.withLock({ $0 }), let authority = request.head.authority, !Self.allowed(authority, configured: configuredHost) {
            return Response(status: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: Self.refusal)))
        }
        return try await next(request, context)
    }

    /// The 403's text: why, and what to do when the name is the author's own (a tunnel,
    /// a container's port, a codespace's forwarded address).
    static var refusal: String { """
        This preview only answers requests for localhost or an IP address, so that no other web page can read it \
        (DNS rebinding). To open it under another name, such as a tunnel or a forwarded port, start it with \
        `openings serve --host 0.0.0.0`; other machines can then connect too.

        """
    }

    /// Whether `authority` (a `Host` value: name or address, maybe a port) is one the
    /// preview answers on loopback.
    static func allowed(_ authority: String, configured: String) -> Bool {
        var name = Substring(authority.lowercased())
        if name.hasPrefix("[") {
            // An IPv6 literal, `[::1]` or `[::1]:8000`.
            guard let end = name.firstIndex(of: "]") else { return false }
            let rest = name[name.index(after: end)...]
            guard rest.isEmpty || (rest.first == ":" && rest.dropFirst().allSatisfy(\.isNumber)) else { return false }
            return isAddress(String(name[name.index(after: name.startIndex)..<end]), family: AF_INET6)
        }
        if let colon = name.lastIndex(of: ":") {
            guard name[name.index(after: colon)...].allSatisfy(\.isNumber) else { return false }
            name = name[..<colon]
        }
        if name.hasSuffix(".") { name = name.dropLast() } // `localhost.` is `localhost`
        return name == "localhost" || name.hasSuffix(".localhost") || name == configured || isAddress(String(name), family: AF_INET)
    }

    private static func isAddress(_ text: String, family: Int32) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16)
        return inet_pton(family, text, &buffer) == 1
    }
}
