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
        return (ComplianceReport(site: resolved, asOf: options.lawsDate), diagnostics)
    }
}
