import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import OpeningsKit

/// `feeds: listings` and `feeds: calendar`: the Atom feed beside each listing page, the
/// deadline calendars, the links to them, and `indexnow_key`'s file. Rendered in memory
/// by the one-shot renderer (the session's equivalence test covers the session).
@Suite struct SubscriptionTests {
    typealias S = InMemorySite

    static let siteYML = """
        title: Acme Careers
        base_url: https://careers.acme.example/
        organization: { name: Acme Corp }
        apply_url: "https://jobs.acme.example/apply?req={id}"
        pay_transparency: off
        feeds: { listings: true, calendar: true }
        indexnow_key: 0123abcd-4567-89ef

        """

    static func render(_ yml: String = siteYML) throws -> [String: String] {
        let jobs = [
            // Two places: in each one's feed.
            try S.job("backend", """
                title: "Backend Engineer; Payments, EU"
                id: ENG-1
                department: Engineering
                locations: [{ city: Berlin, country: DE }, { city: Munich, country: DE }]
                posted: 2026-11-01
                closes: 2026-12-31

                """),
            try S.job("frontend", """
                title: Frontend Engineer
                id: ENG-2
                department: Engineering
                locations: [{ city: Berlin, country: DE }]
                posted: 2026-11-10

                """),
            try S.job("recruiter", """
                title: Recruiter
                id: PPL-1
                department: People
                workplace: remote
                remote_countries: [DE]
                posted: 2026-11-05
                closes: 2027-01-15
                salary: { min: 50000, max: 60000, currency: EUR }

                """),
            try S.job("gone", """
                title: Gone
                id: PPL-2
                department: People
                locations: [{ city: Berlin, country: DE }]
                posted: 2026-09-01
                closes: 2026-10-01

                """),
        ]
        let site = try S.site(config: try S.config(yml), jobs: jobs)
        let (resolved, _) = SiteResolver(site, buildDate: S.buildDate, includeDrafts: false).resolve(site: site, baseURL: nil)
        let (content, _) = MarkdownStage(resolved).render()
        var byPath: [String: String] = [:]
        for file in SiteRenderer.render(content).files {
            #expect(byPath[file.path] == nil, "\(file.path) is made twice")
            if case .text(let text) = file.contents { byPath[file.path] = text }
        }
        return byPath
    }

    /// The `<id>` of each entry, in order.
    static func entryIDs(_ feed: String) -> [String] {
        feed.components(separatedBy: "<entry>").dropFirst().compactMap { entry in
            guard let start = entry.range(of: "<id>"), let end = entry.range(of: "</id>") else { return nil }
            return String(entry[start.upperBound..<end.lowerBound])
        }
    }

    static func url(_ slug: String) -> String { "https://careers.acme.example/jobs/\(slug)/" }

    @Test func everyListingPageHasItsFeedWithItsJobsOnceNewestFirst() throws {
        let files = try Self.render()
        let berlin = try #require(files["locations/berlin-de/feed.xml"])
        #expect(Self.entryIDs(berlin) == [Self.url("frontend"), Self.url("backend")])
        #expect(berlin.contains("<title>Positions in Berlin, Germany — Acme Careers</title>"))
        #expect(berlin.contains(#"<link rel="self" type="application/atom+xml" href="https://careers.acme.example/locations/berlin-de/feed.xml"/>"#))
        #expect(berlin.contains(#"<link rel="alternate" type="text/html" href="https://careers.acme.example/locations/berlin-de/"/>"#))
        // The feed is as new as its newest entry, not the site's.
        #expect(berlin.contains("<updated>2026-11-10T00:00:00Z</updated>\n  <link"))
        #expect(Self.entryIDs(try #require(files["locations/munich-de/feed.xml"])) == [Self.url("backend")])
        #expect(Self.entryIDs(try #require(files["departments/people/feed.xml"])) == [Self.url("recruiter")])
        #expect(Self.entryIDs(try #require(files["workplaces/remote/feed.xml"])) == [Self.url("recruiter")])
        #expect(Self.entryIDs(try #require(files["feed.xml"])) == [Self.url("frontend"), Self.url("recruiter"), Self.url("backend")])
        // An entry reads the same in every feed that shows it.
        let entry = { (feed: String) in feed.components(separatedBy: "<entry>").first { $0.contains("/jobs/backend/") } }
        let siteFeed = try #require(files["feed.xml"])
        #expect(entry(berlin) != nil)
        #expect(entry(berlin) == entry(siteFeed))
        for (path, text) in files where path.hasSuffix("feed.xml") {
            #expect(XMLParser(data: Data(text.utf8)).parse(), "\(path) is well-formed XML")
        }
    }

