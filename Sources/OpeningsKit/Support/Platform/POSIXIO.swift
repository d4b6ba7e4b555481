#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `read` and `write` on a file descriptor. Callers that have a method of the same
/// name must name the C library's module to reach the system call, and that module is
/// `Glibc` on Linux and `Darwin` on Apple systems: this is the one place that knows.
enum POSIXIO {
    /// Bytes read (0 at the end), or -1 with `errno` set.
    static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }

    /// Bytes written (possibly fewer than `count`), or -1 with `errno` set.
    static func write(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
        #else
        Darwin.write(fd, buffer, count)
        #endif
    }
}
