/// A job with its references followed: the salary band looked up, the interview
/// process chosen, the apply link expanded, its state on the build date decided.
public struct ResolvedJob: Sendable {
    public var job: Job
    public var salary: SalaryRange?
    public var interview: InterviewProcess?
    public var departmentSlug: String
    public var applyURL: String?
    /// `closes` is before the build date: the page stays, without apply button or JSON-LD.
    public var isClosed: Bool

    /// Listed in indexes, feeds, the sitemap and jobs.json.
    public var isListed: Bool { !isClosed && !job.draft }
}

/// Everything the renderer needs.
public struct ResolvedSite: Sendable {
    public var site: Site
    /// Jobs that get a page: drafts only when asked for. Sorted by department, then title.
    public var jobs: [ResolvedJob]
    public var buildDate: CalendarDate
    public var baseURL: BaseURL
}
