/// A job with its references followed: the salary band looked up, the interview
/// process chosen, the apply link expanded, its state on the build date decided.
public struct ResolvedJob: Sendable {
    // Copy-on-write storage: the stages pass tens of thousands of these along by value.
    final class Storage: @unchecked Sendable {
        var job: Job
        var salary: SalaryRange?
        var interview: InterviewProcess?
        var departmentSlug: String
        var applyURL: String?
        var isClosed: Bool

        init(job: Job, salary: SalaryRange?, interview: InterviewProcess?, departmentSlug: String, applyURL: String?, isClosed: Bool) {
            self.job = job
            self.salary = salary
            self.interview = interview
            self.departmentSlug = departmentSlug
            self.applyURL = applyURL
            self.isClosed = isClosed
        }

        func copy() -> Storage { Storage(job: job, salary: salary, interview: interview, departmentSlug: departmentSlug, applyURL: applyURL, isClosed: isClosed) }
    }

    private var storage: Storage

    public init(job: Job, salary: SalaryRange?, interview: InterviewProcess?, departmentSlug: String, applyURL: String?, isClosed: Bool) {
        storage = Storage(job: job, salary: salary, interview: interview, departmentSlug: departmentSlug, applyURL: applyURL, isClosed: isClosed)
    }

    /// Storage this value alone holds, for a mutation (a shared one is never written, hence Sendable).
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public var job: Job {
        get { storage.job }
        set { unique().job = newValue }
    }
    public var salary: SalaryRange? {
        get { storage.salary }
        set { unique().salary = newValue }
    }
    public var interview: InterviewProcess? {
        get { storage.interview }
        set { unique().interview = newValue }
    }
    public var departmentSlug: String {
        get { storage.departmentSlug }
        set { unique().departmentSlug = newValue }
    }
    public var applyURL: String? {
        get { storage.applyURL }
        set { unique().applyURL = newValue }
    }
    /// `closes` is before the build date: the page stays, without apply button or JSON-LD.
    public var isClosed: Bool {
        get { storage.isClosed }
        set { unique().isClosed = newValue }
    }

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
