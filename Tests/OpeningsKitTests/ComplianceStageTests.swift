import Foundation
import Testing
@testable import OpeningsKit

/// Stage 4 on `ResolvedJob`s made in memory: what the checker reports, where and
/// under which rule.
@Suite struct ComplianceStageTests {
    typealias S = InMemorySite

    /// Pay transparency on (the default, by jurisdiction); the structure checks that
    /// need a long body are off, so each test sees only the findings it is about.
    static func config(disable: [String] = [], extra: String = "") throws -> SiteConfig {
        let off = ["missing-responsibilities", "missing-requirements", "body-length", "missing-interview"] + disable
        return try S.config("""
            title: Acme Careers
            base_url: https://careers.acme.example/
            apply_url: "https://jobs.acme.example/apply?req={id}"
            language_rules: { disable: [\(off.joined(separator: ", "))] }
            \(extra)
            """)
    }

    static let denver = """
        title: Planner
        id: ENG-1
        department: Engineering
        workplace: onsite
        locations: [{ city: Denver, region: CO, country: US }]
        posted: 2026-11-01
        benefits: [Health]
        closes: 2026-12-31

        """

    static let austin = denver.replacingOccurrences(of: "city: Denver, region: CO", with: "city: Austin, region: TX")

    static let range = SalaryRange(minimum: 90000, maximum: 120000, currency: "USD", period: .year)

    /// The job as the resolver would hand it on, with the salary it found (or not).
    static func resolved(_ job: Job, salary: SalaryRange?) -> ResolvedJob {
        ResolvedJob(job: job, salary: salary, interview: nil, departmentSlug: "engineering",
                    applyURL: "https://jobs.acme.example/apply?req=\(job.id)", isClosed: false)
    }

    @Test func coloradoWithoutPayRangeIsAnErrorAtLocations() throws {
        let checker = ComplianceChecker(config: try Self.config(), asOf: TestSite.buildDate)
        let job = try S.job("planner", Self.denver)
        let findings = checker.check(Self.resolved(job, salary: nil))
        #expect(findings.count == 1, "\(findings.map(\.formatted))")
        let finding = try #require(findings.first)
        #expect(finding.severity == .error)
        #expect(finding.rule == "pay-range")
        #expect(finding.location == SourceLocation(path: "site/Content/jobs/planner.md", line: 6, column: 1))
        #expect(finding.formatted.hasPrefix(
            "site/Content/jobs/planner.md:6:1: error: no pay range, which Colorado requires because it is based in Denver, CO, United States (Colorado: "))
        #expect(finding.formatted.hasSuffix("; add `salary: { min: …, max: …, currency: …, period: year }` or `salary: { band: … }` [pay-range]"))

        // The checker reads the salary the resolver found (a band, say), not the front matter.
        #expect(checker.check(Self.resolved(job, salary: Self.range)).map(\.formatted) == [])
    }

    @Test func openEndedRangeAndScopeByPlaceAndSetting() throws {
        let checker = ComplianceChecker(config: try Self.config(), asOf: TestSite.buildDate)
        let withSalary = try S.job("planner", Self.denver + "salary: { min: 0, max: 100000, currency: USD }\n")
        let fromZero = SalaryRange(minimum: 0, maximum: 100000, currency: "USD", period: .year)
        let findings = checker.check(Self.resolved(withSalary, salary: fromZero))
        #expect(findings.map(\.rule) == ["pay-range"])
        #expect(findings.first?.formatted.hasPrefix(
            "site/Content/jobs/planner.md:10:1: error: open-ended pay range (from 0) where Colorado requires a real range, because it is based in Denver, CO, United States") == true)
        // Colorado accepts a single figure.
        let single = SalaryRange(minimum: 100000, maximum: 100000, currency: "USD", period: .year)
        #expect(checker.check(Self.resolved(withSalary, salary: single)) == [])

        let texas = try S.job("planner", Self.austin)
        #expect(checker.check(Self.resolved(texas, salary: nil)) == [], "no Texas law requires a range")

        let off = ComplianceChecker(config: try Self.config(extra: "pay_transparency: off\n"), asOf: TestSite.buildDate)
        #expect(off.check(Self.resolved(try S.job("planner", Self.denver), salary: nil)) == [])
        let waived = ComplianceChecker(config: try Self.config(extra: "pay_transparency_overrides: { US-CO: off }\n"), asOf: TestSite.buildDate)
        #expect(waived.check(Self.resolved(try S.job("planner", Self.denver), salary: nil)) == [])
    }

    /// Line 11 of the file is the first line of the body.
    static let body = """
        ## About

        Our next Café rockstar ships — no crazy hours.
        Be a ninja.

        """

    @Test func hypeWordIsAWarningAtItsLineAndColumn() throws {
        let checker = ComplianceChecker(config: try Self.config(), asOf: TestSite.buildDate)
        let job = try S.job("planner", Self.austin, body: Self.body)
        #expect(job.bodyFirstLine == 11)
        let findings = checker.check(Self.resolved(job, salary: Self.range))
        #expect(findings.map(\.formatted) == [
            "site/Content/jobs/planner.md:13:15: warning: “rockstar” is hype that puts off experienced candidates; name the role plainly: “expert”, “experienced engineer”, “specialist” [hype-title]",
            "site/Content/jobs/planner.md:14:6: warning: “ninja” is hype that puts off experienced candidates; name the role plainly: “expert”, “experienced engineer”, “specialist” [hype-title]",
            "site/Content/jobs/planner.md:13:35: warning: “crazy” is ableist language; use a precise word: “wild”, “unexpected”, “unaware”; list physical requirements only when the job truly needs them, with accommodations [ableist]",
        ])
    }

    @Test func disabledRuleStaysQuietAndSeverityCanChange() throws {
        let job = try S.job("planner", Self.austin, body: Self.body)
        let quiet = ComplianceChecker(config: try Self.config(disable: ["hype-title"]), asOf: TestSite.buildDate).check(Self.resolved(job, salary: Self.range))
        #expect(quiet.map(\.rule) == ["ableist"], "the other rules still run")

        let strict = ComplianceChecker(config: try S.config("""
            title: Acme Careers
            base_url: https://careers.acme.example/
            language_rules:
              disable: [missing-responsibilities, missing-requirements, body-length, missing-interview, ableist]
              severity: { hype-title: error }

            """), asOf: TestSite.buildDate).check(Self.resolved(job, salary: Self.range))
        #expect(strict.map { "\($0.location.line):\($0.location.column) \($0.severity) \($0.rule ?? "")" } == [
            "13:15 error hype-title", "14:6 error hype-title",
        ])
    }

    @Test func checkSiteCoversEveryJob() throws {
        let checker = ComplianceChecker(config: try Self.config(), asOf: TestSite.buildDate)
        let a = Self.resolved(try S.job("a", Self.denver), salary: nil)
        let b = Self.resolved(try S.job("b", Self.austin, body: Self.body), salary: Self.range)
        let site = ResolvedSite(config: try Self.config(), interviews: [:], pages: [], theme: try S.defaultTheme(),
                                lastCommit: [:], jobs: [a, b], buildDate: S.buildDate,
                                baseURL: try #require(BaseURL("https://careers.acme.example/")))
        let findings = checker.check(site: site)
        #expect(findings.map { "\($0.location.path):\($0.location.line) \($0.rule ?? "")" } == [
            "site/Content/jobs/a.md:6 pay-range",
            "site/Content/jobs/b.md:13 hype-title", "site/Content/jobs/b.md:14 hype-title", "site/Content/jobs/b.md:13 ableist",
        ])
    }
}
