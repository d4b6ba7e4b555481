import Foundation

/// What `openings notify --since PREVIOUS` compares with, told apart in this order:
/// a path that exists (a jobs.json, or an output folder holding one) wins, so a file
/// named like a branch is still a file; then an http(s) address; then a revision git
/// knows in the site's repository. Anything else is one error saying what to give.
public enum PreviousDeploy: Sendable, Equatable {
    case file(String)
    case address(String)
    /// A commit, and the revision as written (`HEAD~1`, `v1.2`), for messages.
    case revision(commit: String, name: String)

    public init(_ text: String, siteFolder: String,
                fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) throws {
        if !text.isEmpty, fileExists(text) {
            self = .file(text)
            return
        }
        let lowered = text.lowercased()
        if lowered.hasPrefix("https://") || lowered.hasPrefix("http://") {
            self = .address(text)
            return
        }
        if let commit = SiteAtRevision.commit(text, siteFolder: siteFolder) {
            self = .revision(commit: commit, name: text)
            return
        }
        let folder = siteFolder == "." || siteFolder.isEmpty ? "the current folder" : siteFolder
        let git = SiteAtRevision.isInWorkTree(siteFolder)
            ? "nor a revision git knows in \(folder)"
            : "and \(folder) is not in a git work tree, so it cannot be a revision"
        throw Failure("--since `\(text)` is no file, no http(s) address, \(git); give the jobs.json of the deploy before "
                      + "(its path or address) or a commit, tag or branch of the site (e.g. HEAD~1)")
    }
}
