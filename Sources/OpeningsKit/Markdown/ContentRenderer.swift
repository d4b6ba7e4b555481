/// The Markdown of a job, rendered.
public struct RenderedJob: Sendable {
    // Copy-on-write storage: the stages pass tens of thousands of these along by value.
    final class Storage: @unchecked Sendable {
        var resolved: ResolvedJob
        var bodyHTML: String
        var responsibilitiesHTML: [String]
        var requirementsHTML: [String]

        init(resolved: ResolvedJob, bodyHTML: String, responsibilitiesHTML: [String], requirementsHTML: [String]) {
            self.resolved = resolved
            self.bodyHTML = bodyHTML
            self.responsibilitiesHTML = responsibilitiesHTML
            self.requirementsHTML = requirementsHTML
        }

        func copy() -> Storage { Storage(resolved: resolved, bodyHTML: bodyHTML, responsibilitiesHTML: responsibilitiesHTML, requirementsHTML: requirementsHTML) }
    }

    private var storage: Storage

    public init(resolved: ResolvedJob, bodyHTML: String, responsibilitiesHTML: [String], requirementsHTML: [String]) {
        storage = Storage(resolved: resolved, bodyHTML: bodyHTML, responsibilitiesHTML: responsibilitiesHTML, requirementsHTML: requirementsHTML)
    }

    /// Storage this value alone holds, for a mutation (a shared one is never written, hence Sendable).
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public var resolved: ResolvedJob {
        get { storage.resolved }
        set { unique().resolved = newValue }
    }
    public var bodyHTML: String {
        get { storage.bodyHTML }
        set { unique().bodyHTML = newValue }
    }

    /// Frees the rendered body of every copy once its page is written. Only for a build
    /// that streams pages and keeps nothing (no `BuildCache`): there, the page is the
    /// body's last reader, and holding every body until the end would double the peak
    /// memory of a big site. Each job's page is rendered by one thread, so no other reads it.
    func releaseBodyHTML() { storage.bodyHTML = "" }

    public var responsibilitiesHTML: [String] {
        get { storage.responsibilitiesHTML }
        set { unique().responsibilitiesHTML = newValue }
    }
    public var requirementsHTML: [String] {
        get { storage.requirementsHTML }
        set { unique().requirementsHTML = newValue }
    }
}

/// Stage 4a: every Markdown body of the site through libcmark, in parallel.
public struct RenderedContent: Sendable {
    public var site: ResolvedSite
    public var jobs: [RenderedJob]
    /// Interview process name → rendered body.
    public var interviewHTML: [String: String]
    /// Aligned with `site.site.pages`.
    public var pageHTML: [String]

    /// `releasingSources`: a build that writes and keeps nothing frees each posting's
    /// text once its Markdown is rendered (see `Job.releaseText()`).
    static func render(_ site: ResolvedSite, cache: BuildCache? = nil, releasingSources: Bool = false) -> (RenderedContent, [Diagnostic]) {
        let markdown = MarkdownRenderer(allowUnsafeHTML: site.site.config.unsafeHTML, basePath: site.baseURL.path)
        let jobResults = site.jobs.parallelMap { resolved -> (RenderedJob, [Diagnostic]) in
            let job = resolved.job
            func render() -> (RenderedJob, [Diagnostic]) {
                var diagnostics: [Diagnostic] = []
                let body = markdown.render(job.body, file: job.file, firstLine: job.bodyFirstLine, diagnostics: &diagnostics)
                return (RenderedJob(resolved: resolved, bodyHTML: body,
                                    responsibilitiesHTML: job.responsibilities.map(markdown.renderInline),
                                    requirementsHTML: job.requirements.map(markdown.renderInline)), diagnostics)
            }
            guard let cache else {
                let result = render()
                if releasingSources { job.releaseText() }
                return result
            }
            var result = cache.value(.markdown, for: job, compute: render)
            result.0.resolved = resolved
            return result
        }
        var diagnostics = jobResults.flatMap(\.1)
        var interviewHTML: [String: String] = [:]
        for (name, process) in site.site.interviews.sorted(by: { $0.key < $1.key }) {
            // The text sits under the page's "How We Interview" heading (h2).
            interviewHTML[name] = markdown.render(process.body, file: process.file, firstLine: process.bodyFirstLine,
                                                  headingOffset: 1, diagnostics: &diagnostics)
        }
        let pageHTML = site.site.pages.map { page in
            markdown.render(page.body, file: page.file, firstLine: page.bodyFirstLine, diagnostics: &diagnostics)
        }
        return (RenderedContent(site: site, jobs: jobResults.map(\.0), interviewHTML: interviewHTML, pageHTML: pageHTML), diagnostics)
    }
}
