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

    static func render(_ site: ResolvedSite, cache: BuildCache? = nil) -> (RenderedContent, [Diagnostic]) {
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
            guard let cache else { return render() }
            var result = cache.value(.markdown, job.file.relativePath, source: job.file.text, compute: render)
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
