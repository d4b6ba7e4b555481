import Foundation
import Testing
@testable import OpeningsKit

/// Stage 3 on `Site` values made in memory: bands, interview processes, apply links,
/// closed and draft jobs, the listing order.
@Suite struct ResolvingStageTests {
    typealias S = InMemorySite

    static let bandsYML = """
        eng-l3: { min: 100000, max: 140000, currency: USD, label: "Engineering L3" }
        eng-l5: { min: 150000, max: 190000, currency: USD }

        """

    /// A remote job with `extra` front matter lines (which may override these).
    static func job(_ name: String, _ extra: String = "", id: String = "ENG-1", department: String = "Engineering",
                    title: String = "Backend Engineer") throws -> Job {
        try S.job(name, """
            title: \(title)
            id: "\(id)"
            department: \(department)
            workplace: remote
            posted: 2026-11-01
            \(extra)
            """)
    }

    func resolver(_ jobs: [Job], siteYML: String = S.siteYML, drafts: Bool = false) throws -> (SiteResolver, Site) {
        let site = try S.site(config: try S.config(siteYML), bands: try S.bands(Self.bandsYML), jobs: jobs, interviews: [
            try S.interview("engineering", departments: ["Engineering", "Platform"]),
            try S.interview("people", departments: ["People Operations"]),
        ])
        return (SiteResolver(site, buildDate: S.buildDate, includeDrafts: drafts), site)
    }

