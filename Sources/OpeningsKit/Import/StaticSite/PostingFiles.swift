import Foundation

/// The files under an import's folder that may be postings, and what their paths say:
/// the file name to write, a Jekyll post's date, the folder a department can come from.
/// Folders that hold a generator's machinery or its output are not entered; files
/// that are plainly not postings (list pages, authors' templates) are named with why.
enum PostingFiles {
    struct File: Equatable, Sendable {
        /// Relative to the import's folder, with `/`.
        var path: String
        /// Hugo's `careers/designer/index.md`: a posting in a folder of its own (with its
        /// images), named after the folder. An `index.md` beside other postings, or at
        /// the top, lists them.
        var isLeafBundle = false
        /// Why it is not a posting, when that is clear from its path alone.
        var notAPosting: String?
    }

    static let extensions = [".md", ".markdown", ".html"]

    /// Output, dependencies, layouts, includes, data and assets of Jekyll and Hugo.
    /// Hidden folders (`.git`, `.jekyll-cache`) are not entered either.
    static let ignoredFolders: Set<String> = [
        "_site", "public", "node_modules", "vendor", "_layouts", "_includes", "_data", "_sass", "_plugins",
        "layouts", "themes", "static", "assets", "archetypes", "resources", "data", "i18n",
    ]

    /// Folders that hold a collection rather than name a department: `_jobs`, `_posts`,
    /// Hugo's `content/careers`.
    static let collectionFolders: Set<String> = [
        "jobs", "job", "posts", "drafts", "positions", "position", "careers", "career", "openings", "vacancies", "roles",
        "postings", "content", "pages",
    ]

    /// Folders whose name says they hold postings: at a whole site's root, only files in
    /// them are read (the site's other pages and collections are not postings).
    static let postingFolders: Set<String> = [
        "jobs", "job", "positions", "position", "careers", "career", "openings", "vacancies", "roles", "postings",
    ]

