import Foundation

/// The hidden folders a build writes beside its output, `.<output>.openings-<pid>-new`
/// (the build being written) and `…-old` (the previous output for a moment, where the
/// system cannot exchange two folders in one step), and how those of builds that died
/// are cleared away.
///
/// A build killed with SIGKILL, or by a power cut or a full CI runner, cannot remove
/// its folder; every such build left one more, each as large as the site.
struct StagingFolders {
    /// The output folder, absolute.
    let output: String

    var parent: String { output.parentPath }
    var name: String { (output as NSString).lastPathComponent }

    func path(pid: Int32, old: Bool = false) -> String {
        "\(parent)/.\(name).openings-\(pid)-\(old ? "old" : "new")"
    }

    /// The pid and kind a folder name of this output says, nil for any other name.
    func parse(_ entry: String) -> (pid: Int32, old: Bool)? {
        let prefix = ".\(name).openings-"
        guard entry.hasPrefix(prefix) else { return nil }
        let rest = entry.dropFirst(prefix.count)
        let old = rest.hasSuffix("-old")
        guard old || rest.hasSuffix("-new"), let pid = Int32(rest.dropLast(4)), pid > 0 else { return nil }
        return (pid, old)
    }

    /// Another build's staging folder for this output whose process is alive: the build
    /// the lock waits for, when it writes this very output.
    func liveBuild() -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).contains { entry in
            guard let (pid, _) = parse(entry), pid != getpid() else { return false }
            return Self.isAlive(pid)
        }
    }

    /// Removes the folders earlier builds left. With `locked` (this build holds the
    /// `OutputLock`) no other build can be writing them, whatever their pid: pids are
    /// reused, and a container's pids are not the host's. Without the lock, only those
    /// whose process is gone.
    ///
    /// Nothing of the user's is lost: an `-old` folder while the output is missing is
    /// the previous output (the build died between its two renames) and is put back;
    /// dot entries at the top of a folder (`.git`, which a build moves into its new
    /// output just before the swap) go back into the output when it lacks them.
    /// Returns a line for each folder that could not be removed.
    func removeStale(locked: Bool) -> [String] {
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).sorted()
        let stale = entries.compactMap { entry -> (path: String, old: Bool)? in
            guard let (pid, old) = parse(entry), pid != getpid(), locked || !Self.isAlive(pid) else { return nil }
            return (parent + "/" + entry, old)
        }
        var notes: [String] = []
        // The `-old` folders first: one may have to become the output again.
        for folder in stale.sorted(by: { $0.old && !$1.old }) {
            if folder.old, FileStatus(output) == nil, rename(folder.path, output) == 0 { continue }
            rescueDotEntries(from: folder.path)
            if let error = FolderRemoval.remove(folder.path) {
                notes.append("cannot remove \(folder.path), left by an earlier build: \(error); remove it as the user who owns it")
            }
        }
        return notes
    }

    private func rescueDotEntries(from folder: String) {
        guard FileStatus(output)?.kind == .directory else { return }
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where entry.hasPrefix(".") {
            if FileStatus(output + "/" + entry) == nil { _ = rename(folder + "/" + entry, output + "/" + entry) }
        }
    }

    static func isAlive(_ pid: Int32) -> Bool { kill(pid, 0) == 0 || errno == EPERM }
}
