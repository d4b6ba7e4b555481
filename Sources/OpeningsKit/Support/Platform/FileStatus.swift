import Foundation

/// What `lstat`/`stat` say about a path, in one shape on every system: Linux calls
/// the modification time `st_mtim`, Darwin `st_mtimespec`, and the integer types of
/// the fields differ. Shared code reads this instead of `struct stat`.
public struct FileStatus: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case file, directory, symbolicLink, other }

    public let kind: Kind
    public let size: Int64
    public let inode: UInt64
    /// The modification time as the file system keeps it: whole seconds since 1970
    /// and nanoseconds into that second.
    public let modifiedSeconds: Int64
    public let modifiedNanosecondPart: Int64

    /// The modification time in nanoseconds since 1970. Wraps instead of trapping past
    /// the year 2262, so a file dated absurdly far off is compared, not a crash.
    public var modified: Int64 { modifiedSeconds &* 1_000_000_000 &+ modifiedNanosecondPart }

    /// The status of `path` itself (`lstat`: a symbolic link is reported as one), or of
    /// what it leads to with `followingLinks` (`stat`); nil when the call fails.
    public init?(_ path: String, followingLinks: Bool = false) {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other
        }
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
        #if canImport(Darwin)
        modifiedSeconds = Int64(info.st_mtimespec.tv_sec)
        modifiedNanosecondPart = Int64(info.st_mtimespec.tv_nsec)
        #else
        modifiedSeconds = Int64(info.st_mtim.tv_sec)
        modifiedNanosecondPart = Int64(info.st_mtim.tv_nsec)
        #endif
    }
}
