import Foundation

/// Keeps two builds from writing the same output at once: without it, two `openings
/// build`s started together (a CI job retried while the first still runs, a build
/// hook firing twice) swap their folders in and out of each other and record each
/// other's files in the build record.
///
/// The lock is an exclusive `flock` on the output's parent folder, opened read-only:
/// it leaves nothing in the user's tree (no lock file to ignore in git), the folder
/// stays the same one while builds swap the output inside it, and the system drops
/// the lock when the process ends, even by SIGKILL. The price: builds into two outputs
/// of the same parent folder also take turns.
enum OutputLock {
    /// Runs `body` holding the lock on `parent`. When another build holds it,
    /// `waiting` is called once before waiting for it. Where the folder cannot be
    /// opened or the file system has no `flock` (some network file systems), `body`
    /// runs unlocked, as builds did before there was a lock; `locked` says which.
    static func holding<T>(_ parent: String, waiting: () -> Void, _ body: (_ locked: Bool) throws -> T) rethrows -> T {
        let fd = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return try body(false) }
        // Closing the descriptor releases the lock.
        defer { close(fd) }
        var locked = flock(fd, LOCK_EX | LOCK_NB) == 0
        if !locked, errno == EWOULDBLOCK {
            waiting()
            while true {
                if flock(fd, LOCK_EX) == 0 { locked = true; break }
                if errno != EINTR { break }
            }
        }
        return try body(locked)
    }
}
