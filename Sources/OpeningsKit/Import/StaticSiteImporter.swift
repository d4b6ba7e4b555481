import Foundation

/// `openings import jekyll|hugo DIR`: another generator's posting files as Openings
/// postings. (Being written: see issue 14.)
public enum StaticSiteImporter {
    public enum Generator: String, Sendable, CaseIterable { case jekyll, hugo }

    /// Where a posting's department comes from: its front matter (`department:`, `team:`)
    /// or the folder it sits in under DIR (`_jobs/engineering/x.md` → Engineering).
    public enum DepartmentSource: String, Sendable, CaseIterable { case key, folder }

    /// Reads every posting file under `folder`. Files that are not postings or cannot be
    /// read come back as report lines saying why they were skipped.
    public static func read(folder: String, generator: Generator, departmentFrom: DepartmentSource) throws
        -> (postings: [ImportedPosting], skipped: [ImportReport.Line]) {
        throw Failure("importing from \(generator.rawValue) is not written yet")
    }
}
