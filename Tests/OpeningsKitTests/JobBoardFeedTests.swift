import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import OpeningsKit

/// indeed.xml and linkedin.xml: the render stage on a site made in memory with both
/// feeds on, each feed checked by `JobFeedValidator` (the vendors' rules) and read back
/// with `XMLParser`, with hostile values where they can hurt.
@Suite struct JobBoardFeedTests {
    typealias S = InMemorySite

    static let siteYML = """
        title: Acme Careers
        base_url: https://careers.acme.example/
        organization: { name: "Acme & Sons <Careers>", url: https://acme.example, linkedin_company_id: "1234567" }
        apply_url: "https://jobs.acme.example/apply?req={id}"
        pay_transparency: off
        markdown: { unsafe_html: true }
        feeds: { indeed: true, linkedin: true }

        """

    /// Long enough for LinkedIn (100 characters of text at least).
    static let body = "We build the scheduling service that home-care teams use every day. You will design, build and run it with us.\n"
    static let hostileTitle = "R&D <Platform> Engineer ]]> Lead"
    /// Raw HTML (`unsafe_html: true`) with the one sequence that ends a CDATA section.
    static let hostileHTML = #"<div data-note="]]>">Raw ]]> HTML &amp; more</div>"#
    static let longID = "GLOBAL-ENGINEERING-PLATFORM-REQUISITION-2026-000123"
    static let longID2 = "GLOBAL-ENGINEERING-PLATFORM-REQUISITION-2026-000124"

    static func site(_ yml: String = siteYML) throws -> ResolvedSite {
        let jobs = [
            try S.job("platform", """
                title: '\(hostileTitle)'
                id: ENG-1
                department: Engineering
                locations: [{ city: Denver, region: CO, country: US }, { city: Berlin, country: DE }, { city: Toronto, region: ON, country: CA }]
                posted: 2026-11-01
                closes: 2027-01-15
                salary: { min: 100000, max: 140000, currency: USD }
                responsibilities: [Run the <b>service</b>]

                """, body: body + "\n" + hostileHTML + "\n"),
            try S.job("support", """
                title: Support Specialist
                id: CS-2
                department: Customer Success
                employment_type: part_time
                workplace: remote
                remote_countries: [US, CA]
                apply_url: "mailto:jobs@acme.example?subject=CS-2"
                posted: 2026-11-03
                salary: { min: 27.5, max: 31, currency: USD, period: hour }

                """, body: body),
            try S.job("anywhere", """
                title: Technical Writer
                id: DOC-3
                department: Docs
                employment_type: temporary
                workplace: remote
                apply_url: "http://jobs.acme.example/doc-3"
                posted: 2026-10-20

                """, body: body),
            try S.job("recruiter", """
                title: Recruiter
                id: PPL-4
                department: People
                employment_type: intern
                locations: [{ city: Oslo, country: "NO" }]
                posted: 2026-11-02

                """, body: body),
            try S.job("closed", """
                title: Closed Role
                id: ENG-5
                department: Engineering
                locations: [{ city: Denver, region: CO, country: US }]
                posted: 2026-10-01
                closes: 2026-11-01

                """, body: body),
            try S.job("draft", """
                title: Draft Role
                id: ENG-6
                department: Engineering
                locations: [{ city: Denver, region: CO, country: US }]
                posted: 2026-11-01
                draft: true

                """, body: body),
            try S.job("long", """
                title: Platform Engineer
                id: \(longID)
                department: Engineering
                locations: [{ city: Denver, region: CO, country: US }, { city: Oslo, country: "NO" }]
                posted: 2026-11-04

                """, body: body),
            try S.job("long-2", """
                title: Platform Engineer II
                id: \(longID2)
                department: Engineering
                locations: [{ city: Berlin, country: DE }]
                posted: 2026-11-04

                """, body: body),
        ]
        let site = try S.site(config: try S.config(yml), jobs: jobs)
        let resolver = SiteResolver(site, buildDate: S.buildDate, includeDrafts: false)
        let (resolved, all) = resolver.resolve(site: site, baseURL: nil)
        let diagnostics = all.filter { $0.severity == .error }
        guard diagnostics.isEmpty else { throw Failure("\(diagnostics.map(\.formatted))") }
        return resolved
    }