    @Test func listingPagesLinkTheirFeedAndCalendar() throws {
        let files = try Self.render()
        let page = try #require(files["departments/engineering/index.html"])
        #expect(page.contains(#"<link rel="alternate" type="application/atom+xml" title="Acme Careers: Engineering" href="/departments/engineering/feed.xml">"#))
        #expect(page.contains(#"<a href="/departments/engineering/feed.xml">"#))
        #expect(page.contains(#"<a href="/departments/engineering/deadlines.ics">"#))
        let location = try #require(files["locations/berlin-de/index.html"])
        #expect(location.contains(#"href="/locations/berlin-de/feed.xml""#))
        #expect(!location.contains("deadlines.ics\">Application"), "calendars are per department")
        let index = try #require(files["index.html"])
        #expect(index.components(separatedBy: #"type="application/atom+xml""#).count == 2, "the site feed, once")
        #expect(index.contains(#"<a href="/deadlines.ics">"#))
    }

    @Test func calendarsHoldTheDeadlinesOfOpenJobs() throws {
        let files = try Self.render()
        let site = try #require(files["deadlines.ics"])
        #expect(site.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        #expect(site.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!site.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
        for line in site.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
        let unfolded = site.replacingOccurrences(of: "\r\n ", with: "")
        let uids = unfolded.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        // Soonest first; the closed job and the job without `closes` have none.
        #expect(uids == ["UID:closes-backend@careers.acme.example", "UID:closes-recruiter@careers.acme.example"])
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"), "a year's last day ends on the next")
        #expect(unfolded.contains(#"SUMMARY:Last day to apply: Backend Engineer\; Payments\, EU"#))
        #expect(unfolded.contains("URL:https://careers.acme.example/jobs/recruiter/\r\n"))
        #expect(unfolded.contains("DESCRIPTION:People · Remote (Germany) · €50\\,000 – €60\\,000 EUR per year\\nhttps://careers.acme.example/jobs/recruiter/"))
        let people = try #require(files["departments/people/deadlines.ics"])
        #expect(people.contains("closes-recruiter@") && !people.contains("closes-backend@"))
        #expect(people.contains("X-WR-CALNAME:People — Acme Careers: application deadlines\r\n"))
        #expect(files["locations/berlin-de/deadlines.ics"] == nil)
    }

    @Test func foldingNeverSplitsACharacter() {
        let line = "SUMMARY:" + String(repeating: "é", count: 60)
        let folded = DeadlineCalendar.fold(line)
        for part in folded.utf8.split(separator: 10) {
            // Each line alone is whole UTF-8: no character was cut.
            #expect(part.count <= 76 && String(validating: part, as: UTF8.self) != nil)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line + "\r\n")
        #expect(DeadlineCalendar.text("a\\b;c,d\ne\u{7}") == "a\\\\b\\;c\\,d\\ne")
        #expect(DeadlineCalendar.text("a\r\nb\rc\nd") == "a\\nb\\nc\\nd", "each line break once")
        #expect(DeadlineCalendar.fold("short") == "short\r\n")
    }

    @Test func theIndexNowKeyFileHoldsTheKey() throws {
        let files = try Self.render()
        #expect(files["0123abcd-4567-89ef.txt"] == "0123abcd-4567-89ef")
    }

    @Test func offMeansNoNewFiles() throws {
        let files = try Self.render(S.siteYML)
        #expect(files.keys.filter { $0.hasSuffix(".ics") || $0.hasSuffix(".txt") && $0 != "robots.txt" } == [])
        #expect(files.keys.filter { $0.hasSuffix("feed.xml") } == ["feed.xml"])
        #expect(!(try #require(files["departments/engineering/index.html"])).contains("subscribe"))
    }

    @Test func aBadIndexNowKeyIsAnErrorAtItsLine() throws {
        var diagnostics: [Diagnostic] = []
        _ = SiteConfigDecoder.decode(S.file("Content/site.yml", S.siteYML + "indexnow_key: short\n"), diagnostics: &diagnostics)
        #expect(diagnostics.map(\.formatted) == [
            "site/Content/site.yml:7:15: error: `indexnow_key` must be 8 to 128 letters, digits or hyphens (IndexNow's rule); make one with `openssl rand -hex 16`",
        ])
    }
}

