import NIOCore

/// Where the server listens, as the socket says once bound (so `localhost`, `::1` or a
/// name that resolves to 127.0.1.1 all count as this machine), and what to tell the
/// author when it is not this machine only.
enum ListenAddress {
    /// Whether only this machine can connect: 127.0.0.0/8, ::1, or IPv4 loopback mapped into IPv6.
    static func isLoopback(_ address: SocketAddress?) -> Bool {
        guard let ip = address?.ipAddress?.lowercased() else { return false }
        switch address {
        case .v4: return ip.hasPrefix("127.")
        case .v6: return ip == "::1" || ip.hasPrefix("::ffff:127.")
        default: return false
        }
    }

    /// One line for standard error when the preview is reachable from other machines.
    static func exposedWarning(host: String) -> String {
        "warning: listening on \(host), so other machines on the network can open this preview; "
            + "it is a preview server for authoring, not for production (leave out --host to keep it on this machine)"
    }
}
