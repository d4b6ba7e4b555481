/// The stages `openings compliance report` needs: load → resolve → comply, nothing
/// written. Unlike `check`, a site whose postings break a law still gets its report:
/// those are the rows HR and counsel need to see. Only a site that cannot be loaded
/// (site.yml unreadable, say) has none.
public enum CompliancePipeline {
    public static func report(_ options: BuildOptions) -> (report: ComplianceReport?, diagnostics: [Diagnostic]) {
        let (loaded, diagnostics) = SiteLoader(siteFolder: options.siteFolder, gitDates: false).load()
        guard let site = loaded else { return (nil, diagnostics) }
        // Drafts too, as `check` reads them: a posting is ready for review before it is published.
        let resolver = SiteResolver(site, buildDate: options.buildDate, includeDrafts: true)
        let (resolved, _) = resolver.assemble(site, results: site.jobs.parallelMap(resolver.resolve), baseURL: options.baseURL)
        var report = ComplianceReport(site: resolved, asOf: options.lawsDate)
        // A posting whose front matter has errors is not in the site: the report names it
        // rather than look complete without it.
        let jobs = SiteFiles.displayPath("Content/jobs/", root: options.siteFolder)
        let read = Set(report.postings.map(\.path))
        report.leftOut = Set(diagnostics.filter { $0.severity == .error && $0.location.path.hasPrefix(jobs) }.map(\.location.path))
            .subtracting(read).sorted()
        return (report, diagnostics)
    }
}
