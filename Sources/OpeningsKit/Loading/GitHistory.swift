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
    static func run(_ arguments: [String], in folder: String) -> String? {
        guard let output = ChildProcess.output(["git", "-c", "core.quotePath=false", "-C", folder] + arguments) else { return nil }
        return String(decoding: output, as: UTF8.self)
    }
}
