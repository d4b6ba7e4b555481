@testable import OpeningsKit

extension Fuzz {
    /// Stages 1–6 on files made in memory, as a build runs them: nil when site.yml is
    /// refused. Postings the loader refuses are left out, as a build would stop on them;
    /// the findings of each file are checked on the way.
    public static func build(siteYML: String, jobs: [(name: String, text: String)], theme: Theme) -> [OutputFile]? {
        var diagnostics: [Diagnostic] = []
        let configFile = SourceFile(relativePath: "Content/site.yml", displayPath: "site/Content/site.yml", text: siteYML)
        guard let config = SiteConfigDecoder.decode(configFile, diagnostics: &diagnostics) else { return nil }
        let decoded = jobs.compactMap { name, text -> Job? in
            let file = SourceFile(relativePath: "Content/jobs/\(name).md", displayPath: "site/Content/jobs/\(name).md", text: text)
            let (job, found) = SiteLoader.parseJob(file)
            checkFindings(found, in: file)
            return job
        }
        let site = Site(config: config, bands: [:], jobs: decoded, interviews: [:], pages: [], theme: theme)
        let resolver = SiteResolver(site, buildDate: CalendarDate(year: 2026, month: 11, day: 28)!, includeDrafts: false)
        let (resolved, _) = resolver.resolve(site: site, baseURL: nil)
        _ = ComplianceChecker(config: config, asOf: resolved.buildDate).check(site: resolved)
        let (content, _) = MarkdownStage(resolved).render()
        return SiteRenderer.render(content).0
    }

    /// A file's contents as text (assets too); nil for a copy made on disk.
    public static func text(of file: OutputFile) -> String? {
        switch file.contents {
        case .text(let value): return value
        case .deflated(let value): return value.text
        case .parts(let value): return value.joined()
        case .bytes(let value), .utf8(let value): return String(decoding: value, as: UTF8.self)
        case .copy, .written: return nil
        }
    }
}
