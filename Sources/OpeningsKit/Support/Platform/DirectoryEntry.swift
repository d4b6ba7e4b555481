import Foundation

/// One entry of a folder, as `readdir` gives it: the entry's type tells plain files
/// and folders apart without a `stat` per file. Linux and Darwin both fill `d_type`
/// (with the same `DT_` values); some file systems leave it unknown.
struct DirectoryEntry {
    let name: String
    /// `.file` or `.directory` when the entry says so; nil for anything else (a link,
    /// a type left unknown): the caller must look at the path itself.
    let kind: FileStatus.Kind?

    /// The entries of `path` without `.` and `..`, in the order the system gives them;
    /// nil when the folder cannot be read.
    static func entries(of path: String) -> [DirectoryEntry]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var result: [DirectoryEntry] = []
        while let entry = readdir(directory) {
            // `d_name` is a fixed-size array, 256 bytes on Linux, 1024 on Darwin.
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let kind: FileStatus.Kind?
            switch entry.pointee.d_type {
            case UInt8(DT_REG): kind = .file
            case UInt8(DT_DIR): kind = .directory
            default: kind = nil
            }
            result.append(DirectoryEntry(name: name, kind: kind))
        }
        return result
    }
}
