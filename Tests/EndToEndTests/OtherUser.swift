import Foundation

/// Permission faults need a user the files do not let in. Root passes every
/// permission check, so as root (as on CI) the binary runs as `nobody` through
/// `setpriv`; as anyone else, the test's own user already is such a user once a
/// mode is taken away with chmod.
enum OtherUser {
    static var isRoot: Bool { getuid() == 0 }

    /// `openings` with `arguments`, as `nobody` when the tests run as root.
    static func run(_ arguments: [String], in directory: String? = nil) throws -> BinaryTests.Run {
        guard isRoot else { return try BinaryTests.run(arguments, in: directory) }
        return try BinaryTests.run(arguments, in: directory, executable: "/usr/bin/setpriv",
                                   prefix: ["--reuid=65534", "--regid=65534", "--clear-groups", BinaryTests.binary])
    }

    /// A folder every user may write into, for outputs the other user builds.
    static func sharedFolder(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        chmod(path, 0o777)
    }
}
