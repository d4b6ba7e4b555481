import Foundation
@testable import OpeningsKit

/// A site folder in a fresh temporary directory, written from a dictionary of files.
struct TestSite {
    let root: String

    /// Site settings with pay-transparency and language checks on, as a real site has them.
    static let complianceSiteYML = """
        title: Acme Careers
        base_url: https://careers.acme.example/
        organization: { name: Acme Corp, url: https://acme.example }
        apply_url: "https://jobs.acme.example/apply?req={id}"
        interview_required: true

        """

    /// The default for tests about other things: compliance checks quiet, so the
    /// findings under test stand alone.
    static let siteYML = complianceSiteYML + """
        pay_transparency: off
        language_rules: { disable: [missing-responsibilities, missing-requirements, body-length, jobposting-location] }

        """

    static let interview = """
        ---
        title: How We Interview — Engineering
        departments: [Engineering]
        stages:
          - name: Recruiter call
            duration: 30 min
            format: video
            assesses: [motivation, logistics]
        ---
        We offer accommodations on request.

        """

    static func job(_ frontMatter: String, body: String = "A role.\n") -> String {
        "---\n" + frontMatter + "---\n" + body
    }

    static let validJob = job("""
        title: Backend Engineer
        id: ENG-1
        department: Engineering
        workplace: remote
        remote_countries: [US]
        posted: 2026-11-01
        salary: { min: 100000, max: 140000, currency: USD, period: year }

        """)

    init(_ files: [String: String], siteYML: String? = TestSite.siteYML, interview: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("openings-test-\(UUID().uuidString)").path
        var all = files
        if let siteYML, all["Content/site.yml"] == nil { all["Content/site.yml"] = siteYML }
        if interview, all["Content/interview/engineering.md"] == nil { all["Content/interview/engineering.md"] = TestSite.interview }
        for (path, text) in all { try write(path, Data(text.utf8)) }
    }

    func write(_ path: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    static let buildDate = CalendarDate(year: 2026, month: 11, day: 28)!

    func options(drafts: Bool = false, output: String? = nil) -> BuildOptions {
        BuildOptions(siteFolder: root, outputFolder: output, includeDrafts: drafts, buildDate: TestSite.buildDate)
    }

    func check() -> [Diagnostic] { BuildPipeline.check(options()).diagnostics }

    func build(drafts: Bool = false, output: String? = nil) -> BuildPipeline.Report {
        BuildPipeline.build(options(drafts: drafts, output: output))
    }

    func read(_ path: String) -> String? {
        (try? String(contentsOfFile: root + "/" + path, encoding: .utf8))
    }

    /// `Content/jobs/a.md:3:9: error: message` with the temporary root removed.
    func lines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { $0.formatted.replacingOccurrences(of: root + "/", with: "") }
    }
}