    /// Every candidate file under `root`, sorted by path; nil when `root` is not a folder.
    static func list(root: String, generator: StaticSiteImporter.Generator) -> [File]? {
        guard FileStatus(root, followingLinks: true)?.kind == .directory else { return nil }
        let files = SiteFiles(root: root)
        var paths: [String] = []
        var visited: Set<String> = []
        walk("", files: files, into: &paths, visited: &visited)
        paths.sort()
        // How many candidates each folder holds, at any depth: a leaf bundle's holds one.
        var counts: [Substring: Int] = [:]
        for path in paths {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                counts[folder, default: 0] += 1
            }
        }
        func inPostingFolder(_ path: String) -> Bool {
            path.split(separator: "/").dropLast().contains { postingFolders.contains(String($0.lowercased().drop { $0 == "_" })) }
        }
        // DIR is a whole site when postings' folders are inside it and it is not one itself.
        let rootName = (root as NSString).standardizingPath.split(separator: "/").last.map { String($0.lowercased().drop { $0 == "_" }) } ?? ""
        let wholeSite = !postingFolders.contains(rootName) && paths.contains(where: inPostingFolder)
        return paths.map { path in
            var file = File(path: path)
            let name = path.split(separator: "/").last ?? ""
            if generator == .hugo, stem(String(name)) == "index", let slash = path.lastIndex(of: "/") {
                file.isLeafBundle = counts[path[..<slash]] == 1
            }
            file.notAPosting = notAPosting(file)
            if file.notAPosting == nil, wholeSite, !inPostingFolder(path) {
                file.notAPosting = "not in a postings folder (\(postingFolders.sorted().joined(separator: ", "))); give its folder as DIR to import it"
            }
            return file
        }
    }

    private static func walk(_ folder: String, files: SiteFiles, into paths: inout [String], visited: inout Set<String>) {
        let absolute = folder.isEmpty ? files.realRoot : files.absolute(folder)
        guard visited.insert(absolute.resolvingSymlinks).inserted, let entries = DirectoryEntry.entries(of: absolute) else { return }
        var ignored: [Diagnostic] = []
        for entry in entries where !entry.name.hasPrefix(".") {
            let path = folder.isEmpty ? entry.name : folder + "/" + entry.name
            let kind: SiteFiles.Kind = switch entry.kind {
            case .file: .file
            case .directory: .directory
            default: files.kind(path, diagnostics: &ignored)
            }
            switch kind {
            case .directory where !ignoredFolders.contains(entry.name):
                walk(path, files: files, into: &paths, visited: &visited)
            case .file where extensions.contains(where: { entry.name.lowercased().hasSuffix($0) }):
                paths.append(path)
            default:
                break
            }
        }
    }

    private static func notAPosting(_ file: File) -> String? {
        let name = String(file.path.split(separator: "/").last ?? "")
        let stem = self.stem(name)
        if name.hasPrefix("_TEMPLATE") { return "a template for authors (\(name)), not a posting" }
        if stem == "_index" || (stem == "index" && !file.isLeafBundle) { return "a list page (\(name)), not a posting" }
        return nil
    }

    /// The file name without its extension.
    static func stem(_ name: String) -> String {
        guard let ending = extensions.first(where: { name.lowercased().hasSuffix($0) }) else { return name }
        return String(name.dropLast(ending.count))
    }

    /// `2024-01-05-designer` → the date and `designer`; nil when the name has no date in front.
    static func datePrefix(_ stem: String) -> (date: CalendarDate, rest: String)? {
        guard stem.count >= 11 else { return nil }
        let head = stem.prefix(10)
        guard stem.dropFirst(10).first == "-", let date = CalendarDate(iso: String(head)) else { return nil }
        return (date, String(stem.dropFirst(11)))
    }

    /// What a file's path says about the posting in it.
    struct Naming: Equatable, Sendable {
        /// The source's name without date and extension, as a slug (may be empty: `2019-06-28-.md`).
        var fileName: String
        /// A Jekyll post's date, from `_posts/2024-01-05-designer.md`.
        var postDate: CalendarDate?
        /// The date in front of any other file's name (`2019-03-06-ace-tate.md`), which
        /// authors put there as the day it was posted.
        var fileDate: CalendarDate?
        /// Jekyll's `_drafts/`: unpublished posts.
        var inDrafts: Bool
        /// The first folder that is not a collection's (`_jobs/engineering/x.md` → `engineering`),
        /// as a name (`Engineering`).
        var folderDepartment: String?
    }

    /// - Parameter root: the import's folder as given: when it is `_posts` or `_drafts`
    ///   itself, its files are posts or drafts all the same.
    static func naming(_ file: File, root: String, generator: StaticSiteImporter.Generator) -> Naming {
        var folders = file.path.split(separator: "/").map(String.init)
        let name = folders.removeLast()
        var stem = self.stem(name)
        // A leaf bundle's name is its folder's, and that folder is the posting, not a department.
        if file.isLeafBundle, let folder = folders.last {
            stem = folder
            folders.removeLast()
        }
        let enclosing = [(root as NSString).standardizingPath.split(separator: "/").last.map(String.init) ?? ""] + folders
        var postDate: CalendarDate?, fileDate: CalendarDate?
        if let (date, rest) = datePrefix(stem) {
            stem = rest
            if generator == .jekyll, enclosing.contains("_posts") { postDate = date } else { fileDate = date }
        }
        // `content/jobs/2025/10/17/x.md`: folders of dates are no department.
        let department = folders.first {
            !collectionFolders.contains($0.lowercased().trimmingPrefix("_").description) && !$0.allSatisfy(\.isASCIIDigit)
        }
        return Naming(fileName: Slug.make(from: stem), postDate: postDate, fileDate: fileDate,
                      inDrafts: generator == .jekyll && enclosing.contains("_drafts"),
                      folderDepartment: department.map(titleCased))
    }

    /// `product-design` → `Product Design`; small words stay small inside a name.
    static func titleCased(_ slug: String) -> String {
        let words = slug.split { $0 == "-" || $0 == "_" || $0 == " " }
        return words.enumerated().map { index, word in
            let lowered = word.lowercased()
            if index > 0, ScaffoldDepartments.minorWords.contains(lowered) { return lowered }
            return lowered.prefix(1).uppercased() + lowered.dropFirst()
        }.joined(separator: " ")
    }
}

private extension String {
    var resolvingSymlinks: String { (self as NSString).resolvingSymlinksInPath }
}