/// `apply_source`: the parameter each applicant tracking system reads, added once.
@Suite struct ApplySourceTests {
    static func source(_ text: String) throws -> ApplySource { try ApplySource.parse(text).get() }

    @Test func aValueGoesUnderTheParameterOfTheLinksSystem() throws {
        let source = try Self.source("careers-site")
        #expect(source.applied(to: "https://job-boards.greenhouse.io/acme/jobs/123") == "https://job-boards.greenhouse.io/acme/jobs/123?gh_src=careers-site")
        #expect(source.applied(to: "https://boards.eu.greenhouse.io/acme/jobs/1?t=x") == "https://boards.eu.greenhouse.io/acme/jobs/1?t=x&gh_src=careers-site")
        #expect(source.applied(to: "https://jobs.lever.co/acme/abc/apply") == "https://jobs.lever.co/acme/abc/apply?lever-source=careers-site")
        #expect(source.applied(to: "https://jobs.ashbyhq.com/acme/abc") == "https://jobs.ashbyhq.com/acme/abc?utm_source=careers-site")
        #expect(source.applied(to: "https://apply.acme.example/x?") == "https://apply.acme.example/x?utm_source=careers-site")
        // Not a look-alike host.
        #expect(source.applied(to: "https://notgreenhouse.io/x") == "https://notgreenhouse.io/x?utm_source=careers-site")
    }

    @Test func neverTwiceAndNeverIntoMail() throws {
        let source = try Self.source("careers-site")
        let tagged = "https://job-boards.greenhouse.io/acme/jobs/123?gh_src=abc123"
        #expect(source.applied(to: tagged) == tagged)
        #expect(source.applied(to: source.applied(to: "https://jobs.lever.co/a/b")) == "https://jobs.lever.co/a/b?lever-source=careers-site")
        #expect(source.applied(to: "mailto:jobs@acme.example?subject=ENG-1") == "mailto:jobs@acme.example?subject=ENG-1")
        #expect(source.applied(to: "https://acme.example/apply#form") == "https://acme.example/apply?utm_source=careers-site#form")
    }

    @Test func writtenParametersGoAsWrittenExceptThoseTheLinkHas() throws {
        let source = try Self.source("?utm_source=careers&utm_medium=website")
        #expect(source.applied(to: "https://acme.example/apply?utm_source=newsletter")
            == "https://acme.example/apply?utm_source=newsletter&utm_medium=website")
    }

    @Test func whatCannotGoInALinkIsAnError() throws {
        #expect(throws: ApplySource.Problem.self) { try Self.source("careers site") }
        #expect(throws: ApplySource.Problem.self) { try Self.source("a=1&a=2") }
        #expect(throws: ApplySource.Problem.self) { try Self.source("a=&b=2") }
        var diagnostics: [Diagnostic] = []
        _ = SiteConfigDecoder.decode(InMemorySite.file("Content/site.yml", InMemorySite.siteYML + "apply_source: careers site\n"),
                                     diagnostics: &diagnostics)
        #expect(diagnostics.map(\.formatted) == [
            "site/Content/site.yml:7:15: error: `apply_source` has ` `, which cannot stand in a link's query unencoded; use a hyphen: `careers-site`",
        ])
    }

    @Test func aYesOrNoIsNotASource() throws {
        var diagnostics: [Diagnostic] = []
        _ = SiteConfigDecoder.decode(InMemorySite.file("Content/site.yml", InMemorySite.siteYML + "apply_source: true\n"),
                                     diagnostics: &diagnostics)
        #expect(diagnostics.map(\.formatted) == [
            "site/Content/site.yml:7:15: error: `apply_source` is `true`, but it is the source to credit, not a switch; write the name your applicant tracking system should see, e.g. `apply_source: careers-site`, or remove the line",
        ])
    }

    @Test func theResolvedApplyLinkCarriesIt() throws {
        let config = try InMemorySite.config(InMemorySite.siteYML + "apply_source: careers-site\n")
        let job = try InMemorySite.job("a", "title: A\nid: A-1\ndepartment: X\nlocations: [{ city: Oslo, country: NO }]\nposted: 2026-11-01\n")
        let site = try InMemorySite.site(config: config, jobs: [job])
        let (resolved, _) = SiteResolver(site, buildDate: InMemorySite.buildDate, includeDrafts: false).resolve(site: site, baseURL: nil)
        #expect(resolved.jobs.first?.applyURL == "https://jobs.acme.example/apply?req=A-1&job=a&utm_source=careers-site")
    }
}
