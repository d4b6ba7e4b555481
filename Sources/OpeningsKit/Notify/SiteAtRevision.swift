import Foundation

/// The site as a git revision holds it, built in memory up to its jobs.json: what the
/// deploy of that revision published, for `openings notify --since REV`.
public enum SiteAtRevision {
    /// The full commit id `revision` names in the repository holding `siteFolder`;
    /// nil when git does not know it, the site is not in a git work tree, or git is missing.
    public static func commit(_ revision: String, siteFolder: String) -> String? {
        // A revision that starts with `-` would be read as an option.
        guard !revision.isEmpty, !revision.hasPrefix("-"),
              let output = GitHistory.run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: siteFolder)
        else { return nil }
        let commit = output.trimmingCharacters(in: .whitespacesAndNewlines)
        return commit.isEmpty ? nil : commit
    }

    /// Whether `siteFolder` is inside a git work tree (for the error when a revision is unknown).
    public static func isInWorkTree(_ siteFolder: String) -> Bool {
        GitHistory.run(["rev-parse", "--is-inside-work-tree"], in: siteFolder) != nil
    }

    /// The jobs.json a build of the site at `commit` writes. `name` is the revision as
    /// the user wrote it, for messages. Content/ and Themes/ are taken from git into a
    /// temporary folder (removed again), never from the working tree.
    public static func jobsJSON(siteFolder: String, commit: String, name: String) throws -> String {
        guard let listing = GitHistory.run(["ls-tree", "--name-only", commit], in: siteFolder) else {
            throw Failure("git could not list the site's files at \(name)")
        }
        let present = Set(listing.split(separator: "\n").map(String.init))
        guard present.contains("Content") else {
            throw Failure("the site has no Content/ folder at \(name) (was it made later?); give the previous deploy's jobs.json instead")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openings-notify-\(UUID().uuidString)").path
        let site = folder + "/site"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
        } catch {
            throw Failure("cannot make a temporary folder to build \(name) in: \(error.localizedDescription)")
        }
        // Paths are relative to the site folder, which git's `-C` makes the current one.
        let archive = ["archive", "--format=tar", "-o", folder + "/site.tar", commit, "--"] + ["Content", "Themes"].filter(present.contains)
        guard GitHistory.run(archive, in: siteFolder) != nil,
              ChildProcess.output(["tar", "-xf", folder + "/site.tar", "-C", site]) != nil else {
            throw Failure("could not take the site's files out of git at \(name) (git archive, then tar)")
        }
        // Today's date would close jobs that were open when that deploy was built and
        // so were in its jobs.json: the build runs with the commit's date instead, the
        // day the previous deploy was built (as a CI deploy on each push is).
        guard let seconds = GitHistory.run(["log", "-1", "--format=%ct", commit], in: siteFolder)
            .flatMap({ Int64($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) else {
            throw Failure("git could not tell the date of \(name)")
        }
        var options = BuildOptions(siteFolder: site, buildDate: CalendarDate(utc: Date(timeIntervalSince1970: TimeInterval(seconds))))
        // Dates from git are for the feed; jobs.json does not use them, and the folder is no repository.
        options.gitDates = false
        let (text, report) = BuildPipeline.jobsJSON(options)
        guard let text else {
            let errors = report.diagnostics.filter { $0.severity == .error }
            // The first finding, its file named `REV:Content/…` (git's way of naming a file in a revision).
            let first = errors.first.map { error in
                let path = error.location.path.replacingAll(site + "/", with: "\(name):")
                return ", the first: \(path):\(error.location.line):\(error.location.column): "
                    + (error.hint.map { "\(error.message) (\($0))" } ?? error.message)
            } ?? ""
            throw Failure("the site at \(name) does not build with this version of openings (\(errors.count) error"
                          + "\(errors.count == 1 ? "" : "s")\(first)); give the jobs.json that deploy published instead (a file or its https:// address)")
        }
        return text
    }
}
