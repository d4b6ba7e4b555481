import Foundation
import Testing
@testable import OpeningsKit

/// `openings import greenhouse|lever|ashby`: each vendor's documented response
/// (`JobBoardFixtures`) as the exact files it writes, the one error for anything else,
/// and the written postings through `openings check`.
@Suite struct JobBoardImportTests {
    typealias Vendor = JobBoardImporter.Vendor

    static func read(_ json: String, _ vendor: Vendor, source: String = "board.json") throws -> [ImportedPosting] {
        try JobBoardImporter.read(Data(json.utf8), vendor: vendor, source: source)
    }

    /// Each posting's file text, as `ImportDestination` writes it, by file name.
    static func files(_ json: String, _ vendor: Vendor) throws -> [String] {
        try read(json, vendor).map { "\($0.fileName).md\n" + PostingWriter.text(of: $0, command: "openings import \(vendor.rawValue)") }
    }

    // MARK: The written files

    @Test func greenhouseBoard() throws {
        let files = try Self.files(JobBoardFixtures.greenhouse, .greenhouse)
        try #require(files.count == 3)
        #expect(files[0] == "senior-backend-engineer.md\n" + Self.seniorBackendEngineer)
        #expect(files[1] == "product-designer.md\n" + Self.productDesigner)
        #expect(files[2] == "customer-support-specialist.md\n" + Self.customerSupportSpecialist)
    }

    /// `…/jobs/ID` answers with the job object alone.
    @Test func greenhouseSingleJob() throws {
        #expect(try Self.files(JobBoardFixtures.greenhouseJob, .greenhouse) == ["payroll-specialist.md\n" + Self.payrollSpecialist])
    }

    @Test func leverPostings() throws {
        let files = try Self.files(JobBoardFixtures.lever, .lever)
        try #require(files.count == 3)
        #expect(files[0] == "staff-data-engineer.md\n" + Self.staffDataEngineer)
        #expect(files[1] == "account-executive-mid-market.md\n" + Self.accountExecutiveMidMarket)
        #expect(files[2] == "warehouse-associate-seasonal.md\n" + Self.warehouseAssociateSeasonal)
    }

    /// The fourth job is unlisted (`isListed: false`) and is left out.
    @Test func ashbyJobBoard() throws {
        let files = try Self.files(JobBoardFixtures.ashby, .ashby)
        try #require(files.count == 3)
        #expect(files[0] == "senior-ios-engineer.md\n" + Self.seniorIosEngineer)
        #expect(files[1] == "solutions-engineer.md\n" + Self.solutionsEngineer)
        #expect(files[2] == "clinical-research-intern.md\n" + Self.clinicalResearchIntern)
    }

    // MARK: Through `openings check`

