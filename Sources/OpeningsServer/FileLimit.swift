#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every connection is a file descriptor, and macOS starts a process with a soft limit
/// of 256 of them: a few hundred idle connections (a load test's, an attacker's, tabs
/// left open) and the preview could accept no more, the author's browser included, until
/// they time out. The soft limit is raised towards the hard one, to at most 10,240 (what
/// macOS allows a process; memory per connection stays bounded at that).
enum FileLimit {
    static let target: rlim_t = 10_240

    /// Raises the soft limit; returns the limit in force afterwards.
    @discardableResult
    static func raise() -> rlim_t {
        var limit = rlimit()
        guard getrlimit(resourceNumber, &limit) == 0 else { return 0 }
        let wanted = min(limit.rlim_max, target)
        guard limit.rlim_cur < wanted else { return limit.rlim_cur }
        var raised = limit
        raised.rlim_cur = wanted
        return setrlimit(resourceNumber, &raised) == 0 ? wanted : limit.rlim_cur
    }

    #if canImport(Glibc)
    private static let resourceNumber = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
    private static let resourceNumber = RLIMIT_NOFILE
    #endif
}
