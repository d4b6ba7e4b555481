import Foundation

/// A small file system of its own for a test (a disk that fills up, one that turns
/// read-only), mounted with `mount -t tmpfs`, which needs root.
struct Tmpfs {
    struct Failure: Error, CustomStringConvertible { var description: String }

    let path: String

    /// Mounts a tmpfs of `size` (`2m`) at `path`, made if missing.
    static func mount(at path: String, size: String) throws -> Tmpfs {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try run(["mount", "-t", "tmpfs", "-o", "size=\(size),mode=0777", "tmpfs", path])
        return Tmpfs(path: path)
    }

    /// Mounted again read-only: every write fails with EROFS.
    func makeReadOnly() throws { try Self.run(["mount", "-o", "remount,ro", path]) }

    func unmount() {
        // Lazily, so that a test failing with a file still open does not leave it mounted.
        try? Self.run(["umount", "-l", path])
    }

    private static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        try process.run()
        let message = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(arguments.joined(separator: " ")): \(String(decoding: message, as: UTF8.self))")
        }
    }
}
