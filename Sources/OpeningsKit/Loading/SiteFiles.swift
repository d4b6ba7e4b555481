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

    /// `special`: a named pipe, socket or device, which is never read (a pipe would
    /// block the build). `other`: a link leading out of the site (already reported).
    enum Kind { case file, directory, missing, special, other }

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
        case .symbolicLink: return .other
        case .other: return .special
        }
    }

    /// Relative paths of the files under `folder` whose names end in `suffix`,
    /// sorted, optionally descending into sub-folders.
    func list(_ folder: String, suffix: String, recursive: Bool, diagnostics: inout [Diagnostic]) -> [String] {
        var result: [String] = []
        var visited: Set<String> = []
        walk(folder, suffix: suffix, recursive: recursive, into: &result, visited: &visited, diagnostics: &diagnostics, top: true)
        return result.sorted()
    }

    /// `top`: the folder asked for, which callers may name without knowing it exists
    /// (a theme without templates); a folder below it was seen, so its absence is news.
    private func walk(_ folder: String, suffix: String, recursive: Bool, into result: inout [String],
                      visited: inout Set<String>, diagnostics: inout [Diagnostic], top: Bool = false) {
        let real = (absolute(folder) as NSString).resolvingSymlinksInPath
        guard visited.insert(real).inserted else { return } // a link loop inside the site
        let entries: [DirectoryEntry]
        switch DirectoryEntry.listing(of: absolute(folder)) {
        case .success(let listed): entries = listed
        case .failure(let error) where error.code == ENOENT && top:
            return
        case .failure(let error):
            // Without a finding, a folder nobody may read would build as a site without its postings.
            diagnostics.append(Diagnostic(.error, at: SourceLocation(path: displayPath(folder), line: 1, column: 1),
                error.code == ENOENT ? "folder disappeared while the site was being read (moved or deleted during the build)"
                                     : "cannot read this folder: \(error)",
                hint: error.code == ENOENT ? "build again once the change is complete" : "make it readable (chmod a+rx) for the user who builds"))
            return
        }
        for entry in entries.sorted(by: { $0.name < $1.name }) where !entry.name.hasPrefix(".") {
            let name = entry.name
            let relative = folder + "/" + name
            guard entry.validName else {
                // Its path cannot be written back as the bytes on disk, so it cannot be read.
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(path: displayPath(relative), line: 1, column: 1),
                    "this name is not valid UTF-8 (shown with �) and is not read",
                    hint: "rename it, e.g. `mv` it to a name in plain letters"))
                continue
            }
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
            case .special where name.hasSuffix(suffix):
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(path: displayPath(relative), line: 1, column: 1),
                    "this is not a regular file (a named pipe, socket or device) and is not read",
                    hint: "remove it, or replace it with the file it stands for"))
            case .missing where name.hasSuffix(suffix) && FileStatus(absolute(relative))?.kind == .symbolicLink:
                // A link whose file is gone. (A plain entry missing by now was removed while
                // the folder was read, and is simply not there.)
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(path: displayPath(relative), line: 1, column: 1),
                    "symbolic link to a file that does not exist; it is not read",
                    hint: "remove the link, or restore the file it points to"))
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
        let location = SourceLocation(path: display, line: 1, column: 1)
        switch RegularFile.read(absolute(relative), limit: SourceFile.maximumSize) {
        case .success(let bytes):
            return SourceFile.decode(bytes, relativePath: relative, displayPath: display)
        case .failure(.tooLarge(let size)):
            return .failure(Diagnostic(.error, at: location,
                "file is \(size) bytes, more than the \(SourceFile.maximumSize / 1024 / 1024) MiB limit",
                hint: "split it or move large data out of Content/"))
        case .failure(.notRegular):
            // Listed as a file, then replaced (by a named pipe, say) before it was read.
            return .failure(Diagnostic(.error, at: location, "cannot read file: it is not a regular file (a named pipe, socket or device)",
                hint: "replace it with the file it stands for"))
        case .failure(.system(let error)) where error.code == ENOENT:
            // Listed, then gone: an editor's save by rename, a `git checkout`, a folder moved.
            return .failure(Diagnostic(.error, at: location, "file disappeared while the site was being read (moved or deleted during the build)",
                hint: "build again once the change is complete"))
        case .failure(.system(let error)):
            return .failure(Diagnostic(.error, at: location, "cannot read file: \(error)",
                hint: error.code == EACCES ? "make it readable (chmod a+r) for the user who builds" : "check that it exists and is readable"))
        }
    }
}
