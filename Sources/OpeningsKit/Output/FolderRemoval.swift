import Foundation

/// Removes a folder and everything in it, and says why when it cannot: a build's
/// leftovers that belong to another user stay behind, and the user is told so rather
/// than finding the hidden folders later (`FileManager.removeItem` gives no reason).
enum FolderRemoval {
    /// Nil once `path` is gone; else the first reason something in it stayed.
    @discardableResult
    static func remove(_ path: String) -> SystemError? {
        guard let status = FileStatus(path) else { return nil }
        var failure: SystemError?
        if status.kind == .directory {
            switch DirectoryEntry.listing(of: path) {
            case .success(let entries):
                for entry in entries {
                    if let error = remove(path + "/" + entry.name), failure == nil { failure = error }
                }
            case .failure(let error): failure = error
            }
            if rmdir(path) != 0, errno != ENOENT, failure == nil { failure = .current }
        } else if unlink(path) != 0, errno != ENOENT {
            failure = .current
        }
        return failure
    }
}