    static func render(_ yml: String = siteYML) throws -> [String: String] {
        let (content, _) = MarkdownStage(try site(yml)).render()
        let (files, errors) = SiteRenderer.render(content)
        #expect(errors == [])
        var byPath: [String: String] = [:]
        for file in files {
            if case .text(let text) = file.contents { byPath[file.path] = text }
        }
        return byPath
    }

    static let references: Set<String> = [
        "ENG-1@denver-co-us", "ENG-1@berlin-de", "ENG-1@toronto-on-ca", "CS-2@remote-us", "CS-2@remote-ca", "DOC-3@remote",
        "PPL-4@oslo-no", "\(longID)@denver-co-us", "\(longID)@oslo-no", "\(longID2)@berlin-de",
    ]
    /// The same, LinkedIn's at most 40 characters: the long ids' first letters and a hash.
    static let partnerJobIDs: Set<String> = [
        "ENG-1@denver-co-us", "ENG-1@berlin-de", "ENG-1@toronto-on-ca", "CS-2@remote-us", "CS-2@remote-ca", "DOC-3@remote",
        "PPL-4@oslo-no",
        // Pinned: the same in every build and every version, so LinkedIn keeps the job.
        "GLOBAL-ENGINEERING-PLAT~5c05ed35f064912f", "GLOBAL-ENGINEERING-PLAT~4b0938ac1cce7814", "GLOBAL-ENGINEERING-PLAT~a85888f15a38ab08",
    ]

