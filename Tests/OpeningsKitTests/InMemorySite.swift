import Foundation
@testable import OpeningsKit

/// Stage inputs made in memory: source files, the decoded values, the built-in
/// default theme. No folder is written; the stage tests call each stage directly.
enum InMemorySite {
    /// Paths print under this site folder, so findings read `site/Content/jobs/a.md:3:1`.
    static let folder = "site"

    static func file(_ relativePath: String, _ text: String) -> SourceFile {
        SourceFile(relativePath: relativePath, displayPath: folder + "/" + relativePath, text: text)
    }

    static let buildDate = TestSite.buildDate

    /// Settings with the compliance checks quiet, so the findings under test stand alone.
    static let siteYML = """
        title: Acme Careers
        base_url: https://careers.acme.example/
        organization: { name: Acme Corp, url: https://acme.example }
        apply_url: "https://jobs.acme.example/apply?req={id}&job={slug}"
        pay_transparency: off
        language_rules: { disable: [missing-responsibilities, missing-requirements, body-length, jobposting-location] }

        """

    static func config(_ yml: String = siteYML) throws -> SiteConfig {
        var diagnostics: [Diagnostic] = []
        let config = SiteConfigDecoder.decode(file("Content/site.yml", yml), diagnostics: &diagnostics)
        guard let config, diagnostics.isEmpty else { throw Failure("site.yml: \(diagnostics.map(\.formatted))") }
        return config
    }

    /// A posting at `Content/jobs/<name>.md`, parsed; fails on any finding.
    static func job(_ name: String, _ frontMatter: String, body: String = "A role.\n") throws -> Job {
        let (job, diagnostics) = SiteLoader.parseJob(file("Content/jobs/\(name).md", "---\n" + frontMatter + "---\n" + body))
        guard let job, diagnostics.isEmpty else { throw Failure("\(name): \(diagnostics.map(\.formatted))") }
        return job
    }

    static func interview(_ name: String, departments: [String]) throws -> InterviewProcess {
        let text = """
            ---
            title: How We Interview — \(name)
            departments: [\(departments.joined(separator: ", "))]
            stages:
              - { name: Recruiter call, duration: 30 min, format: video, assesses: [motivation] }
            ---
            We offer accommodations on request.

            """
        var diagnostics: [Diagnostic] = []
        let process = InterviewDecoder.decode(file("Content/interview/\(name).md", text), diagnostics: &diagnostics)
        guard let process, diagnostics.isEmpty else { throw Failure("\(name): \(diagnostics.map(\.formatted))") }
        return process
    }

    static func bands(_ yml: String) throws -> [String: SalaryBand] {
        var diagnostics: [Diagnostic] = []
        var broken = BrokenBands()
        let bands = BandsDecoder.decode(file("Content/bands.yml", yml), broken: &broken, diagnostics: &diagnostics)
        guard diagnostics.isEmpty else { throw Failure("bands.yml: \(diagnostics.map(\.formatted))") }
        return bands
    }

    static func page(_ slug: String, _ text: String) throws -> Page {
        var diagnostics: [Diagnostic] = []
        let page = PageDecoder.decode(file("Content/pages/\(slug).md", text), diagnostics: &diagnostics)
        guard let page, diagnostics.isEmpty else { throw Failure("\(slug): \(diagnostics.map(\.formatted))") }
        return page
    }

    /// The theme compiled into the binary, loaded the way a site without `Themes/`
    /// gets it: the site root below does not exist, so no theme folder is found and
    /// nothing is read from disk.
    static func defaultTheme() throws -> Theme {
        var diagnostics: [Diagnostic] = []
        let files = SiteFiles(root: "/nonexistent-openings-site-\(UUID().uuidString)")
        let theme = Theme.load(named: "default", files: files, requestedAt: SourceLocation(path: "site.yml", line: 1, column: 1),
                               diagnostics: &diagnostics)
        guard let theme, diagnostics.isEmpty else { throw Failure("default theme: \(diagnostics.map(\.formatted))") }
        return theme
    }

    static func site(config: SiteConfig? = nil, bands: [String: SalaryBand] = [:], jobs: [Job],
                     interviews: [InterviewProcess] = [], pages: [Page] = []) throws -> Site {
        Site(config: try config ?? Self.config(), bands: bands, jobs: jobs,
             interviews: Dictionary(uniqueKeysWithValues: interviews.map { ($0.name, $0) }), pages: pages,
             theme: try defaultTheme())
    }
}
