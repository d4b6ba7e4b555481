import Foundation

/// Everything loaded from a site folder: the input of validation and rendering.
public struct Site: Sendable {
    public var config: SiteConfig
    public var bands: [String: SalaryBand]
    /// Bands whose definitions had errors (see `BrokenBands`).
    public var brokenBands = BrokenBands()
    public var jobs: [Job]
    public var interviews: [String: InterviewProcess]
    public var pages: [Page]
    public var theme: Theme
    /// Last commit time of each file, by site-relative path; empty outside git.
    public var lastCommit: [String: Int64] = [:]
}