    @Test func bandLookup() throws {
        let job = try Self.job("a", "salary: { band: eng-l3 }\n")
        let (resolver, _) = try resolver([job])
        let (resolved, diagnostics) = resolver.resolve(job)
        #expect(diagnostics == [])
        #expect(resolved?.salary == SalaryRange(minimum: 100000, maximum: 140000, currency: "USD", period: .year,
                                                label: "Engineering L3"))
        #expect(resolved?.job === job)

        let inline = try Self.job("b", "salary: { min: 1, max: 2, currency: EUR, period: hour }\n")
        #expect(resolver.resolve(inline).job?.salary == SalaryRange(minimum: 1, maximum: 2, currency: "EUR", period: .hour))
        #expect(resolver.resolve(try Self.job("c")).job?.salary == nil)
    }

    @Test func unknownBandSuggestsTheNearestAndListsTheKnown() throws {
        let job = try Self.job("a", "salary: { band: eng-l4 }\n")
        let (resolver, _) = try resolver([job])
        let (resolved, diagnostics) = resolver.resolve(job)
        #expect(diagnostics.map(\.formatted) == [
            "site/Content/jobs/a.md:7:17: error: unknown salary band `eng-l4`; did you mean `eng-l3`? known bands: eng-l3, eng-l5",
        ])
        #expect(diagnostics.first?.relatedPaths == ["site/Content/bands.yml"])
        #expect(resolved != nil && resolved?.salary == nil, "the job still gets a page")

        let far = try Self.job("b", "salary: { band: sales-senior }\n")
        #expect(resolver.resolve(far).diagnostics.map(\.formatted) == [
            "site/Content/jobs/b.md:7:17: error: unknown salary band `sales-senior`; known bands: eng-l3, eng-l5",
        ])
    }

    @Test func interviewProcessByDepartmentAndByName() throws {
        let byDepartment = try Self.job("a", department: "Platform")
        let byName = try Self.job("b", "interview: people\n")
        let misspelt = try Self.job("c", "interview: enginering\n")
        let none = try Self.job("d", department: "Sales")
        let (resolver, site) = try resolver([byDepartment, byName, misspelt, none])

        #expect(resolver.resolve(byDepartment).job?.interview === site.interviews["engineering"])
        #expect(resolver.resolve(byName).job?.interview === site.interviews["people"], "a named process wins over the department's")
        let (unknown, diagnostics) = resolver.resolve(misspelt)
        #expect(unknown?.interview == nil)
        #expect(diagnostics.map(\.formatted) == [
            "site/Content/jobs/c.md:7:1: error: no interview process `enginering` (Content/interview/enginering.md); did you mean `engineering`?",
        ])
        let (plain, quiet) = resolver.resolve(none)
        #expect(plain?.interview == nil)
        #expect(quiet == [], "a process is optional unless site.yml requires one")

        let (strict, _) = try self.resolver([none], siteYML: S.siteYML + "interview_required: true\n")
        #expect(strict.resolve(none).diagnostics.map(\.formatted) == [
            "site/Content/jobs/d.md:4:1: error: no How We Interview process for department `Sales`, and site.yml sets `interview_required: true`; add `interview: <name>` naming a file in Content/interview/, or list `Sales` under `departments:` in one [interview-process]",
        ])
    }

    @Test func applyLinkExpandsIdAndSlug() throws {
        let (resolver, _) = try resolver([])
        let plain = try Self.job("backend-engineer", id: "ENG-7")
        #expect(resolver.resolve(plain).job?.applyURL == "https://jobs.acme.example/apply?req=ENG-7&job=backend-engineer")
        // Everything but unreserved characters is percent-encoded in the id.
        let awkward = try Self.job("a", id: "ENG 7/8?x=1&y#z+%")
        #expect(resolver.resolve(awkward).job?.applyURL
                == "https://jobs.acme.example/apply?req=ENG%207%2F8%3Fx%3D1%26y%23z%2B%25&job=a")
        let own = try Self.job("b", "apply_url: mailto:jobs@acme.example?subject=Apply%20{id}\n", id: "P-1")
        #expect(resolver.resolve(own).job?.applyURL == "mailto:jobs@acme.example?subject=Apply%20P-1", "the job's own link wins")

        let (noLink, _) = try self.resolver([], siteYML: "title: A\nbase_url: https://a.example/\n")
        let (resolved, diagnostics) = noLink.resolve(plain)
        #expect(resolved?.applyURL == nil)
        #expect(diagnostics.map(\.formatted) == [
            "site/Content/jobs/backend-engineer.md:3:1: error: no apply link: neither this job nor site.yml sets `apply_url`; add `apply_url: https://…` here or a site-wide `apply_url` with {id} [apply-link]",
        ])
    }

    @Test func aSettingMissingForManyPostingsIsOneFinding() throws {
        let jobs = try ["a", "b", "c", "d"].map { try Self.job($0, id: $0.uppercased(), department: "Sales") }
        let (resolver, site) = try self.resolver(jobs, siteYML: "title: A\nbase_url: https://a.example/\ninterview_required: true\n")
        let (_, diagnostics) = resolver.resolve(site: site, baseURL: nil)
        #expect(diagnostics.map(\.formatted).sorted() == [
            "site/Content/jobs/a.md:4:1: error: no How We Interview process for department `Sales`, and site.yml sets `interview_required: true` (nor have 3 more postings in it: site/Content/jobs/b.md, site/Content/jobs/c.md, site/Content/jobs/d.md); add `interview: <name>` naming a file in Content/interview/, or list `Sales` under `departments:` in one [interview-process]",
            "site/Content/site.yml:1:1: error: no apply link for 4 postings (site/Content/jobs/a.md, site/Content/jobs/b.md, site/Content/jobs/c.md and 1 more): neither they nor site.yml set `apply_url`; add a site-wide `apply_url: https://…?req={id}` here, or `apply_url:` in each posting",
        ])
        #expect(diagnostics.allSatisfy { $0.relatedPaths.count == 3 || $0.relatedPaths.count == 4 }, "check --changed-since keeps them")
    }

    @Test func manyClosedPostingsAreOneNote() throws {
        let jobs = try ["a", "b", "c", "d"].map { try Self.job($0, "closes: 2026-11-02\n", id: $0.uppercased()) }
        let (resolver, site) = try self.resolver(jobs)
        let (_, diagnostics) = resolver.resolve(site: site, baseURL: nil)
        #expect(diagnostics.map(\.formatted) == [
            "site/Content/jobs/a.md:7:1: note: `closes` 2026-11-02 is before the build date (2026-11-28): the job is left out of the listings, feeds and sitemap, and its page says it is closed; 3 more postings have closed too (site/Content/jobs/b.md, site/Content/jobs/c.md, site/Content/jobs/d.md); move `closes` to a later date to reopen it, or remove the file when the page is no longer wanted [closed-job]",
        ])
        let (few, fewSite) = try self.resolver(Array(jobs.prefix(3)))
        #expect(few.resolve(site: fewSite, baseURL: nil).1.count == 3, "up to three closed postings each get their note")
    }

    @Test func applyLinkPercentEncodesNonASCIIIds() throws {
        let (resolver, _) = try resolver([])
        // `CharacterSet.alphanumerics` holds every Unicode letter, but percent-encoding
        // ignores allowed characters outside ASCII: `Ü` is encoded as UTF-8.
        let job = try Self.job("a", id: "MÜ-1 é")
        #expect(resolver.resolve(job).job?.applyURL == "https://jobs.acme.example/apply?req=M%C3%9C-1%20%C3%A9&job=a")
    }

    @Test func closedOnTheBuildDate() throws {
        let (resolver, _) = try resolver([])
        let yesterday = try Self.job("a", "closes: 2026-11-27\n")
        let today = try Self.job("b", "closes: 2026-11-28\n")
        let open = try Self.job("c")
        let closed = try #require(resolver.resolve(yesterday).job)
        #expect(closed.isClosed)
        #expect(!closed.isListed)
        #expect(closed.applyURL != nil, "the link is kept; pages decide not to show it")
        #expect(try #require(resolver.resolve(today).job).isClosed == false, "a job is open on its closing day")
        #expect(try #require(resolver.resolve(open).job).isListed)
        let later = SiteResolver(try S.site(jobs: []), buildDate: CalendarDate(year: 2026, month: 11, day: 29)!, includeDrafts: false)
        #expect(try #require(later.resolve(today).job).isClosed)
    }

    @Test func draftsAreLeftOutUnlessAsked() throws {
        let draft = try Self.job("a", "draft: true\nsalary: { band: nope }\n")
        let (resolver, site) = try resolver([draft])
        let (left, diagnostics) = resolver.resolve(draft)
        #expect(left == nil)
        #expect(diagnostics.map(\.formatted) == [
            "site/Content/jobs/a.md:8:17: error: unknown salary band `nope`; known bands: eng-l3, eng-l5",
        ], "a draft's findings count even when it is not built")
        #expect(resolver.resolve(site: site, baseURL: nil).0.jobs.isEmpty)

        let (withDrafts, _) = try self.resolver([draft], drafts: true)
        let built = try #require(withDrafts.resolve(draft).job)
        #expect(built.job.draft)
        #expect(!built.isListed)

        // A draft needs no apply link yet.
        let (noLink, _) = try self.resolver([], siteYML: "title: A\nbase_url: https://a.example/\n", drafts: true)
        #expect(noLink.resolve(try Self.job("b", "draft: true\n")).diagnostics == [])
    }

    @Test func departmentSlugs() throws {
        let (resolver, _) = try resolver([])
        #expect(resolver.resolve(try Self.job("a", department: "People & Culture")).job?.departmentSlug == "people-and-culture")
        #expect(resolver.resolve(try Self.job("b", department: "Ingeniería")).job?.departmentSlug == "ingenieria")
        #expect(resolver.resolve(try Self.job("c", department: "\"!!!\"")).job?.departmentSlug == "department")
    }

    @Test func assembleSortsByDepartmentTitleAndSlug() throws {
        let jobs = [
            try Self.job("z-sales", department: "Sales", title: "Account Executive"),
            try Self.job("b-second", title: "Backend Engineer"),
            try Self.job("a-first", title: "Backend Engineer"),
            try Self.job("designer", title: "Accessibility Designer"),
            try Self.job("draft", "draft: true\n", department: "Accounts", title: "Bookkeeper"),
            try Self.job("ops", department: "Engineering", title: "Zookeeper"),
        ]
        let (resolver, site) = try resolver(jobs)
        let (resolved, diagnostics) = resolver.resolve(site: site, baseURL: nil)
        #expect(diagnostics == [])
        #expect(resolved.jobs.map(\.job.slug) == ["designer", "a-first", "b-second", "ops", "z-sales"])
        #expect(resolved.baseURL == site.config.baseURL)
        #expect(resolved.buildDate == S.buildDate)
        #expect(resolved.interviews.keys.sorted() == ["engineering", "people"])

        // Results arrive in `site.jobs` order; the order of the list does not depend on it.
        let results = jobs.reversed().map(resolver.resolve)
        let staging = try #require(BaseURL("https://staging.acme.example/careers"))
        let (again, _) = resolver.assemble(site, results: Array(results), baseURL: staging)
        #expect(again.jobs.map(\.job.slug) == ["designer", "a-first", "b-second", "ops", "z-sales"])
        #expect(again.baseURL.absolute("jobs/") == "https://staging.acme.example/careers/jobs/")
    }
}
