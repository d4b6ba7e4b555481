/// The Markdown of a job, rendered.
public struct RenderedJob: Sendable {
    public var resolved: ResolvedJob
    public var bodyHTML: String
    public var responsibilitiesHTML: [String]
    public var requirementsHTML: [String]
}

/// Stage 4a: every Markdown body of the site through libcmark, in parallel.
public struct RenderedContent: Sendable {
    public var site: ResolvedSite
    public var jobs: [RenderedJob]
    /// Interview process name → rendered body.
    public var interviewHTML: [String: String]
    /// Aligned with `site.site.pages`.
    public var pageHTML: [String]

    static func render(_ site: ResolvedSite) -> (RenderedContent, [Diagnostic]) {
        let markdown = MarkdownRenderer(allowUnsafeHTML: site.site.config.unsafeHTML, basePath: site.baseURL.path)
        let jobResults = site.jobs.parallelMap { resolved -> (RenderedJob, [Diagnostic]) in
            var diagnostics: [Diagnostic] = []
            let job = resolved.job
            let body = markdown.render(job.body, file: job.file, firstLine: job.bodyFirstLine, diagnostics: &diagnostics)
            return (RenderedJob(resolved: resolved, bodyHTML: body,
                                responsibilitiesHTML: job.responsibilities.map(markdown.renderInline),
                                requirementsHTML: job.requirements.map(markdown.renderInline)), diagnostics)
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