    /// Every posting written into one site passes `check` where the board had the data:
    /// with the compliance checks quiet and an interview process per department,
    /// nothing at all; with them on, only the remote posting whose board gave no pay.
    @Test func theWrittenPostingsPassCheck() throws {
        let departments = "[Engineering, Design, Customer Support, Finance, Sales, Operations, Research]"
        let interview = TestSite.interview.replacingOccurrences(of: "[Engineering]", with: departments)
        for siteYML in [TestSite.siteYML, TestSite.complianceSiteYML] {
            let site = try TestSite(["Content/interview/engineering.md": interview], siteYML: siteYML)
            defer { site.remove() }
            var destination = try ImportDestination(siteFolder: site.root, force: false)
            var written: [String] = []
            for (json, vendor) in [(JobBoardFixtures.greenhouse, Vendor.greenhouse), (JobBoardFixtures.greenhouseJob, .greenhouse),
                                   (JobBoardFixtures.lever, .lever), (JobBoardFixtures.ashby, .ashby)] {
                let report = destination.write(try Self.read(json, vendor), command: "openings import \(vendor.rawValue)")
                written += report.lines.map(\.formatted)
            }
            #expect(written == [
                "Greenhouse job 4012345 → Content/jobs/senior-backend-engineer.md",
                "Greenhouse job 4012346 → Content/jobs/product-designer.md",
                "Greenhouse job 4012347 → Content/jobs/customer-support-specialist.md",
                "Greenhouse job 4012399 → Content/jobs/payroll-specialist.md",
                "Lever posting 5f8e3b1c-2a4d-4e6f-9b0a-1c2d3e4f5a6b → Content/jobs/staff-data-engineer.md",
                "Lever posting a1b2c3d4-0000-4a5b-8c9d-e0f1a2b3c4d5 → Content/jobs/account-executive-mid-market.md",
                "Lever posting 0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f → Content/jobs/warehouse-associate-seasonal.md",
                "Ashby job 7d3c2b1a-9e8f-4a6b-b5c4-d3e2f1a0b9c8 → Content/jobs/senior-ios-engineer.md",
                "Ashby job 2b4d6f8a-1c3e-4a5b-9d7f-0e2c4a6b8d0f → Content/jobs/solutions-engineer.md",
                "Ashby job 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d → Content/jobs/clinical-research-intern.md",
            ])
            let findings = site.check()
            if siteYML == TestSite.siteYML {
                #expect(site.lines(findings) == [])
            } else {
                #expect(site.lines(findings.filter { $0.severity == .error }) == [
                    "Content/jobs/account-executive-mid-market.md:7:1: error: no pay range, which Colorado, California, Washington and 11 more require because a remote hire may live there (remote_countries: US) (Colorado: Colorado Equal Pay for Equal Work Act, C.R.S. § 8-5-201 (as amended by SB 23-105); 7 CCR 1103-13; the others are cited in docs/compliance.md); add `salary: { min: …, max: …, currency: …, period: year }` or `salary: { band: … }` [pay-range]",
                    // The vendor cannot say whether the vacancy exists; Ontario asks, so the author must.
                    "Content/jobs/staff-data-engineer.md:8:1: error: the posting does not say whether it is for an existing vacancy, which Ontario requires because it is based in Toronto, ON, Canada \(Self.ontario); add `vacancy: existing`, or `vacancy: future` for a talent pool [vacancy]",
                ])
            }
        }
    }

    // MARK: Anything but the vendor's JSON

    static let ontario = "(Ontario: Employment Standards Act, 2000, ss. 8.1-8.5 (Working for Workers Four and Five Acts, 2024); O. Reg. 476/24)"
    static let greenhouseExpected = "this is not a Greenhouse job board response (expected the JSON object with `jobs` from https://boards-api.greenhouse.io/v1/boards/BOARD/jobs?content=true, or one job from …/jobs/ID)"
    static let leverExpected = "this is not a Lever postings response (expected a JSON array of postings from https://api.lever.co/v0/postings/SITE?mode=json)"
    static let ashbyExpected = "this is not an Ashby job board response (expected the JSON object with `jobs` from https://api.ashbyhq.com/posting-api/job-board/BOARD?includeCompensation=true)"

    static func failure(_ text: String, _ vendor: Vendor) -> String? {
        do {
            _ = try read(text, vendor)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func anotherVendorsJSONNamesTheCommandForIt() {
        #expect(Self.failure(JobBoardFixtures.lever, .greenhouse) == "board.json: \(Self.greenhouseExpected): it looks like Lever's postings JSON; import it with `openings import lever board.json`")
        #expect(Self.failure(JobBoardFixtures.ashby, .greenhouse) == "board.json: \(Self.greenhouseExpected): it looks like Ashby's job board JSON; import it with `openings import ashby board.json`")
        #expect(Self.failure(JobBoardFixtures.greenhouse, .lever) == "board.json: \(Self.leverExpected): it looks like Greenhouse's job board JSON; import it with `openings import greenhouse board.json`")
        #expect(Self.failure(JobBoardFixtures.ashby, .lever) == "board.json: \(Self.leverExpected): it looks like Ashby's job board JSON; import it with `openings import ashby board.json`")
        #expect(Self.failure(JobBoardFixtures.greenhouseJob, .ashby) == "board.json: \(Self.ashbyExpected): it looks like Greenhouse's job board JSON; import it with `openings import greenhouse board.json`")
        #expect(Self.failure(JobBoardFixtures.lever, .ashby) == "board.json: \(Self.ashbyExpected): it looks like Lever's postings JSON; import it with `openings import lever board.json`")
    }

    @Test func aSavedWebPageOrNotJSONAtAll() {
        let page = "<!DOCTYPE html>\n<html><head><title>Jobs at Northwind</title></head><body></body></html>"
        #expect(Self.failure(page, .greenhouse) == "board.json: \(Self.greenhouseExpected): it is an HTML page (a saved web page?), not JSON; save the API address instead")
        #expect(Self.failure("\u{FEFF}\n  <html>", .lever) == "board.json: \(Self.leverExpected): it is an HTML page (a saved web page?), not JSON; save the API address instead")
        #expect(Self.failure("jobs:\n  - title: Designer\n", .ashby) == "board.json: \(Self.ashbyExpected): it is not valid JSON")
        #expect(Self.failure("", .ashby) == "board.json: \(Self.ashbyExpected): it is empty")
        #expect(Self.failure(#"{"data": [1, 2]}"#, .ashby) == "board.json: \(Self.ashbyExpected): it is a JSON object with `data`")
        #expect(Self.failure("[1, 2]", .lever) == "board.json: \(Self.leverExpected): it is a JSON array of something else")
        #expect(Self.failure("42", .greenhouse) == "board.json: \(Self.greenhouseExpected): it is a single JSON value")
    }

    /// What the APIs answer for a board or job that does not exist.
    @Test func anErrorResponse() {
        #expect(Self.failure(#"{"ok": false, "error": "Document not found"}"#, .lever) == "board.json: \(Self.leverExpected): it is an error response (`Document not found`)")
        #expect(Self.failure(#"{"status": 404, "error": "Job not found"}"#, .greenhouse) == "board.json: \(Self.greenhouseExpected): it is an error response (`Job not found`)")
    }

    /// A value of the wrong type names its place as the response writes it.
    @Test func aFieldOfTheWrongType() {
        #expect(Self.failure(#"{"jobs": [{"id": 1, "title": "A", "absolute_url": "https://x.example/1", "content": "x", "pay_input_ranges": [{"min_cents": "a"}]}]}"#, .greenhouse)
                == "board.json: \(Self.greenhouseExpected): `jobs[0].pay_input_ranges[0].min_cents` is not a number")
        #expect(Self.failure(#"[{"id": "x", "text": "A", "hostedUrl": "https://x.example", "createdAt": "2026-01-01"}]"#, .lever)
                == "board.json: \(Self.leverExpected): `[0].createdAt` is not a number")
        #expect(Self.failure(#"[{"text": "A", "hostedUrl": "https://x.example"}]"#, .lever) == "board.json: \(Self.leverExpected): `[0].id` is missing")
        #expect(Self.failure(#"{"apiVersion": "1", "jobs": [{"title": "A", "jobUrl": "https://x.example", "isListed": "yes"}]}"#, .ashby)
                == "board.json: \(Self.ashbyExpected): `jobs[0].isListed` is not true or false")
    }

    /// A timestamp millions of years away (a corrupted export) is read, not a crash
    /// (found by fuzz-import-boards): the posting's date is whatever the calendar says.
    @Test func aTimestampFarAwayIsNoCrash() throws {
        let postings = try Self.read(#"[{"id": "x", "text": "A", "hostedUrl": "https://x.example", "createdAt": 1e300, "descriptionPlain": "Build."}]"#, .lever)
        #expect(postings.count == 1)
    }

    /// The list without `?content=true` has no descriptions: every posting would be empty.
    @Test func greenhouseWithoutContent() {
        #expect(Self.failure(#"{"jobs": [{"id": 1, "title": "A", "absolute_url": "https://x.example/1", "updated_at": "2026-01-01T00:00:00Z"}], "meta": {"total": 1}}"#, .greenhouse)
                == "board.json: the Greenhouse jobs have no descriptions; save https://boards-api.greenhouse.io/v1/boards/BOARD/jobs?content=true (with `?content=true`)")
    }

    @Test func anEmptyBoardIsNoPostings() throws {
        #expect(try Self.read("[]", .lever).isEmpty)
        #expect(try Self.read(#"{"jobs": [], "meta": {"total": 0}}"#, .greenhouse).isEmpty)
        #expect(try Self.read(#"{"apiVersion": "1", "jobs": []}"#, .ashby).isEmpty)
    }

    // MARK: Mapping rules

    /// Only a range paid per year, month, week, day or hour, in an ISO 4217 currency,
    /// is a salary; the vendor's figures stay in the leftovers otherwise.
    @Test func payThatIsNoSalary() throws {
        let oneTime = try Self.read(#"[{"id": "p1", "text": "Locum Doctor", "hostedUrl": "https://jobs.lever.co/n/p1", "salaryRange": {"currency": "USD", "interval": "one-time", "min": 5000, "max": 5000}}]"#, .lever)[0]
        #expect(oneTime.salary == nil)
        #expect(oneTime.notes == ["`salaryRange` is paid `one-time`, not per year, month, week, day or hour, so no salary was written"])
        #expect(oneTime.leftovers == [.init(key: "salaryRange", value: "5000–5000 USD one-time")])

        let unknownCurrency = try Self.read(#"[{"id": "p2", "text": "Nurse", "hostedUrl": "https://jobs.lever.co/n/p2", "salaryRange": {"currency": "Dollars", "interval": "per-year-salary", "min": 70000, "max": 80000}}]"#, .lever)[0]
        #expect(unknownCurrency.salary == nil)
        #expect(unknownCurrency.notes == ["`salaryRange` has no ISO 4217 currency (`Dollars`), so no salary was written"])

        let equityOnly = try Self.read(#"{"apiVersion": "1", "jobs": [{"id": "a1", "title": "Founding Engineer", "isListed": true, "jobUrl": "https://jobs.ashbyhq.com/n/a1", "compensation": {"compensationTierSummary": "0.5% – 1%", "compensationTiers": [], "summaryComponents": [{"compensationType": "EquityPercentage", "interval": "NONE", "currencyCode": null, "minValue": 0.5, "maxValue": 1}]}}]}"#, .ashby)[0]
        #expect(equityOnly.salary == nil)
        #expect(equityOnly.notes == [])
        #expect(equityOnly.leftovers == [.init(key: "compensation", value: "0.5% – 1%")])

        let noPeriod = try Self.read(#"{"jobs": [{"id": 7, "title": "Tutor", "absolute_url": "https://job-boards.greenhouse.io/n/jobs/7", "content": "", "pay_input_ranges": [{"min_cents": 5000, "max_cents": 9000, "currency_type": "USD", "title": "Per session", "blurb": null}]}]}"#, .greenhouse)[0]
        #expect(noPeriod.salary == nil)
        #expect(noPeriod.notes == ["the pay range `Per session` does not say per what it is paid, so no salary was written"])
        #expect(noPeriod.leftovers == [.init(key: "pay range Per session", value: "50–90 USD")])

        let reversed = try Self.read(#"{"jobs": [{"id": 8, "title": "Analyst", "absolute_url": "https://job-boards.greenhouse.io/n/jobs/8", "content": "", "pay_input_ranges": [{"min_cents": 9000000, "max_cents": 7000000, "currency_type": "USD"}]}]}"#, .greenhouse)[0]
        #expect(reversed.salary == nil)
        #expect(reversed.notes == ["the pay range has a minimum (90000) above its maximum (70000), so no salary was written"])
        #expect(reversed.leftovers == [.init(key: "pay range", value: "90000–70000 USD")])
    }

    /// Places as boards write them: `Remote - US` is where a remote job hires, a part
    /// Openings cannot read is kept as text (with a note on the posting).
    @Test func placesAsBoardsWriteThem() {
        let denver = JobLocation(city: "Denver", region: "CO", country: "US")
        #expect(ImportedPlaces.read("Remote - US") == ImportedPlaces(workplace: .remote, remoteCountries: ["US"]))
        #expect(ImportedPlaces.read("Canada (Remote)") == ImportedPlaces(workplace: .remote, remoteCountries: ["CA"]))
        #expect(ImportedPlaces.read("Remote, UK only") == ImportedPlaces(workplace: .remote, remoteCountries: ["GB"]))
        #expect(ImportedPlaces.read("Denver, CO; Remote - Canada") == ImportedPlaces(locations: [denver], workplace: .remote, remoteCountries: ["CA"]))
        #expect(ImportedPlaces.read("Remote - EMEA") == ImportedPlaces(locations: [JobLocation(text: "Remote - EMEA")], unread: ["Remote - EMEA"]))
        #expect(ImportedPlaces.read("London or Berlin, Germany") == ImportedPlaces(
            locations: [JobLocation(text: "London"), JobLocation(city: "Berlin", country: "DE")], unread: ["London"]))
    }

    /// A location whose own text says remote is where the job hires, whatever the
    /// board's workplace says: beside an office the job is hybrid, alone it is remote
    /// (Ramp's board: `Hybrid`, `New York, NY (HQ)` and `Remote (Canada)`, `Remote (US)`
    /// with addresses that are only a country).
    @Test func locationsThatSayRemoteAreRemoteCountries() throws {
        let json = #"""
            {"apiVersion": "1", "jobs": [
            {"id": "34413f8d-26bf-4bbc-8ade-eb309a0e2245", "title": "Security Engineer, Cloud", "location": "New York, NY (HQ)", "secondaryLocations": [{"location": "Remote (Canada)", "address": {"postalAddress": {"addressCountry": "Canada"}}}, {"location": "Remote (US)", "address": {"postalAddress": {"addressCountry": "United States"}}}], "department": "Engineering", "isListed": true, "isRemote": true, "workplaceType": "Hybrid", "descriptionHtml": "<p>Secure the cloud our clinics run on.</p>", "publishedAt": "2026-11-02T12:00:00.000+00:00", "employmentType": "FullTime", "address": {"postalAddress": {"addressLocality": "New York City", "addressRegion": "NY", "addressCountry": "USA"}}, "jobUrl": "https://jobs.ashbyhq.com/northwind/34413f8d-26bf-4bbc-8ade-eb309a0e2245"},
            {"id": "5c6d", "title": "Support Engineer", "location": "Remote (Canada)", "department": "Support", "workplaceType": "Hybrid", "address": {"postalAddress": {"addressCountry": "Canada"}}, "jobUrl": "https://jobs.ashbyhq.com/northwind/5c6d"},
            {"id": "7e8f", "title": "Field Engineer", "location": "US Remote", "department": "Support", "workplaceType": "OnSite", "jobUrl": "https://jobs.ashbyhq.com/northwind/7e8f"}
            ]}
            """#
        let files = try Self.files(json, .ashby)
        try #require(files.count == 3)
        #expect(files[0] == """
            security-engineer-cloud.md
            ---
            title: Security Engineer, Cloud
            id: ASHBY-34413f8d-26bf-4bbc-8ade-eb309a0e2245
            department: Engineering
            employment_type: full_time
            workplace: hybrid
            locations:
              - city: New York City
                region: NY
                country: US
            remote_countries: [CA, US]
            posted: 2026-11-02
            apply_url: https://jobs.ashbyhq.com/northwind/34413f8d-26bf-4bbc-8ade-eb309a0e2245
            ---
            <!--
            Imported by `openings import ashby` from Ashby job 34413f8d-26bf-4bbc-8ade-eb309a0e2245.
            Check these, move what matters into the posting, then delete this comment:
            - the response has no `compensation`: if the board shows pay, save it with `?includeCompensation=true`
            -->

            Secure the cloud our clinics run on.

            """)
        #expect(files[1].hasPrefix("support-engineer.md\n---\ntitle: Support Engineer\nid: ASHBY-5c6d\ndepartment: Support\nworkplace: remote\nremote_countries: [CA]\napply_url:"))
        #expect(files[2].hasPrefix("field-engineer.md\n---\ntitle: Field Engineer\nid: ASHBY-7e8f\ndepartment: Support\nworkplace: remote\nremote_countries: [US]\napply_url:"))

        // A Greenhouse office named so, for a job without `location.name`.
        let greenhouse = try Self.read(#"{"jobs": [{"id": 5, "title": "Analyst", "absolute_url": "https://job-boards.greenhouse.io/n/jobs/5", "content": "", "offices": [{"name": "Toronto", "location": "Toronto, ON, Canada"}, {"name": "Remote - Canada", "location": "Canada"}, {"name": "Remote - US", "location": null}]}]}"#, .greenhouse)[0]
        #expect(greenhouse.locations == [JobLocation(city: "Toronto", region: "ON", country: "CA")])
        #expect(greenhouse.remoteCountries == ["CA", "US"])
        #expect(greenhouse.workplace == .remote)
        // A Lever location `Remote` hires in the posting's `country`, and a hybrid job with no office is remote.
        let lever = try Self.read(#"[{"id": "9f1e", "text": "Analyst", "categories": {"allLocations": ["Remote"]}, "workplaceType": "hybrid", "country": "CA", "hostedUrl": "https://jobs.lever.co/n/9f1e"}]"#, .lever)[0]
        #expect(lever.locations == [])
        #expect(lever.remoteCountries == ["CA"])
        #expect(lever.workplace == .remote)
    }

    /// Without `?includeCompensation=true` no job has `compensation`; each posting says how to get it.
    @Test func ashbyWithoutCompensation() throws {
        let posting = try Self.read(#"{"apiVersion": "1", "jobs": [{"title": "Designer", "isListed": true, "jobUrl": "https://jobs.ashbyhq.com/n/0f3c", "location": "Remote - EMEA", "isRemote": true}]}"#, .ashby)[0]
        #expect(posting.id == "ASHBY-0f3c")
        #expect(posting.applyURL == "https://jobs.ashbyhq.com/n/0f3c")
        #expect(posting.workplace == .remote)
        #expect(posting.notes == [
            "location `Remote - EMEA` is kept as text: Openings could not read it as a place; write it as city, region and country (or as remote_countries)",
            "the response has no `compensation`: if the board shows pay, save it with `?includeCompensation=true`",
        ])
    }

    /// Greenhouse ends `content` with its own block of the pay ranges
    /// (`content-pay-transparency`). With `pay_input_ranges` the salary and the comment
    /// say them, so the block is left out; without, it is the only place the pay is, and
    /// stays. The company's `content-intro` and `content-conclusion` are text to keep.
    @Test func greenhousePayTransparencyBlock() throws {
        func file(_ more: String) throws -> String {
            let json = #"{"id": 4012400, "title": "Payroll Lead", "absolute_url": "https://job-boards.greenhouse.io/northwind/jobs/4012400", "location": {"name": "New York, NY"}, "first_published": "2026-11-09T09:00:00-05:00", "departments": [{"name": "Finance"}], "content": "&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;Northwind builds payroll software.&lt;/p&gt;&lt;/div&gt;&lt;h2&gt;What you'll do&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Run payroll for 600 people&lt;/li&gt;&lt;/ul&gt;&lt;div class=&quot;content-pay-transparency&quot;&gt;&lt;div class=&quot;pay-input&quot;&gt;&lt;div class=&quot;description&quot;&gt;&lt;p&gt;The base pay for this role:&lt;/p&gt;&lt;/div&gt;&lt;div class=&quot;title&quot;&gt;New York Pay Range&lt;/div&gt;&lt;div class=&quot;pay-range&quot;&gt;&lt;span&gt;$160,000&lt;/span&gt;&lt;span class=&quot;divider&quot;&gt;&amp;mdash;&lt;/span&gt;&lt;span&gt;$200,000 USD&lt;/span&gt;&lt;/div&gt;&lt;/div&gt;&lt;/div&gt;&lt;div class=&quot;content-conclusion&quot;&gt;&lt;p&gt;We welcome applicants of every background.&lt;/p&gt;&lt;/div&gt;"\#(more)}"#
            return try Self.files(json, .greenhouse)[0]
        }
        #expect(try file(#", "pay_input_ranges": [{"min_cents": 16000000, "max_cents": 20000000, "currency_type": "USD", "title": "New York Pay Range", "blurb": "<p>The base pay for this role:</p>"}]"#) == """
            payroll-lead.md
            ---
            title: Payroll Lead
            id: GH-4012400
            department: Finance
            locations:
              - city: New York
                region: NY
                country: US
            posted: 2026-11-09
            salary:
              min: 160000
              max: 200000
              currency: USD
              period: year
            apply_url: https://job-boards.greenhouse.io/northwind/jobs/4012400
            ---
            <!--
            Imported by `openings import greenhouse` from Greenhouse job 4012400.
            Check these, move what matters into the posting, then delete this comment:
            - not mapped to an Openings field:
                pay range New York Pay Range: 160000–200000 USD; The base pay for this role:
            -->

            Northwind builds payroll software.

            ## What you'll do

            - Run payroll for 600 people

            We welcome applicants of every background.

            """)
        #expect(try file("") == """
            payroll-lead.md
            ---
            title: Payroll Lead
            id: GH-4012400
            department: Finance
            locations:
              - city: New York
                region: NY
                country: US
            posted: 2026-11-09
            apply_url: https://job-boards.greenhouse.io/northwind/jobs/4012400
            ---
            Northwind builds payroll software.

            ## What you'll do

            - Run payroll for 600 people

            The base pay for this role:

            New York Pay Range

            $160,000—$200,000 USD

            We welcome applicants of every background.

            """)
    }

    /// Greenhouse's `content` is HTML escaped as text, decoded once; content with a raw
    /// tag was not escaped, and its `&lt;` stays text.
    @Test func greenhouseContentIsUnescapedOnce() throws {
        func body(_ content: String) throws -> String {
            let json = #"{"jobs": [{"id": 9, "title": "Writer", "absolute_url": "https://job-boards.greenhouse.io/n/jobs/9", "content": "\#(content)"}]}"#
            return try Self.read(json, .greenhouse)[0].body
        }
        #expect(try body("&lt;p&gt;Write &amp;lt;b&amp;gt; for &lt;b&gt;bold&lt;/b&gt;&amp;nbsp;text&lt;/p&gt;") == "Write \\<b> for **bold** text")
        #expect(try body("<p>Write &lt;b&gt; for bold</p>") == "Write \\<b> for bold")
    }
}

// MARK: Expected files

extension JobBoardImportTests {
    static let seniorBackendEngineer = """
        ---
        title: Senior Backend Engineer
        id: GH-4012345
        department: Engineering
        employment_type: full_time
        locations:
          - city: New York
            region: NY
            country: US
          - city: San Francisco
            region: CA
            country: US
        posted: 2026-10-05
        salary:
          min: 165000
          max: 210000
          currency: USD
          period: year
        apply_url: https://job-boards.greenhouse.io/northwind/jobs/4012345
        ---
        <!--
        Imported by `openings import greenhouse` from Greenhouse job 4012345.
        Check these, move what matters into the posting, then delete this comment:
        - Greenhouse gives 2 pay ranges; salary is the first, the pay range `New York and San Francisco`; all are listed below
        - not mapped to an Openings field:
            requisition_id: ENG-214
            pay range New York and San Francisco: 165000–210000 USD; The base salary for this role in New York and San Francisco; equity and benefits come on top.
            pay range Other US locations: 148000–189000 USD
            Visa Sponsorship: Available for this role
        -->

        ## About Northwind

        Northwind builds the scheduling software that 4,000 clinics use every day. Our R&D team ships weekly — and we’re growing.

        ## What you'll do

        - Design and run the services behind *appointment booking* and reminders
        - Own reliability: on-call one week in six, with [our on-call handbook](https://northwind.example/handbook/on-call)
        - Mentor engineers & review designs

        ## What you bring

        - 6+ years building backend systems in Go, Java or Swift
        - Experience with PostgreSQL at scale (>10k writes/s)

        Questions? Chat with a recruiter or write to [jobs@northwind.example](mailto:jobs@northwind.example).

        """

    static let productDesigner = """
        ---
        title: Product Designer
        id: GH-4012346
        department: Design
        locations:
          - city: London
            country: GB
        posted: 2026-10-28
        apply_url: https://job-boards.greenhouse.io/northwind/jobs/4012346
        ---
        <!--
        Imported by `openings import greenhouse` from Greenhouse job 4012346.
        Check these, move what matters into the posting, then delete this comment:
        - posted is the day the job was last updated (`updated_at`): this board gives no `first_published`
        - not mapped to an Openings field:
            other departments: Product
        -->

        ## The role

        You'll shape how clinicians across the UK plan their day. You will work with product and engineering in our London office three days a week.

        ## You might be a fit if

        1. You have a portfolio of shipped product work
        2. You can explain a design decision in one sentence

        **Note:** we review portfolios in the order they arrive.

        """

    static let customerSupportSpecialist = """
        ---
        title: Customer Support Specialist
        id: GH-4012347
        department: Customer Support
        workplace: remote
        remote_countries: [US]
        posted: 2026-11-18
        salary:
          min: 24
          max: 31
          currency: USD
          period: hour
        apply_url: https://job-boards.greenhouse.io/northwind/jobs/4012347
        ---
        <!--
        Imported by `openings import greenhouse` from Greenhouse job 4012347.
        Check these, move what matters into the posting, then delete this comment:
        - not mapped to an Openings field:
            requisition_id: CS-031
        -->

        Help clinics get unstuck, by chat and phone, 9–5 in your time zone.

        ## Benefits

        - Medical, dental & vision from day one
        - A $1,000 home-office budget

        """

    static let payrollSpecialist = """
        ---
        title: Payroll Specialist
        id: GH-4012399
        department: Finance
        locations:
          - city: Denver
            region: CO
            country: US
        posted: 2026-11-09
        salary:
          min: 72000
          max: 88000
          currency: USD
          period: year
        apply_url: https://job-boards.greenhouse.io/northwind/jobs/4012399
        ---
        <!--
        Imported by `openings import greenhouse` from Greenhouse job 4012399.
        Check these, move what matters into the posting, then delete this comment:
        - not mapped to an Openings field:
            requisition_id: FIN-7
            pay range Colorado: 72000–88000 USD; Colorado pay range
        -->

        Run payroll for 600 people in 14 states.

        - Three years of multi-state payroll

        """

    static let staffDataEngineer = """
        ---
        title: Staff Data Engineer
        id: LEVER-5f8e3b1c-2a4d-4e6f-9b0a-1c2d3e4f5a6b
        department: Engineering
        level: Staff
        employment_type: full_time
        workplace: hybrid
        locations:
          - city: Toronto
            region: "ON"
            country: CA
          - city: Vancouver
            region: BC
            country: CA
        posted: 2026-10-12
        salary:
          min: 185000
          max: 225000
          currency: CAD
          period: year
        apply_url: https://jobs.lever.co/northwind/5f8e3b1c-2a4d-4e6f-9b0a-1c2d3e4f5a6b/apply
        ---
        <!--
        Imported by `openings import lever` from Lever posting 5f8e3b1c-2a4d-4e6f-9b0a-1c2d3e4f5a6b.
        Check these, move what matters into the posting, then delete this comment:
        - not mapped to an Openings field:
            team: Data Platform
            salary description: Plus equity and an annual bonus.
        -->

        **Our data platform moves 2 TB a day.**

        You will lead its next version, from the ingestion pipeline to the warehouse & the tools analysts use.

        ## What you'll do

        - Design the next ingestion pipeline
        - Set standards for data quality & lineage

        ## What we're looking for

        - 8+ years in data engineering
        - Deep knowledge of **Kafka** or a similar log
        - Comfort with ambiguity

        **Northwind is an equal opportunity employer.** We welcome applicants of every background.

        """

    static let accountExecutiveMidMarket = """
        ---
        title: Account Executive, Mid-Market
        id: LEVER-a1b2c3d4-0000-4a5b-8c9d-e0f1a2b3c4d5
        department: Sales
        employment_type: full_time
        workplace: remote
        remote_countries: [US]
        posted: 2026-11-03
        apply_url: https://jobs.lever.co/northwind/a1b2c3d4-0000-4a5b-8c9d-e0f1a2b3c4d5
        ---
        <!--
        Imported by `openings import lever` from Lever posting a1b2c3d4-0000-4a5b-8c9d-e0f1a2b3c4d5.
        Check these, move what matters into the posting, then delete this comment:
        - `applyUrl` was dropped: it uses the `javascript:` scheme, which is not allowed (only http, https and mailto)
        -->

        ## About the role

        Sell Northwind to clinics with 20–200 staff. See our customers

        ## Requirements

        - 3+ years closing mid-market deals
        - A quota you beat, twice

        """

    static let warehouseAssociateSeasonal = """
        ---
        title: Warehouse Associate (Seasonal)
        id: LEVER-0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f
        department: Operations
        employment_type: temporary
        workplace: onsite
        locations:
          - city: Reno
            country: US
        posted: 2026-09-28
        salary:
          min: 19
          max: 23
          currency: USD
          period: hour
        apply_url: https://jobs.lever.co/northwind/0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f/apply
        ---
        Pick, pack and ship clinic supplies for the winter season.

        Shifts are Monday to Friday, 6 am to 2:30 pm.

        """

    static let seniorIosEngineer = """
        ---
        title: Senior iOS Engineer
        id: ASHBY-7d3c2b1a-9e8f-4a6b-b5c4-d3e2f1a0b9c8
        department: Engineering
        employment_type: full_time
        workplace: hybrid
        locations:
          - city: Berlin
            region: BE
            country: DE
          - city: Amsterdam
            country: NL
        remote_countries: [DE]
        posted: 2026-10-20
        salary:
          min: 85000
          max: 105000
          currency: EUR
          period: year
        apply_url: https://jobs.ashbyhq.com/northwind/7d3c2b1a-9e8f-4a6b-b5c4-d3e2f1a0b9c8/application
        ---
        <!--
        Imported by `openings import ashby` from Ashby job 7d3c2b1a-9e8f-4a6b-b5c4-d3e2f1a0b9c8.
        Check these, move what matters into the posting, then delete this comment:
        - region `North Holland` was left out of Amsterdam, NL: it is no ISO 3166-2 subdivision name or code Openings knows
        - not mapped to an Openings field:
            team: Mobile
            compensation: €85K – €105K • 0.05% – 0.1%
        -->

        Our app is how **2 million** patients book care.

        ## You will

        - Ship SwiftUI features *end to end*
        - Keep crash-free sessions above 99.9%

        Read about [how we build](https://northwind.example/blog/ios).

        """

    static let solutionsEngineer = """
        ---
        title: Solutions Engineer
        id: ASHBY-2b4d6f8a-1c3e-4a5b-9d7f-0e2c4a6b8d0f
        department: Sales
        employment_type: full_time
        workplace: remote
        remote_countries: [US]
        posted: 2026-11-12
        salary:
          min: 140000
          max: 175000
          currency: USD
          period: year
        apply_url: https://jobs.ashbyhq.com/northwind/2b4d6f8a-1c3e-4a5b-9d7f-0e2c4a6b8d0f/application
        ---
        <!--
        Imported by `openings import ashby` from Ashby job 2b4d6f8a-1c3e-4a5b-9d7f-0e2c4a6b8d0f.
        Check these, move what matters into the posting, then delete this comment:
        - Ashby gives 2 pay tiers (`Zone A`, `Zone B`); salary is the range across them
        - not mapped to an Openings field:
            compensation: $140K – $175K • Offers Commission
        -->

        ## What you’ll do

        - Run technical demos for clinic IT teams
        - Scope integrations with EHR systems

        ## Compensation

        Base salary plus commission; see the range below.

        """

    static let clinicalResearchIntern = """
        ---
        title: Clinical Research Intern
        id: ASHBY-9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
        department: Research
        employment_type: intern
        workplace: onsite
        locations:
          - city: Paris
            country: FR
        posted: 2026-11-01
        salary:
          min: 1800
          max: 2200
          currency: EUR
          period: month
        apply_url: https://jobs.ashbyhq.com/northwind/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/application
        ---
        Six months with our clinical team in Paris, starting in March.

        """
}
