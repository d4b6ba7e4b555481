import Foundation

/// The file of the running `openings` binary, so that a rebuilt binary never takes an
/// older build's manifest as its own (see `BuildManifest.fingerprint`).
enum RunningExecutable {
    /// The status of the executable's file; nil when it cannot be found.
    static func status() -> FileStatus? {
        #if os(Linux)
        // The file the kernel started, even when its path has been replaced since.
        return FileStatus("/proc/self/exe", followingLinks: true)
        #else
        // No /proc: Foundation knows the path (argv[0] as a last resort, which may be
        // relative to the current folder); `stat` follows links to the real file.
        guard let path = Bundle.main.executablePath ?? CommandLine.arguments.first, !path.isEmpty else { return nil }
        return FileStatus(URL(fileURLWithPath: path).standardizedFileURL.path, followingLinks: true)
        #endif
    }
}
