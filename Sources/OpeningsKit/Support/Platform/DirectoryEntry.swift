import Foundation

/// One entry of a folder, as `readdir` gives it: the entry's type tells plain files
/// and folders apart without a `stat` per file. Linux and Darwin both fill `d_type`
/// (with the same `DT_` values); some file systems leave it unknown.
struct DirectoryEntry {
    let name: String
    /// `.file` or `.directory` when the entry says so; nil for anything else (a link,
    /// a type left unknown): the caller must look at the path itself.
    let kind: FileStatus.Kind?
    /// False when the name's bytes are not UTF-8 (`name` then shows them as U+FFFD, and
    /// the path made from it names no file).
    var validName = true

    /// The entries of `path` without `.` and `..`, in the order the system gives them;
    /// nil when the folder cannot be read.
    static func entries(of path: String) -> [DirectoryEntry]? { try? listing(of: path).get() }

    /// The entries as `entries(of:)` gives them, or why the folder cannot be read
    /// (a folder nobody may read, one removed meanwhile).
    static func listing(of path: String) -> Result<[DirectoryEntry], SystemError> {
        guard let directory = opendir(path) else { return .failure(.current) }
        defer { closedir(directory) }
        var result: [DirectoryEntry] = []
        while let entry = readdir(directory) {
            // The name is read in place, up to its NUL. `entry.pointee.d_name` would copy
            // the whole declared array (256 bytes on Linux, 1024 on Darwin), but the
            // kernel's record is only as long as the name: for the last entry of a
            // buffer that read ran off the mapped memory (a crash seen at 10,000 postings).
            let record = UnsafeRawPointer(entry)
            let bytes = (record + MemoryLayout<dirent>.offset(of: \dirent.d_name)!).assumingMemoryBound(to: CChar.self)
            let valid = String(validatingCString: bytes)
            let name = valid ?? String(cString: bytes)
            if name == "." || name == ".." { continue }
            let type = record.load(fromByteOffset: MemoryLayout<dirent>.offset(of: \dirent.d_type)!, as: UInt8.self)
            let kind: FileStatus.Kind?
            switch type {
            case UInt8(DT_REG): kind = .file
            case UInt8(DT_DIR): kind = .directory
            default: kind = nil
            }
            result.append(DirectoryEntry(name: name, kind: kind, validName: valid != nil))
        }
        return .success(result)
    }
}