    @Test func indeedFeedFollowsIndeedsRules() throws {
        let files = try Self.render()
        let feed = try #require(files[SitePaths.indeed])
        #expect(JobFeedValidator.indeed(feed, expected: Self.references) == [])
        // The same jobs as jobs.json: every listed one, no closed one, no draft.
        let jobsJSON = try #require(files["jobs.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(jobsJSON.utf8)) as? [String: Any])
        let listed = Set((json["jobs"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        let root = try FeedNode.parse(feed)
        #expect(Set(root.all("job").compactMap { $0.value("requisitionid") }) == listed)
        #expect(listed.count == 6)
    }

    @Test func linkedInFeedFollowsLinkedInsGuide() throws {
        let feed = try #require(try Self.render()[SitePaths.linkedIn])
        #expect(JobFeedValidator.linkedIn(feed, expected: Self.partnerJobIDs, companyID: "1234567") == [])
    }

    /// The entries of the job whose `element` is `value`.
    static func entries(_ feed: String, where element: String, is value: String) throws -> [FeedNode] {
        try FeedNode.parse(feed).all("job").filter { $0.value(element) == value }
    }

    @Test func anIndeedEntryByteForByte() throws {
        let feed = try #require(try Self.render()[SitePaths.indeed])
        #expect(feed.hasPrefix("""
            <?xml version="1.0" encoding="utf-8"?>
            <source>
              <publisher><![CDATA[Acme & Sons <Careers>]]></publisher>
              <publisherurl><![CDATA[https://careers.acme.example/]]></publisherurl>
              <lastBuildDate>Wed, 04 Nov 2026 00:00:00 GMT</lastBuildDate>
              <job>

            """))
        #expect(feed.hasSuffix("  </job>\n</source>\n"))
        #expect(feed.contains("""
              <job>
                <title><![CDATA[Recruiter]]></title>
                <date><![CDATA[2026-11-02T12:00:00]]></date>
                <referencenumber><![CDATA[PPL-4@oslo-no]]></referencenumber>
                <requisitionid><![CDATA[PPL-4]]></requisitionid>
                <url><![CDATA[https://careers.acme.example/jobs/recruiter/]]></url>
                <company><![CDATA[Acme & Sons <Careers>]]></company>
                <sourcename><![CDATA[Acme & Sons <Careers>]]></sourcename>
                <city><![CDATA[Oslo]]></city>
                <country><![CDATA[NO]]></country>
                <description><![CDATA[<p>We build the scheduling service that home-care teams use every day. You will design, build and run it with us.</p>
            ]]></description>
                <jobtype><![CDATA[internship]]></jobtype>
                <category><![CDATA[People]]></category>
              </job>

            """))
    }

    @Test func aLinkedInEntryByteForByte() throws {
        let feed = try #require(try Self.render()[SitePaths.linkedIn])
        #expect(feed.hasPrefix("""
            <?xml version="1.0" encoding="UTF-8"?>
            <source>
              <lastBuildDate>Wed, 04 Nov 2026 00:00:00 GMT</lastBuildDate>
              <publisherUrl><![CDATA[https://acme.example]]></publisherUrl>
              <publisher><![CDATA[Acme & Sons <Careers>]]></publisher>
              <expectedJobCount>10</expectedJobCount>
              <job>

            """))
        #expect(feed.contains("""
              <job>
                <partnerJobId><![CDATA[ENG-1@denver-co-us]]></partnerJobId>
                <company><![CDATA[Acme & Sons <Careers>]]></company>
                <title><![CDATA[R&D <Platform> Engineer ]]]]><![CDATA[> Lead]]></title>
                <description><![CDATA[<h2>Responsibilities</h2>
            <ul>
            <li>Run the <b>service</b></li>
            </ul>
            <p>We build the scheduling service that home-care teams use every day. You will design, build and run it with us.</p>
            <div data-note="]]]]><![CDATA[>">Raw ]]]]><![CDATA[> HTML &amp; more</div>
            ]]></description>
                <applyUrl><![CDATA[https://jobs.acme.example/apply?req=ENG-1]]></applyUrl>
                <companyId><![CDATA[1234567]]></companyId>
                <location><![CDATA[Denver, CO]]></location>
                <city><![CDATA[Denver]]></city>
                <state><![CDATA[Colorado]]></state>
                <country><![CDATA[US]]></country>
                <workplaceTypes><![CDATA[On-site]]></workplaceTypes>
                <jobtype><![CDATA[FULL_TIME]]></jobtype>
                <salaries>
                  <salary>
                    <highEnd>
                      <amount>140000</amount>
                      <currencyCode>USD</currencyCode>
                    </highEnd>
                    <lowEnd>
                      <amount>100000</amount>
                      <currencyCode>USD</currencyCode>
                    </lowEnd>
                    <period>YEARLY</period>
                    <type>BASE_SALARY</type>
                  </salary>
                </salaries>
                <expirationDate><![CDATA[2027-01-15]]></expirationDate>
              </job>

            """))
    }

    @Test func hostileTextReadsBackAsWritten() throws {
        let files = try Self.render()
        let page = try #require(files["jobs/platform/index.html"])
        for path in [SitePaths.indeed, SitePaths.linkedIn] {
            let feed = try #require(files[path])
            let root = try FeedNode.parse(feed)
            #expect(root.value("publisher") == "Acme & Sons <Careers>")
            let jobs = root.all("job").filter { $0.value("title") == Self.hostileTitle }
            #expect(jobs.count == 3, "\(path): one entry per place")
            for job in jobs {
                // `]]>` in the raw HTML is split across two CDATA sections and reads back whole.
                let description = try #require(job.value("description"))
                #expect(description.contains(Self.hostileHTML))
                #expect(description.hasPrefix("<h2>Responsibilities</h2>\n<ul>\n<li>Run the <b>service</b></li>"))
                #expect(page.contains(Self.hostileHTML), "the page shows the same HTML")
            }
        }
    }

    @Test func indeedEntriesCarryWhatThePageShows() throws {
        let files = try Self.render()
        let feed = try #require(files[SitePaths.indeed])
        let page = try #require(files["jobs/platform/index.html"])
        let platform = try Self.entries(feed, where: "requisitionid", is: "ENG-1")
        #expect(platform.map { [$0.value("city"), $0.value("state"), $0.value("country")] } == [
            ["Denver", "CO", "US"], ["Berlin", nil, "DE"], ["Toronto", "ON", "CA"],
        ])
        for job in platform {
            // The same pay text and day as the page, the title as written.
            #expect(job.value("salary") == "$100,000 – $140,000 USD per year")
            #expect(page.contains(#"<p class="salary-amount">$100,000 – $140,000 USD per year</p>"#))
            #expect(job.value("date") == "2026-11-01T12:00:00")
            #expect(page.contains(#"datetime="2026-11-01""#))
            #expect(job.value("url") == "https://careers.acme.example/jobs/platform/")
            #expect(job.value("expirationdate") == "2027-01-15")
            #expect(job.child("email") == nil && job.child("remotetype") == nil)
        }

        // Remote in two countries: one entry per country, as Indeed posts remote jobs;
        // the mailto: apply link's address, hourly pay as the page writes it.
        let support = try Self.entries(feed, where: "requisitionid", is: "CS-2")
        #expect(support.map { [$0.value("city"), $0.value("state"), $0.value("country"), $0.value("postalcode")] } == [
            ["Remote", "", "US", ""], ["Remote", "", "CA", ""],
        ])
        #expect(support.allSatisfy { $0.value("remotetype") == "Fully remote" && $0.value("email") == "jobs@acme.example" })
        #expect(support.allSatisfy { $0.value("jobtype") == "parttime" && $0.value("salary") == "$27.50 – $31.00 USD per hour" })
        #expect(try #require(files["jobs/support/index.html"]).contains(#"<p class="salary-amount">$27.50 – $31.00 USD per hour</p>"#))

        // Remote with no country: one entry, no country; no pay, no salary element.
        let anywhere = try Self.entries(feed, where: "requisitionid", is: "DOC-3")
        #expect(anywhere.map { [$0.value("city"), $0.value("state"), $0.value("country"), $0.value("postalcode")] } == [["Remote", "", nil, ""]])
        #expect(anywhere.first?.value("jobtype") == "temporary")
        #expect(anywhere.first?.child("salary") == nil && anywhere.first?.child("email") == nil)

        // A long id is written whole: Indeed sets no limit.
        let long = try Self.entries(feed, where: "requisitionid", is: Self.longID)
        #expect(long.map { $0.value("referencenumber") } == ["\(Self.longID)@denver-co-us", "\(Self.longID)@oslo-no"])
    }

    @Test func linkedInEntriesFollowTheGuidesChoices() throws {
        let feed = try #require(try Self.render()[SitePaths.linkedIn])
        // mailto: and http: apply links become the job page (https).
        let support = try Self.entries(feed, where: "title", is: "Support Specialist")
        #expect(support.map { $0.value("applyUrl") } == Array(repeating: "https://careers.acme.example/jobs/support/", count: 2))
        #expect(support.map { [$0.value("location"), $0.value("country")] } == [["United States", "US"], ["Canada", "CA"]])
        #expect(support.allSatisfy { $0.value("workplaceTypes") == "Remote" && $0.value("jobtype") == "PART_TIME" })
        // 27.50 an hour is no integer: no `salaries` rather than a rounded amount.
        #expect(support.allSatisfy { $0.child("salaries") == nil })
        let writer = try Self.entries(feed, where: "title", is: "Technical Writer")
        #expect(writer.map { $0.value("applyUrl") } == ["https://careers.acme.example/jobs/anywhere/"])
        #expect(writer.map { $0.value("location") } == ["Remote"])
        // Temporary is none of LinkedIn's job types.
        #expect(writer.first?.child("jobtype") == nil)
        let recruiter = try Self.entries(feed, where: "title", is: "Recruiter")
        #expect(recruiter.map { [$0.value("location"), $0.value("state"), $0.value("experienceLevel"), $0.value("jobtype")] } == [
            ["Oslo, Norway", nil, "INTERNSHIP", "INTERNSHIP"],
        ])
        // Two long ids alike in their first 23 characters still get two identifiers.
        let long = try FeedNode.parse(feed).all("job").compactMap { $0.value("partnerJobId") }.filter { $0.hasPrefix("GLOBAL") }
        #expect(Set(long).count == 3 && long.allSatisfy { $0.count == 40 })
    }

    @Test func theFeedsAreTheSameBytesEveryBuildAndDateFromTheNewestChange() throws {
        let first = try Self.render(), second = try Self.render()
        #expect(first[SitePaths.indeed] == second[SitePaths.indeed])
        #expect(first[SitePaths.linkedIn] == second[SitePaths.linkedIn])

        // In git, the newest commit of a listed posting's file: 2026-11-20 10:30:00 UTC.
        var site = try S.site(config: try S.config(Self.siteYML), jobs: [try S.job("recruiter", """
            title: Recruiter
            id: PPL-4
            department: People
            locations: [{ city: Oslo, country: "NO" }]
            posted: 2026-11-02

            """, body: Self.body)])
        site.lastCommit = ["Content/jobs/recruiter.md": 1_795_170_600]
        let (resolved, _) = SiteResolver(site, buildDate: S.buildDate, includeDrafts: false).resolve(site: site, baseURL: nil)
        #expect(FeedXML.lastBuildDate(resolved, listed: [0]) == "Fri, 20 Nov 2026 10:30:00 GMT")
        // Nothing listed: the build date.
        #expect(FeedXML.lastBuildDate(resolved, listed: []) == "Sat, 28 Nov 2026 00:00:00 GMT")
    }

    @Test func feedsOffWriteNothingAndAreNoLinkTargets() throws {
        let off = Self.siteYML.replacingOccurrences(of: "feeds: { indeed: true, linkedin: true }", with: "")
        let files = try Self.render(off)
        #expect(files[SitePaths.indeed] == nil && files[SitePaths.linkedIn] == nil)
        let (content, _) = MarkdownStage(try Self.site(off)).render()
        #expect(!SitePaths.targets(content, draftsPublished: false).paths.contains(SitePaths.indeed))
        let (onContent, _) = MarkdownStage(try Self.site()).render()
        let targets = SitePaths.targets(onContent, draftsPublished: false)
        #expect(targets.lookup(SitePaths.indeed) != nil && targets.lookup(SitePaths.linkedIn) != nil)
        // One feed alone.
        let indeedOnly = try Self.render(Self.siteYML.replacingOccurrences(of: "linkedin: true", with: "linkedin: false"))
        #expect(indeedOnly[SitePaths.indeed] != nil && indeedOnly[SitePaths.linkedIn] == nil)
    }

    @Test func theValidatorCatchesWhatTheVendorsReject() throws {
        let files = try Self.render()
        let linkedIn = try #require(files[SitePaths.linkedIn])
        // A description under 100 characters, a partnerJobId over 40, a repeated id, a
        // count that is off, text outside CDATA, an apply link that is not https.
        let broken = linkedIn
            .replacingOccurrences(of: "<expectedJobCount>10<", with: "<expectedJobCount>11<")
            .replacingOccurrences(of: "<![CDATA[PPL-4@oslo-no]]>", with: "<![CDATA[PPL-4@oslo-no-and-a-much-longer-key-than-forty]]>")
            .replacingOccurrences(of: "<![CDATA[CS-2@remote-ca]]>", with: "<![CDATA[CS-2@remote-us]]>")
            .replacingOccurrences(of: "<title><![CDATA[Technical Writer]]></title>", with: "<title>Technical Writer</title>")
            .replacingOccurrences(of: "https://careers.acme.example/jobs/anywhere/", with: "http://careers.acme.example/jobs/anywhere/")
        #expect(JobFeedValidator.linkedIn(broken, expected: Self.partnerJobIDs, companyID: "1234567") == [
            "<expectedJobCount> 11 is not the 10 jobs of the feed",
            "job 2 (CS-2@remote-us): <partnerJobId> CS-2@remote-us is not unique",
            "job 3 (DOC-3@remote): <title> is not in CDATA",
            "job 3 (DOC-3@remote): <applyUrl> http://careers.acme.example/jobs/anywhere/ is not https",
            "job 10 (PPL-4@oslo-no-and-a-much-longer-key-than-forty): <partnerJobId> has 46 characters, more than 40",
            "<partnerJobId> CS-2@remote-ca is missing",
            "<partnerJobId> PPL-4@oslo-no is missing",
            "<partnerJobId> PPL-4@oslo-no-and-a-much-longer-key-than-forty is not a listed job at one of its places",
        ])
        let shortBody = linkedIn.replacingOccurrences(of: "<p>We build the scheduling service that home-care teams use every day. You will design, build and run it with us.</p>",
                                  with: "<p>A role.</p>")
        #expect(JobFeedValidator.linkedIn(shortBody, expected: Self.partnerJobIDs, companyID: "1234567").first
            == "job 1 (CS-2@remote-us): <description> has 7 characters of text, fewer than 100")
        let indeed = try #require(files[SitePaths.indeed])
        let brokenIndeed = indeed
            .replacingOccurrences(of: "<![CDATA[Remote]]></city>\n    <state><![CDATA[]]></state>\n    <country><![CDATA[US]]>",
                                  with: "<![CDATA[Remote]]></city>\n    <state><![CDATA[CA]]></state>\n    <country><![CDATA[US]]>")
            .replacingOccurrences(of: "<publisher><![CDATA[Acme & Sons <Careers>]]></publisher>", with: "<publisher>Acme &amp; Sons</publisher>")
        #expect(JobFeedValidator.indeed(brokenIndeed, expected: Self.references) == [
            "an entity (`&`) outside CDATA",
            "job 1 (CS-2@remote-us): a remote place needs empty <state> and <postalcode>",
        ])
    }

    @Test func cdataSplitsItsEndAndDropsWhatXMLForbids() throws {
        #expect(FeedXML.cdata("") == "<![CDATA[]]>")
        #expect(FeedXML.cdata("R&D <b>ünï</b> ✓") == "<![CDATA[R&D <b>ünï</b> ✓]]>")
        #expect(FeedXML.cdata("a]]>b") == "<![CDATA[a]]]]><![CDATA[>b]]>")
        #expect(FeedXML.cdata("]]]>") == "<![CDATA[]]]]]><![CDATA[>]]>")
        #expect(FeedXML.cdata("]]>]]>") == "<![CDATA[]]]]><![CDATA[>]]]]><![CDATA[>]]>")
        #expect(FeedXML.cdata("x\u{0}y\u{1B}z\u{FFFF}\u{FFFE}\t\n\u{FF01}") == "<![CDATA[xyz\t\n\u{FF01}]]>")
        // Each reads back as written, less the characters XML forbids.
        for text in ["]]>", "a]]>b]]>c", "]]]]>>", "]", "]]", ">]]", "<![CDATA[x]]>", "&amp; &lt;", "x\u{7}y"] {
            let root = try FeedNode.parse("<r>" + FeedXML.cdata(text) + "</r>")
            #expect(root.text == text.replacingOccurrences(of: "\u{7}", with: ""), "\(text)")
            #expect(root.plainText.isEmpty, "\(text): all of it in CDATA")
        }
    }

    @Test func identifiersAreStableDistinctAndShortEnough() {
        #expect(FeedPlace.identifier(jobID: "ENG-1", key: "denver-co-us") == "ENG-1@denver-co-us")
        #expect(FeedPlace.identifier(jobID: "ENG-1", key: "denver-co-us", maximumLength: 40) == "ENG-1@denver-co-us")
        // The key is what follows the last `@`: ids and keys that run together stay apart.
        #expect(FeedPlace.identifier(jobID: "A-B", key: "c") != FeedPlace.identifier(jobID: "A", key: "b-c"))
        #expect(FeedPlace.identifier(jobID: "a@b", key: "c") == "a@b@c")
        let long = String(repeating: "X", count: 60)
        let shortened = FeedPlace.identifier(jobID: long, key: "berlin-de", maximumLength: 40)
        #expect(shortened == FeedPlace.identifier(jobID: long, key: "berlin-de", maximumLength: 40))
        #expect(shortened.count == 40 && shortened.hasPrefix(String(repeating: "X", count: 23) + "~"))
        // Two thousand long ids alike in their first 60 characters, at two places each.
        var seen: Set<String> = []
        for number in 0..<2000 {
            for key in ["denver-co-us", "remote"] {
                let id = FeedPlace.identifier(jobID: long + "\(number)", key: key, maximumLength: 40)
                #expect(id.count <= 40)
                seen.insert(id)
            }
        }
        #expect(seen.count == 4000)
        // A short id at a long place's key, and ids in other scripts, are shortened too.
        #expect(FeedPlace.identifier(jobID: "E-1", key: String(repeating: "k", count: 50), maximumLength: 40).count == 20)
        let japanese = FeedPlace.identifier(jobID: "職務-" + String(repeating: "長", count: 20), key: "tokyo-jp", maximumLength: 40)
        #expect(japanese.count == 18 && japanese.hasPrefix("-~"))
    }

    @Test func placesOfAJob() throws {
        func keys(_ frontMatter: String) throws -> [String] {
            FeedPlace.places(of: try S.job("x", "title: X\nid: X-1\ndepartment: D\nposted: 2026-11-01\n" + frontMatter)).map(\.key)
        }
        // A place listed twice is kept once by the loader, with a warning at the repeat.
        let (twice, findings) = SiteLoader.parseJob(InMemorySite.file("Content/jobs/x.md", """
            ---
            title: X
            id: X-1
            department: D
            posted: 2026-11-01
            locations: [{ city: Denver, region: CO, country: US }, { city: Denver, region: CO, country: US }]
            ---
            A role.

            """))
        #expect(findings.map(\.formatted) == [
            "site/Content/jobs/x.md:6:56: warning: `locations` lists Denver, CO, United States a second time; it is shown once; remove the repeated item",
        ])
        #expect(FeedPlace.places(of: try #require(twice)).map(\.key) == ["denver-co-us"])
        // A remote job's countries, less those a location is in.
        #expect(try keys("workplace: remote\nlocations: [{ city: Denver, region: CO, country: US }]\nremote_countries: [US, CA]\n")
            == ["denver-co-us", "remote-ca"])
        // A hybrid job is at its offices; the countries hires may live in are not places.
        #expect(try keys("workplace: hybrid\nlocations: [{ city: Berlin, country: DE }]\nremote_countries: [DE, AT]\n") == ["berlin-de"])
        #expect(try keys("workplace: remote\n") == ["remote"])
    }

    @Test func regionsReadAsNamesNotIndexEntries() {
        #expect(FeedPlace.regionName("LND", in: "GB") == "London")
        #expect(FeedPlace.regionName("MD", in: "ES") == "Madrid")
        #expect(FeedPlace.regionName("BCP", in: "GB") == "Bournemouth, Christchurch and Poole", "a comma between places stays")
        #expect(FeedPlace.regionName("BE", in: "DE") == "Berlin")
        #expect(FeedPlace.regionName("ZZ", in: "DE") == "ZZ", "an unknown code as written")
    }
}
