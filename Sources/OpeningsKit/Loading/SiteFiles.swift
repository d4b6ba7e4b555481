import Foundation

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
        guard var status = FileStatus(path) else { return .missing }
        if status.kind == .symbolicLink {
            let target = (path as NSString).resolvingSymlinksInPath
            guard target == realRoot || target.hasPrefix(realRoot + "/") else {
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(path: displayPath(relative), line: 1, column: 1),
                    "symbolic link leads outside the site folder and is skipped"))
                return .other
            }
            guard let linked = FileStatus(path, followingLinks: true) else { return .missing }
            status = linked
        }
        switch status.kind {
        case .file: return .file
        case .directory: return .directory
        case .symbolicLink, .other: return .other
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
        guard let entries = DirectoryEntry.entries(of: absolute(folder)) else { return }
        for entry in entries.sorted(by: { $0.name < $1.name }) where !entry.name.hasPrefix(".") {
            let name = entry.name
            let relative = folder + "/" + name
            // The directory entry tells plain files and folders apart without a stat
            // per file (two walks of 10,000 postings per build); links are checked.
            let entryKind: Kind
            switch entry.kind {
            case .file: entryKind = .file
            case .directory: entryKind = .directory
            default: entryKind = kind(relative, diagnostics: &diagnostics)
            }
            // Jekyll's `_drafts/` and `_posts/`, Hugo's `_index.md`: conventions of other
            // generators, which would otherwise publish a draft or read a section file as a posting.
            if name.hasPrefix("_"), entryKind == .directory || name.hasSuffix(suffix) {
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(path: displayPath(relative), line: 1, column: 1),
                    "\(name)\(entryKind == .directory ? "/" : "") is not read: names starting with `_` belong to other site generators",
                    hint: entryKind == .directory ? "move the postings up a folder; mark unpublished ones `draft: true`" : "remove it, or rename it without the `_`"))
                continue
            }
            // A folder's README explains it to people browsing the repository; it is not content.
            if entryKind == .file, name.lowercased() == "readme.md" { continue }
            switch entryKind {
            case .file where name.hasSuffix(suffix): result.append(relative)
            case .directory where recursive:
                walk(relative, suffix: suffix, recursive: recursive, into: &result, visited: &visited, diagnostics: &diagnostics)
            case .file where Self.markdownLike.contains(where: { name.lowercased().hasSuffix($0) }):
                // Another generator's extension: without a finding the posting would just be missing.
                let ending = Self.markdownLike.filter { name.lowercased().hasSuffix($0) }.max { $0.count < $1.count } ?? ""
                let stem = name.dropLast(ending.count)
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(path: displayPath(relative), line: 1, column: 1),
                    "this file is not read: only `\(suffix)` files are", hint: "rename it to \(stem)\(suffix)"))
            case .file where Self.documents.contains(where: { name.lowercased().hasSuffix($0) }):
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(path: displayPath(relative), line: 1, column: 1),
                    "this file is not read: postings are Markdown (`\(suffix)`) files",
                    hint: "copy its text into a `\(suffix)` file (see `openings new job`), then remove it"))
            default: break
            }
        }
    }

    /// Word processor and web documents an author may drop in beside the postings.
    static let documents = [".docx", ".doc", ".odt", ".rtf", ".pages", ".pdf", ".html", ".htm"]

    /// Extensions of Markdown written for other tools (and `.MD`), which an author means as postings.
    static let markdownLike = [".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdx", ".md.txt", ".txt"]

    /// Reads and decodes one file; an unreadable file becomes a diagnostic.
    func read(_ relative: String) -> Result<SourceFile, Diagnostic> {
        let display = displayPath(relative)
        if let status = FileStatus(absolute(relative), followingLinks: true), status.size > Int64(SourceFile.maximumSize) {
            return .failure(Diagnostic(.error, at: SourceLocation(path: display, line: 1, column: 1),
                "file is \(status.size) bytes, more than the \(SourceFile.maximumSize / 1024 / 1024) MiB limit",
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
