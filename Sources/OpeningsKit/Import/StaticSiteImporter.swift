import Foundation

/// `openings import jekyll|hugo DIR`: another generator's posting files as Openings
/// postings. Every `.md`, `.markdown` and `.html` file under DIR with front matter
/// (YAML, TOML or JSON) is read (`PostingFiles` says which folders are not entered);
/// its keys are mapped by `ForeignKeyTable`, its body freed of template tags by
/// `TemplateTags`. docs/import.md ("Jekyll and Hugo") has the whole table and rules.
public enum StaticSiteImporter {
    public enum Generator: String, Sendable, CaseIterable { case jekyll, hugo }

    /// Where a posting's department comes from: its front matter (`department:`, `team:`)
    /// or the folder it sits in under DIR (`_jobs/engineering/x.md` → Engineering).
    public enum DepartmentSource: String, Sendable, CaseIterable { case key, folder }

    /// Reads every posting file under `folder`. Files that are not postings or cannot be
    /// read come back as report lines saying why they were skipped. Both are in the
    /// order of their paths, which are relative to `folder`.
    public static func read(folder: String, generator: Generator, departmentFrom: DepartmentSource) throws
        -> (postings: [ImportedPosting], skipped: [ImportReport.Line]) {
        let kind = generator == .jekyll ? "Jekyll" : "Hugo"
        guard FileStatus(folder, followingLinks: true) != nil else {
            throw Failure("\(folder) does not exist; give the folder that holds the \(kind) postings")
        }
        guard let files = PostingFiles.list(root: folder, generator: generator) else {
            throw Failure("\(folder) is not a folder; give the folder that holds the \(kind) postings")
        }
        guard !files.isEmpty else {
            throw Failure("\(folder) holds no posting files (\(PostingFiles.extensions.joined(separator: ", "))); give the folder that holds the \(kind) postings")
        }
        let siteFiles = SiteFiles(root: folder)
        var postings: [ImportedPosting] = []
        var skipped: [ImportReport.Line] = []
        func skip(_ path: String, _ reason: String) {
            skipped.append(ImportReport.Line(source: path, outcome: .skipped(reason: reason)))
        }
        for file in files {
            if let reason = file.notAPosting {
                skipped.append(ImportReport.Line(source: file.path, outcome: .leftOut(reason: reason)))
                continue
            }
            let text: String
            switch siteFiles.read(file.path) {
            case .success(let source): text = source.text
            case .failure(let diagnostic):
                let place = diagnostic.location.line > 1 || diagnostic.location.column > 1
                    ? " (line \(diagnostic.location.line), column \(diagnostic.location.column))" : ""
                skip(file.path, diagnostic.message + place + (diagnostic.hint.map { "; \($0)" } ?? "") + ", then import again")
                continue
            }
            switch ForeignFrontMatter.read(text) {
            case .failure(let problem):
                skip(file.path, reason(problem))
            case .success(let frontMatter) where frontMatter.entries.isEmpty:
                skip(file.path, "the front matter has no fields, so there is nothing to import")
            case .success(let frontMatter):
                let naming = PostingFiles.naming(file, root: folder, generator: generator)
                postings.append(StaticSitePosting(path: file.path, frontMatter: frontMatter, naming: naming,
                                                  generator: generator, departmentFrom: departmentFrom).posting)
            }
        }
        return (postings, skipped)
    }

    /// Why a file's front matter could not be read, and what to do.
    static func reason(_ problem: ForeignFrontMatter.Problem) -> String {
        switch problem {
        case .missing:
            return "no front matter"
        case .unclosed(let format, let line):
            let fence = format == .yaml ? "---" : format == .toml ? "+++" : "}"
            return "the \(format.rawValue) front matter opened on line \(line) is never closed; add a line `\(fence)` after its last field and import again"
        case .invalid(let format, let line, let message):
            return "front matter is not valid \(format.rawValue) (line \(line): \(message)); fix it and import again"
        case .notFields(let format):
            return "the \(format.rawValue) front matter is not a set of `key: value` fields; fix it and import again"
        }
    }
}
