import Foundation

/// What git knows about the site's files, read with one `git log` for the whole
/// site, never one process per file.
public struct GitHistory: Sendable {
    /// Site-relative path → time of the last commit that touched it (seconds since 1970).
    public var lastCommit: [String: Int64] = [:]

    /// Nil when the site is not in a git work tree or git is not installed: dates
    /// then come from the postings, never from file times, so builds stay reproducible.
    public static func read(siteFolder: String) -> GitHistory? {
        guard let output = run(["log", "--relative", "--no-renames", "--format=%x01%ct", "--name-only", "--", "."],
                               in: siteFolder) else { return nil }
        var history = GitHistory()
        var time: Int64 = 0
        for line in output.split(separator: "\n") {
            if line.first == "\u{1}" {
                time = Int64(line.dropFirst()) ?? 0
            } else if history.lastCommit[String(line)] == nil {
                // `git log` lists newest first: the first time a path appears is its last change.
                history.lastCommit[String(line)] = time
            }
        }
        return history
    }

    public enum ChangedFilesError: Error, CustomStringConvertible {
        case notARepository(String)
        case badReference(String)
        public var description: String {
            switch self {
            case .notARepository(let folder): return "\(folder) is not in a git work tree, so --changed-since cannot tell what changed"
            case .badReference(let ref): return "git does not know `\(ref)`; pass a branch, tag or commit (e.g. origin/main)"
            }
        }
    }

    /// Site-relative paths changed since `reference`: committed, staged, unstaged, and new untracked files.
    public static func changedFiles(since reference: String, siteFolder: String) throws -> Set<String> {
        guard run(["rev-parse", "--is-inside-work-tree"], in: siteFolder) != nil else {
            throw ChangedFilesError.notARepository(siteFolder)
        }
        guard !reference.hasPrefix("-"), run(["rev-parse", "--verify", "--quiet", reference + "^{commit}"], in: siteFolder) != nil else {
            throw ChangedFilesError.badReference(reference)
        }
        var changed = Set<String>()
        for arguments in [["diff", "--relative", "--no-renames", "--name-only", reference, "--", "."],
                          ["ls-files", "--others", "--exclude-standard", "--", "."]] {
            guard let output = run(arguments, in: siteFolder) else { throw ChangedFilesError.badReference(reference) }
            changed.formUnion(output.split(separator: "\n").map(String.init))
        }
        return changed
    }

    /// Runs git with paths printed as they are (no octal quoting); nil on any failure.
    /// Spawned directly: Foundation's `Process` took about 50 ms to notice the exit,
    /// twice per build.
    static func run(_ arguments: [String], in folder: String) -> String? {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        let argv = ["git", "-c", "core.quotePath=false", "-C", folder] + arguments
        let cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "git", &actions, nil, cArguments, environ)
        close(writeEnd)
        guard spawned == 0 else { close(readEnd); return nil }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(readEnd, $0.baseAddress, $0.count) }
            if count > 0 { data.append(contentsOf: buffer[0..<count]) } else if count == 0 || errno != EINTR { break }
        }
        close(readEnd)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        // Exited (not signalled) with status 0.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
