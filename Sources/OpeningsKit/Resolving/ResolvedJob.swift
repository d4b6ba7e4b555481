/// A job with its references followed: the salary band looked up, the interview
/// process chosen, the apply link expanded, its state on the build date decided.
///
/// Immutable and shared by reference, like `Job`.
public final class ResolvedJob: Sendable {
    public let job: Job
    public let salary: SalaryRange?
    public let interview: InterviewProcess?
    public let departmentSlug: String
    public let applyURL: String?
    /// `closes` is before the build date: the page stays, without apply button or JSON-LD.
    public let isClosed: Bool
    /// The posting meant to give pay but an error, already reported, left `salary` nil
    /// (a bad number, an unknown or broken band): pay rules do not report it again.
    public let salaryHasErrors: Bool
    /// The site language it is published in, when not the main one (its pages are under
    /// `language.prefix`).
    public let language: SiteLanguage?

    public init(job: Job, salary: SalaryRange?, interview: InterviewProcess?, departmentSlug: String, applyURL: String?,
                isClosed: Bool, salaryHasErrors: Bool = false, language: SiteLanguage? = nil) {
        self.job = job
        self.salary = salary
        self.interview = interview
        self.departmentSlug = departmentSlug
        self.applyURL = applyURL
        self.isClosed = isClosed
        self.salaryHasErrors = salaryHasErrors
        self.language = language
    }

    /// Where its language's pages are: `""` or `de/`.
    var prefix: String { language?.prefix ?? "" }

    /// Listed in indexes, feeds, the sitemap and jobs.json.
    public var isListed: Bool { !isClosed && !job.draft }

    /// The same, over a job without its source text (see `Job.withoutSource()`).
    func withoutSource() -> ResolvedJob {
        ResolvedJob(job: job.withoutSource(), salary: salary, interview: interview, departmentSlug: departmentSlug,
                    applyURL: applyURL, isClosed: isClosed, salaryHasErrors: salaryHasErrors, language: language)
    }
}
