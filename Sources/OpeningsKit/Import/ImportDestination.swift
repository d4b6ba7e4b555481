import Foundation

/// Where imported postings go: `Content/jobs/` of a site, in the department's folder
/// when the site has one (as `openings new job` does). Never replaces a file or reuses a
/// job's slug unless told to (`force`); every write stays inside `Content/jobs/`.
public struct ImportDestination {
    public let siteFolder: String
    public let force: Bool
    private let files: SiteFiles
    /// The site's postings by slug: slug → the file that has it.
    private var takenSlugs: [String: String]

    /// Fails when `siteFolder` is not an Openings site (no `Content/site.yml`).
    public init(siteFolder: String, force: Bool) throws {
        self.siteFolder = siteFolder
        self.force = force
        files = SiteFiles(root: siteFolder)
        var ignored: [Diagnostic] = []
        guard files.kind("Content/site.yml", diagnostics: &ignored) == .file else {
            throw Failure("\(siteFolder) is not an Openings site (no Content/site.yml); run `openings init \(siteFolder)` first, or pass --site")
        }
        // A `Content/jobs` that is a link out of the site would take the writes with it.
        guard [.directory, .missing].contains(files.kind("Content/jobs", diagnostics: &ignored)) else {
            throw Failure("\(siteFolder)/Content/jobs is not a folder inside the site; nothing was written")
        }
        // Every posting file's slug, also of one that does not decode yet (an import
        // still missing its `posted`): its own `slug:`, else its file name's, as the
        // loader decides it. Only the jobs are read, so a broken site.yml or theme
        // does not hide them.
        let loader = SiteLoader(siteFolder: siteFolder, gitDates: false)
        var taken: [String: String] = [:]
        for path in loader.listJobs().paths {
            let name = String(path.split(separator: "/").last ?? "").replacingAll(".md", with: "")
            taken[loader.loadJob(path).0?.slug ?? Slug.make(from: name)] = path
        }
        takenSlugs = taken
    }

    /// Writes each posting and says what became of it, in order.
    public mutating func write(_ postings: [ImportedPosting], command: String) -> ImportReport {
        var report = ImportReport()
        var writtenNow: Set<String> = []
        for posting in postings {
            var slug = Slug.make(from: posting.fileName)
            if slug.isEmpty { slug = Slug.make(from: posting.title ?? "") }
            if slug.isEmpty { slug = "posting" }
            // Two postings of one import with the same name (a title used twice on a job
            // board) both arrive: the second gets `-2`.
            if writtenNow.contains(slug) {
                var number = 2
                while writtenNow.contains("\(slug)-\(number)") { number += 1 }
                slug += "-\(number)"
            }
            let departmentSlug = posting.department.map(Slug.make(from:)) ?? ""
            var ignored: [Diagnostic] = []
            let folder = !departmentSlug.isEmpty && files.kind("Content/jobs/" + departmentSlug, diagnostics: &ignored) == .directory
                ? "Content/jobs/\(departmentSlug)" : "Content/jobs"
            let path = "\(folder)/\(slug).md"
            let exists = files.kind(path, diagnostics: &ignored) != .missing
            if !force, exists {
                report.lines.append(.init(source: posting.source, outcome: .skipped(reason: "\(path) exists (--force replaces it)")))
                continue
            }
            if !force, !exists, let other = takenSlugs[slug] {
                report.lines.append(.init(source: posting.source, outcome: .skipped(
                    reason: "\(other) already has the slug `\(slug)` (--force writes it anyway)")))
                continue
            }
            do {
                let url = URL(fileURLWithPath: siteFolder).appendingPathComponent(folder, isDirectory: true)
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                try Data(PostingWriter.text(of: posting, command: command).utf8)
                    .write(to: url.appendingPathComponent("\(slug).md"), options: .atomic)
                writtenNow.insert(slug)
                takenSlugs[slug] = path
                report.lines.append(.init(source: posting.source, outcome: .written(path: path)))
            } catch {
                report.lines.append(.init(source: posting.source, outcome: .skipped(reason: "cannot write \(path): \(error.localizedDescription)")))
            }
        }
        return report
    }
}
