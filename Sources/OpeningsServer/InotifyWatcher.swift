// inotify is Linux's: elsewhere (macOS) this file is empty and `WatchService` polls
// with `SiteWatcher`.
#if os(Linux)
import Foundation
import Glibc
import OpeningsKit

/// Watches folders with Linux inotify: the kernel says which file changed, so a
/// 10,000-posting site is never rescanned. It reports each read's changes as they
/// come; a `Debouncer` makes one batch of an editor's burst.
///
/// The blocking `poll` runs on its own thread, not on Swift's few cooperative threads.
final class InotifyWatcher: @unchecked Sendable { // `folders` and `stopped` are only reached under `lock`
    private let fd: Int32
    private let lock = NSLock()
    private var folders: [Int32: String] = [:]
    private var stopped = false

    /// The site folder itself, watched without its subfolders, and the names in it
    /// that matter (a `Themes/` created while serving).
    private let site: (folder: String, names: Set<String>)?

    /// Nil when inotify is unavailable (out of watches, or the kernel lacks it): use `SiteWatcher`.
    /// `folders` are watched with everything below them; `site` only for `names` appearing in it.
    init?(folders roots: [String], site: (folder: String, names: Set<String>)? = nil) {
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        self.site = site
        // A failed init still runs deinit, which closes `fd`.
        for root in roots where !addTree(root) { return nil }
        if let site {
            let wd = inotify_add_watch(fd, site.folder, Self.mask)
            guard wd >= 0 else { return nil }
            folders[wd] = site.folder
        }
    }

    deinit { close(fd) }

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY
        | IN_DELETE_SELF | IN_ATTRIB)

    /// Watches `folder` and every folder below it; false when the kernel refuses.
    @discardableResult
    private func addTree(_ folder: String) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { return true }
        let wd = inotify_add_watch(fd, folder, Self.mask)
        guard wd >= 0 else { return false }
        lock.withLock { folders[wd] = folder }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !name.hasPrefix(".") {
            let path = folder + "/" + name
            if FileStatus(path)?.kind == .directory, !addTree(path) { return false }
        }
        return true
    }

    /// Stops watching `folder` and the folders below it.
    private func dropTree(_ folder: String) {
        lock.withLock {
            for (wd, path) in folders where path == folder || path.hasPrefix(folder + "/") {
                inotify_rm_watch(fd, wd)
                folders[wd] = nil
            }
        }
    }

    /// The changes, one event per read from the kernel (see `Debouncer.Event`), until
    /// the stream's reader stops (its task cancelled): then the thread ends too.
    func changes() -> AsyncStream<Debouncer.Event> {
        let (events, continuation) = AsyncStream<Debouncer.Event>.makeStream()
        continuation.onTermination = { [self] _ in lock.withLock { stopped = true } }
        Thread { [self] in readLoop(continuation) }.start()
        return events
    }

    private func readLoop(_ events: AsyncStream<Debouncer.Event>.Continuation) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var pollfd = Glibc.pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while !lock.withLock({ stopped }) {
            // Wake every 50 ms to notice `stopped`. Events go on at once: waiting for
            // the end of a burst is the debouncer's job.
            guard poll(&pollfd, 1, 50) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            // Paths in this read; nil once any event says "assume everything". Empty
            // when every event was ignored: still activity, so the burst goes on.
            var changed: Set<String>? = []
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let nameBytes = buffer[nameStart..<min(count, nameStart + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset = nameStart + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { changed = nil; continue }
                guard let folder = lock.withLock({ folders[wd] }) else { continue }
                if mask & UInt32(IN_IGNORED) != 0 { lock.withLock { folders[wd] = nil }; continue }
                // In the site folder, only Content/ and Themes/ matter (not Public/, not .git).
                if let site, folder == site.folder, !site.names.contains(name) { continue }
                let path = name.isEmpty ? folder : folder + "/" + name
                // A new folder (a new department, a theme copied in): watch it and what is already in it.
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    addTree(path)
                    changed = nil
                }
                // A folder moved away (renamed, or to the trash): the kernel goes on watching
                // it wherever it is now, and would report its files under the old path. If it
                // was renamed within the site, the move's other half watches it again.
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_MOVED_FROM) != 0 { dropTree(path) }
                if EditorScratch.isScratch(name) { continue } // editors' swap, backup and temporary files
                changed?.insert(path)
            }
            events.yield(changed)
        }
        events.finish()
    }
}
#endif
