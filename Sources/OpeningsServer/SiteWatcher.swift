import Foundation
import OpeningsKit

/// Notices changes under the site's `Content/` and theme folders by comparing file
/// sizes and modification times. Editors save in bursts (write a temporary file,
/// rename it, touch it again); changes are collected until the tree has been quiet
/// for `debounce`, then reported once.
struct SiteWatcher: Sendable {
    var folders: [String]
    var interval: Duration = .milliseconds(100)
    var debounce: Duration = .milliseconds(80)

    /// Each file's modification time (nanoseconds) and size.
    typealias Snapshot = [String: (modified: Int64, size: Int64)]

    func snapshot() -> Snapshot {
        var result: Snapshot = [:]
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else { continue }
            while let relative = enumerator.nextObject() as? String {
                if (relative as NSString).lastPathComponent.hasPrefix(".") { continue }
                let path = folder + "/" + relative
                guard let status = FileStatus(path), status.kind == .file else { continue }
                result[path] = (status.modified, status.size)
            }
        }
        return result
    }

    static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        var changed: [String] = []
        for (path, value) in new where old[path].map({ $0 != value }) ?? true { changed.append(path) }
        for path in old.keys where new[path] == nil { changed.append(path) }
        return changed.sorted()
    }

    /// Calls `onChange` with the changed paths after each quiet burst, until cancelled.
    func run(onChange: @Sendable ([String]) async -> Void) async {
        var current = snapshot()
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            var next = snapshot()
            var changed = Self.changes(from: current, to: next)
            guard !changed.isEmpty else { continue }
            // Wait until the burst is over.
            while !Task.isCancelled {
                try? await Task.sleep(for: debounce)
                let later = snapshot()
                let more = Self.changes(from: next, to: later)
                next = later
                if more.isEmpty { break }
                changed = Array(Set(changed + more)).sorted()
            }
            current = next
            await onChange(changed)
        }
    }
}
