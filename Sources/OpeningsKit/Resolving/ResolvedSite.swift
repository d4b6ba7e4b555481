import Foundation

/// The site as the later stages see it: the shared inputs, the jobs that get a page
/// with their references followed, the build date and the address the site is built for.
public struct ResolvedSite: Sendable {
    public var config: SiteConfig
    public var interviews: [String: InterviewProcess]
    public var pages: [Page]
    public var theme: Theme
    /// Last commit time of each file, by site-relative path; empty outside git.
    public var lastCommit: [String: Int64]
    /// Jobs that get a page: drafts only when asked for. Sorted by department, then title.
    public var jobs: [ResolvedJob]
    public var buildDate: CalendarDate
    public var baseURL: BaseURL

    /// The day a file last changed in git, if it is committed.
    func lastChanged(_ file: SourceFile) -> CalendarDate? {
        lastCommit[file.relativePath].map { CalendarDate(utc: Date(timeIntervalSince1970: TimeInterval($0))) }
    }
}
