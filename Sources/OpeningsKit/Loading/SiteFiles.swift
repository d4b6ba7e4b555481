import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds and reads the files of a site folder without ever leaving it.
public struct SiteFiles: Sendable {
    /// The site folder as the user gave it (used to print paths).
    let root: String
    /// Its resolved absolute path (used to decide what is inside).
    let realRoot: String

    init(root: String) {
        self.root = root
        let absolute = root.hasPrefix("/") ? root : FileManager.default.currentDirectoryPath + "/" + root
        self.realRoot = (absolute as NSString).resolvingSymlinksInPath
    }

    func absolute(_ relative: String) -> String { realRoot + "/" + relative }

    func displayPath(_ relative: String) -> String { Self.displayPath(relative, root: root) }

    /// A site file's path as messages print it: the site folder as given, then the path in the site.
    public static func displayPath(_ relative: String, root: String) -> String {
        if root == "." || root.isEmpty { return relative }
        return root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    enum Kind { case file, directory, missing, other }

    /// Kind of a path, following symbolic links only when they stay inside the site.
    func kind(_ relative: String, diagnostics: inout [Diagnostic]) -> Kind {
        let path = absolute(relative)
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            let target = (path as NSString).resolvingSymlinksInPath
            guard target == realRoot || target.hasPrefix(realRoot + "/") else {
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(path: displayPath(relative), line: 1, column: 1),
                    "symbolic link leads outside the site folder and is skipped"))
                return .other
            }
            guard stat(path, &info) == 0 else { return .missing }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Relative paths of the files under `folder` whose names end in `suffix`,
    /// sorted, optionally descending into sub-folders.
    func list(_ folder: String, suffix: String, recursive: Bool, diagnostics: inout [Diagnostic]) -> [String] {
        var result: [String] = []
        var visited: Set<String> = []
        walk(folder, suffix: suffix, recursive: recursive, into: &result, visited: &visited, diagnostics: &diagnostics)
        return result.sorted()
    }

    private func walk(_ folder: String, suffix: String, recursive: Bool, into result: inout [String],
                      visited: inout Set<String>, diagnostics: inout [Diagnostic]) {
        let real = (absolute(folder) as NSString).resolvingSymlinksInPath
        guard visited.insert(real).inserted else { return } // a link loop inside the site
        guard let entries = Self.entries(of: absolute(folder)) else { return }
        for (name, type) in entries.sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".") {
            let relative = folder + "/" + name
            // The directory entry tells plain files and folders apart without a stat
            // per file (two walks of 10,000 postings per build); links are checked.
            let entryKind: Kind
            switch type {
            case UInt8(DT_REG): entryKind = .file
            case UInt8(DT_DIR): entryKind = .directory
            default: entryKind = kind(relative, diagnostics: &diagnostics)
            }
            switch entryKind {
            case .file where name.hasSuffix(suffix): result.append(relative)
            case .directory where recursive:
                walk(relative, suffix: suffix, recursive: recursive, into: &result, visited: &visited, diagnostics: &diagnostics)
            default: break
            }
        }
    }

    /// Names and `d_type`s of a folder's entries (without `.` and `..`); nil when it cannot be read.
    private static func entries(of path: String) -> [(name: String, type: UInt8)]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var result: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            result.append((name, entry.pointee.d_type))
        }
        return result
    }

    /// Reads and decodes one file; an unreadable file becomes a diagnostic.
    func read(_ relative: String) -> Result<SourceFile, Diagnostic> {
        let display = displayPath(relative)
        var info = stat()
        if stat(absolute(relative), &info) == 0, Int(info.st_size) > SourceFile.maximumSize {
            return .failure(Diagnostic(.error, at: SourceLocation(path: display, line: 1, column: 1),
                "file is \(info.st_size) bytes, more than the \(SourceFile.maximumSize / 1024 / 1024) MiB limit",
                hint: "split it or move large data out of Content/"))
        }
        guard let data = FileManager.default.contents(atPath: absolute(relative)) else {
            let reason = String(cString: strerror(errno))
            return .failure(Diagnostic(.error, at: SourceLocation(path: display, line: 1, column: 1),
                "cannot read file: \(reason)", hint: "check that it exists and is readable"))
        }
        return SourceFile.decode([UInt8](data), relativePath: relative, displayPath: display)
    }
}
