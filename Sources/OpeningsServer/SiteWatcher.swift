import Foundation
import OpeningsKit

/// Notices changes under the site's `Content/` and theme folders by comparing file
/// sizes and modification times: the watcher where inotify is missing (macOS, or
/// Linux out of inotify watches). It reports what each look found; a `Debouncer`
/// with a quiet time of `debounce` makes one batch of an editor's burst.
struct SiteWatcher: Sendable {
    var folders: [String]
    /// Time between looks while nothing happens.
    var interval: Duration = .milliseconds(100)
    /// The quiet time that ends a burst, for the `Debouncer`. Longer than inotify's: a
    /// poller only learns of a change at its next look.
    var debounce: Duration = .milliseconds(80)

    /// Each file's modification time (nanoseconds) and size.
    typealias Snapshot = [String: (modified: Int64, size: Int64)]

    func snapshot() -> Snapshot {
        var result: Snapshot = [:]
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                let path = folder + "/" + relative
                guard let status = FileStatus(path) else { continue }
                // What is in a hidden folder is not the site's (the loader skips it too).
                if status.kind == .directory, name.hasPrefix(".") { enumerator.skipDescendants() }
                // Editors' swap, backup and temporary files are not content (see `EditorScratch`).
                guard status.kind == .file, !EditorScratch.isScratch(name) else { continue }
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

    /// The changed paths of each look that found any, from now on (the first look is
    /// taken before this returns), until the stream's reader stops (its task
    /// cancelled): then the polling stops too.
    func changes() -> AsyncStream<Debouncer.Event> {
        let (events, continuation) = AsyncStream<Debouncer.Event>.makeStream()
        let first = snapshot()
        let polling = Task {
            await poll(from: first, into: continuation)
            continuation.finish()
        }
        continuation.onTermination = { _ in polling.cancel() }
        return events
    }

    private func poll(from first: Snapshot, into events: AsyncStream<Debouncer.Event>.Continuation) async {
        var current = first
        var lastChange: ContinuousClock.Instant?
        while !Task.isCancelled {
            // While a burst may still go on, look four times per quiet time, so that a
            // change that continues it is seen before the debouncer's quiet time is over.
            let inBurst = lastChange.map { $0.duration(to: .now) < debounce } ?? false
            try? await Task.sleep(for: inBurst ? debounce / 4 : interval)
            let next = snapshot()
            let changed = Self.changes(from: current, to: next)
            current = next
            guard !changed.isEmpty else { continue }
            lastChange = .now
            events.yield(Set(changed))
        }
    }
}
