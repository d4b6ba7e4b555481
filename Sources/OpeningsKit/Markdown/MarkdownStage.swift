/// Stage 5: every Markdown body of the site through libcmark, in parallel.
///
/// `render(_:)` handles one job (a session memoises it, see `Session/`),
/// `renderShared()` the interview processes and free pages.
public struct MarkdownStage: Sendable {
    let markdown: MarkdownRenderer
    let site: ResolvedSite

    public init(_ site: ResolvedSite) {
        self.site = site
        var renderer = MarkdownRenderer(allowUnsafeHTML: site.config.unsafeHTML, basePath: site.baseURL.path)
        renderer.ruleSettings = site.config.languageRules
        renderer.siteOrigin = site.baseURL.origin
        markdown = renderer
    }

    public func render(_ job: Job) -> (RenderedJob, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var links = LinkInventory()
        let body = markdown.render(job.body, file: job.file, firstLine: job.bodyFirstLine, diagnostics: &diagnostics, links: &links)
        return (RenderedJob(bodyHTML: body, responsibilitiesHTML: job.responsibilities.map(markdown.renderInline),
                            requirementsHTML: job.requirements.map(markdown.renderInline), links: links), diagnostics)
    }

    /// The bodies of the interview processes and the free pages, with their links into the site.
    public func renderShared() -> (interviewHTML: [String: String], pageHTML: [String], diagnostics: [Diagnostic],
                                   interviewLinks: [String: LinkInventory], pageLinks: [LinkInventory]) {
        var diagnostics: [Diagnostic] = []
        var interviewHTML: [String: String] = [:]
        var interviewLinks: [String: LinkInventory] = [:]
        for (name, process) in site.interviews.sorted(by: { $0.key < $1.key }) {
            // The text sits under the page's "How We Interview" heading (h2).
            var links = LinkInventory()
            interviewHTML[name] = markdown.render(process.body[...], file: process.file, firstLine: process.bodyFirstLine,
                                                  headingOffset: 1, diagnostics: &diagnostics, links: &links)
            interviewLinks[name] = links
        }
        var pageHTML: [String] = [], pageLinks: [LinkInventory] = []
        for page in site.pages {
            var links = LinkInventory()
            pageHTML.append(markdown.render(page.body[...], file: page.file, firstLine: page.bodyFirstLine,
                                            diagnostics: &diagnostics, links: &links))
            pageLinks.append(links)
        }
        return (interviewHTML, pageHTML, diagnostics, interviewLinks, pageLinks)
    }

    /// The whole site, from each job's result (aligned with `site.jobs`).
    public func assemble(_ results: [(RenderedJob, [Diagnostic])]) -> (RenderedContent, [Diagnostic]) {
        let shared = renderShared()
        return (RenderedContent(site: site, jobs: results.map(\.0), interviewHTML: shared.interviewHTML, pageHTML: shared.pageHTML,
                                interviewLinks: shared.interviewLinks, pageLinks: shared.pageLinks),
                results.flatMap(\.1) + shared.diagnostics)
    }

    /// Every job of the site; the site keeps its sources.
    public func render() -> (RenderedContent, [Diagnostic]) {
        assemble(site.jobs.parallelMap { render($0.job) })
    }

    /// Every job of `site`, giving up each posting's source text as soon as its body
    /// is rendered: the rendered site holds jobs without sources (see
    /// `Job.withoutSource()`). For a one-shot build, which reads no source afterwards;
    /// the text is freed only if `site` held the last reference to it.
    public static func renderReleasingSources(_ site: consuming ResolvedSite) -> (RenderedContent, [Diagnostic]) {
        var jobs = site.jobs
        let stage = MarkdownStage(site.with(jobs: []))
        // The caller gave up its reference: from here `jobs` holds the only one to each job.
        _ = consume site
        let results = jobs.parallelDrainMap { _, resolved in
            (resolved.withoutSource(), stage.render(resolved.job))
        }
        return MarkdownStage(stage.site.with(jobs: results.map(\.0))).assemble(results.map(\.1))
    }
}
