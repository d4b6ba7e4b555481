import Foundation
import Testing
@testable import OpeningsKit

/// Mistakes authors really make, each changed into an otherwise clean posting: the
/// exact findings `check` prints and how many, so one mistake stays one finding.
/// docs/validation.md shows the same cases by family.
@Suite struct AuthorMistakeTests {
    /// A Denver posting that passes every check with pay transparency and language rules on.
    static let clean = """
        ---
        title: Payroll Specialist
        id: ENG-7
        department: Engineering
        workplace: onsite
        locations:
          - city: Denver
            region: CO
            country: US
        posted: 2026-11-01
        closes: 2026-12-31
        salary:
          min: 84000
          max: 102000
          currency: USD
        benefits: [Health, Retirement]
        ---
        \(ComplianceTests.body)
        """

    /// `check` of a site whose one posting is `clean` with `replacements` applied.
    func check(_ replacements: [(String, String)], files: [String: String] = [:], siteYML: String = "") throws -> [String] {
        var text = Self.clean
        for (old, new) in replacements {
            guard text.contains(old) else { throw Failure("`\(old)` is not in the clean posting") }
            text = text.replacingOccurrences(of: old, with: new)
        }
        var all = files
        all["Content/jobs/payroll.md"] = text
        let site = try TestSite(all, siteYML: TestSite.complianceSiteYML + siteYML)
        defer { site.remove() }
        return site.lines(BuildPipeline.check(site.options()).diagnostics)
    }

    static let structured = "locations:\n  - city: Denver\n    region: CO\n    country: US\n"
    static let salary = "salary:\n  min: 84000\n  max: 102000\n  currency: USD\n"
    static let colorado = "(Colorado: Colorado Equal Pay for Equal Work Act, C.R.S. § 8-5-201 (as amended by SB 23-105); 7 CCR 1103-13)"
    static let addSalary = "add `salary: { min: …, max: …, currency: …, period: year }` or `salary: { band: … }` [pay-range]"

    @Test func theCleanPostingIsClean() throws {
        #expect(try check([]) == [])
    }

    // MARK: Places

    @Test func freeTextCityAndStateIsReadAndTheLawApplies() throws {
        #expect(try check([(Self.structured, "locations: Denver, CO\n"), (Self.salary, "")]) == [
            "Content/jobs/payroll.md:6:1: error: no pay range, which Colorado requires because it is based in Denver, CO, United States \(Self.colorado); \(Self.addSalary)",
            "Content/jobs/payroll.md:6:12: warning: `locations` `Denver, CO` was read as Denver, Colorado, United States, but CO is also Colombia’s country code; write the place as `locations: [{ city: Denver, region: CO, country: US }]`, or with the fields you mean",
        ])
        #expect(try check([(Self.structured, "location: Denver, Colorado\n")]) == [
            "Content/jobs/payroll.md:6:11: note: `location` `Denver, Colorado` was read as Denver, Colorado, United States; to say so yourself, write `locations: [{ city: Denver, region: CO, country: US }]`",
        ])
    }

    @Test func aPlaceTheRulesCannotReadIsNeverASilentPass() throws {
        #expect(try check([(Self.structured, "locations: Springfield\n"), (Self.salary, "")]) == [
            "Content/jobs/payroll.md:6:1: error: the pay-transparency rules cannot read the place `Springfield`, so they cannot tell whether a law requires a pay range; write it as `locations: [{ city: …, region: …, country: … }]`, or add a salary [unreadable-place]",
        ])
        // With pay given, what is left is the search engines' warning, at the key's line.
        #expect(try check([(Self.structured, "locations: Springfield\n")]) == [
            "Content/jobs/payroll.md:6:1: warning: search engines cannot place this job: its location is free text, not a city and country; write `locations:` with city, region and country [jobposting-location]",
        ])
    }

    @Test func aFlowListOfCityAndCountryIsOnePlace() throws {
        #expect(try check([(Self.structured, "locations: [Berlin, Germany]\n")]) == [
            "Content/jobs/payroll.md:6:12: warning: `locations: [Berlin, Germany]` is a list of 2 places; it was read as one, Berlin, Germany; write `locations: [{ city: Berlin, country: DE }]` (a list item per place, each with city, region and country)",
        ])
    }

    @Test func withdrawnAndUnknownRegionCodes() throws {
        let warsaw = "locations:\n  - city: Warsaw\n    region: MZ\n    country: PL\n"
        let zloty = "salary:\n  min: 120000\n  max: 150000\n  currency: PLN\n"
        #expect(try check([(Self.structured, warsaw), (Self.salary, zloty)]) == [
            "Content/jobs/payroll.md:8:13: warning: `region` `MZ` is the code Poland used until 2018; it is now `14` (Mazowieckie); write `region: \"14\"`; until then the current code is used",
        ])
        #expect(try check([(Self.structured, warsaw.replacingOccurrences(of: "MZ", with: "QQ")), (Self.salary, zloty)]) == [
            "Content/jobs/payroll.md:8:13: warning: `region` `QQ` is not an ISO 3166-2 subdivision of PL; it is left out of the page; known codes: 02, 04, 06, 08, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32",
        ])
        // In the US the state decides which pay law applies: that stays an error.
        #expect(try check([("region: CO", "region: CX")]) == [
            "Content/jobs/payroll.md:8:13: error: `region` `CX` is not an ISO 3166-2 subdivision of US, so the pay-transparency rules cannot tell which state or province applies; did you mean `CA` (California)?",
        ])
    }

    /// `location: "Hybrid or Remote"` (the seed template's) and its kind: no place
    /// (no location page or filter entry), and one finding at the text, a note when the
    /// rest of the posting says where the job is, a warning when nothing does (instead of
    /// the search-engine rule's) or when `workplace:` says otherwise.
    @Test func workplaceWordsWhereThePlaceGoesAreOneFinding() throws {
        let place = "workplace: onsite\n" + Self.structured
        let how = "say how people work with `workplace:` and where with `locations:` (offices) or `remote_countries:` (where hires may live)"
        #expect(try check([(place, "location: \"Hybrid or Remote\"\nremote_countries: [US]\n")]) == [
            "Content/jobs/payroll.md:5:11: note: `location` “Hybrid or Remote” names no place, so no location page or filter shows it; it was read as `workplace: hybrid`; to say so yourself, write `workplace: hybrid` instead, and any offices as `locations:`",
        ])
        #expect(try check([(place, "location: Remote\n")]) == [
            "Content/jobs/payroll.md:5:11: warning: `location` “Remote” names no place (it was read as `workplace: remote`), and no `locations:` or `remote_countries:` says where the job is, so neither job seekers nor search engines can tell; add `remote_countries:` (e.g. `remote_countries: [US]`, where hires may live) or `locations:` (the offices)",
        ])
        #expect(try check([(place, "location: Remote - US\n")]) == [
            "Content/jobs/payroll.md:5:11: note: `location` “Remote - US” names no place, so no location page or filter shows it; it was read as `workplace: remote` and `remote_countries: [US]`; to say so yourself, write `workplace: remote` and `remote_countries: [US]` instead, and any offices as `locations:`",
        ])
        #expect(try check([(place, "workplace: onsite\nlocation: Télétravail\n")]) == [
            "Content/jobs/payroll.md:6:11: warning: `location` “Télétravail” names no place and says remote, but `workplace` is onsite; it is left out; \(how)",
        ])
        #expect(try check([("workplace: onsite\n", "workplace: hybrid\n"), ("    country: US\n", "    country: US\n  - Homeoffice\n")]) == [
            "Content/jobs/payroll.md:10:5: note: `locations` “Homeoffice” names no place, so no location page or filter shows it; \(how)",
        ])
    }

    // MARK: Cascades

    @Test func aSalaryWithAnErrorIsReportedOnce() throws {
        let cases: [(String, String, String)] = [
            ("min: 84000", "min: 184000", "Content/jobs/payroll.md:13:8: error: `min` (184000) is greater than `max` (102000); swap the two numbers"),
            ("min: 84000", "min: \"$84,000\"", "Content/jobs/payroll.md:13:8: error: `min` must be a number, not text `$84,000`; write `min: 84000`: digits only, without separators or currency signs (the currency goes in `currency:`)"),
            ("salary:\n", "salray:\n", "Content/jobs/payroll.md:12:1: error: unknown key `salray` in job front matter; did you mean `salary`?"),
            (Self.salary, "salary: { band: eng-l9 }\n", "Content/jobs/payroll.md:12:17: error: unknown salary band `eng-l9`; Content/bands.yml defines no bands"),
            (Self.salary, "salary: { min: 84,000, max: 102000, currency: USD }\n", "Content/jobs/payroll.md:12:16: error: `min: 84,000` has a thousands separator; inside `{ … }` the comma ends the value, so YAML reads 84; write `min: 84000`, without separators"),
        ]
        for (old, new, expected) in cases {
            #expect(try check([(old, new)]) == [expected], "\(new)")
        }
    }

    @Test func aBrokenBandsFileIsReportedThereOnly() throws {
        let lines = try check([(Self.salary, "salary: { band: eng-l3 }\n")],
                              files: ["Content/bands.yml": "eng-l3: { min: 90,000, max: 120000, currency: USD }\n"])
        #expect(lines == ["Content/bands.yml:1:16: error: `min: 90,000` has a thousands separator; inside `{ … }` the comma ends the value, so YAML reads 90; write `min: 90000`, without separators"])
        let syntax = try check([(Self.salary, "salary: { band: eng-l3 }\n")], files: ["Content/bands.yml": "eng-l3: { min: 90000\n"])
        #expect(syntax.count == 1 && syntax[0].hasPrefix("Content/bands.yml:"), "\(syntax)")
    }

    @Test func manyLawsOneFinding() throws {
        let remote = try check([("workplace: onsite\n" + Self.structured, "workplace: remote\nremote_countries: [US]\n"), (Self.salary, "")])
        #expect(remote == [
            "Content/jobs/payroll.md:6:1: error: no pay range, which Colorado, California, Washington and 11 more require because a remote hire may live there (remote_countries: US) \(Self.colorado.dropLast()); the others are cited in docs/compliance.md); \(Self.addSalary)",
        ])
    }

    @Test func aWrongWorkplaceIsNotAlsoMissingLocations() throws {
        let remot = try check([("workplace: onsite\n" + Self.structured, "workplace: remot\n")])
        #expect(remot == [
            "Content/jobs/payroll.md:5:12: error: `workplace` is `remot`, which is not one of onsite, hybrid, remote; did you mean `remote`?",
        ])
        let none = try check([(Self.structured, "")])
        #expect(none == [
            "Content/jobs/payroll.md:5:1: error: missing `locations` for an onsite job; add `locations:` with city, region and country, or set `workplace: remote`",
        ])
    }

    // MARK: YAML syntax, types, numbers and dates

    @Test func yamlSyntaxSaysWhatToDo() throws {
        #expect(try check([("title: Payroll Specialist", "title: Payroll Specialist: Denver")]) == [
            "Content/jobs/payroll.md:2:8: error: the value of `title` contains `: `, which YAML reads as another key; put the value in quotes: `title: \"Payroll Specialist: Denver\"`",
        ])
        #expect(try check([("    region: CO", "\tregion: CO")]) == [
            "Content/jobs/payroll.md:8:1: error: a tab character here: YAML indents and separates with spaces only; replace the tab with spaces (most editors can insert spaces for the Tab key)",
        ])
        #expect(try check([("    region: CO", "   region: CO")]) == [
            "Content/jobs/payroll.md:8:4: error: `region:` is not lined up with `city:` above it (column 4, not 5); YAML groups keys by indentation: start `region:` in column 5",
        ])
        #expect(try check([("benefits: [Health, Retirement]", "benefits:\n  - Health\n - Retirement")]) == [
            "Content/jobs/payroll.md:18:2: error: this list item is not lined up with the one on line 17 (1 space, not 2); start every `- ` of a list in the same column",
        ])
        #expect(try check([("department: Engineering\n", "department: Engineering\n  level: Senior\n")]) == [
            "Content/jobs/payroll.md:5:3: error: `level:` is indented under `department:`, which already has a value; start `level:` in the same column as `department:`",
        ])
        #expect(try check([("closes: 2026-12-31\n", "closes: 2026-12-31\ntitle: Payroll\n")]) == [
            "Content/jobs/payroll.md:12:1: error: `title` is set twice (also on line 2); keep one of them",
        ])
        #expect(try check([(Self.salary, "salary: { min: 84,000, max: 102,000, currency: USD }\n")]) == [
            "Content/jobs/payroll.md:12:16: error: `84,000` has a thousands separator; inside `{ … }` the comma ends the value; write `84000`, without separators",
        ])
    }

    @Test func valuesSayWhatToWrite() throws {
        #expect(try check([("title: Payroll Specialist", "title: “Payroll Specialist”")]) == [
            "Content/jobs/payroll.md:2:8: warning: `title` is wrapped in curly quotes (“…”), which YAML keeps as part of the text; use straight quotes \"…\" or none; the curly quotes are left out of the page",
        ])
        #expect(try check([(Self.salary, "salary: $84,000 - $102,000\n")]) == [
            "Content/jobs/payroll.md:12:9: error: `salary` must be a range with its currency, not the text `$84,000 - $102,000`; write `salary: { min: 84000, max: 102000, currency: USD, period: year }` (your currency), or `salary: { band: name }` for a band in bands.yml",
        ])
        #expect(try check([("min: 84000", "min: \"84000\"")]) == [
            "Content/jobs/payroll.md:13:8: error: `min` must be a number, not text `84000`; write it without quotes",
        ])
    }

    @Test func datesSayYYYYMMDD() throws {
        #expect(try check([("posted: 2026-11-01", "posted: 2026-11-1")]) == [
            "Content/jobs/payroll.md:10:9: warning: `posted` is written `2026-11-1`; dates are written YYYY-MM-DD; write `2026-11-01`",
        ])
        #expect(try check([("posted: 2026-11-01", "posted: November 1, 2026")]) == [
            "Content/jobs/payroll.md:10:9: warning: `posted` is written `November 1, 2026`; dates are written YYYY-MM-DD; write `2026-11-01`",
        ])
        #expect(try check([("posted: 2026-11-01", "posted: 01/11/2026")]) == [
            "Content/jobs/payroll.md:10:9: error: `posted` must be a date in the form YYYY-MM-DD, not `01/11/2026`; write year, month and day, e.g. 2026-11-01: `01/11/2026` means different days in different countries",
        ])
        #expect(try check([("posted: 2026-11-01", "posted: 2026-11-31")]) == [
            "Content/jobs/payroll.md:10:9: error: `posted` is 2026-11-31, a date that does not exist; check the month and day",
        ])
    }

    // MARK: Silent mistakes

    @Test func scaffoldTextInAPublishedPosting() throws {
        let body = JobScaffold.placeholderBody + "\n\n" + ComplianceTests.body
        var text = Self.clean
        text = String(text[..<text.range(of: "---\n", options: .backwards)!.upperBound]) + body
        let site = try TestSite(["Content/jobs/payroll.md": text], siteYML: TestSite.complianceSiteYML)
        defer { site.remove() }
        #expect(site.lines(site.check()) == [
            "Content/jobs/payroll.md:18:1: error: the guidance text of `openings new job` is still here (15 lines, from this one): “One or two paragraphs that tell candidates what the team …”; replace it with what candidates should know about this job [placeholder-text]",
        ])
        let draft = try TestSite(["Content/jobs/payroll.md": text.replacingOccurrences(of: "benefits:", with: "draft: true\nbenefits:")],
                                 siteYML: TestSite.complianceSiteYML)
        defer { draft.remove() }
        #expect(draft.lines(draft.check()) == [], "a draft may keep the guidance while it is written")
    }

    @Test func aMisspeltDepartment() throws {
        let other = Self.clean.replacingOccurrences(of: "id: ENG-7", with: "id: ENG-8")
        let third = Self.clean.replacingOccurrences(of: "id: ENG-7", with: "id: ENG-9")
        let files = ["Content/jobs/other.md": other, "Content/jobs/third.md": third]
        // Every department needs an interview process here, so that error carries the suggestion.
        let misspelt = try check([("department: Engineering", "department: Enginering")], files: files)
        #expect(misspelt == [
            "Content/jobs/payroll.md:4:1: error: no How We Interview process for department `Enginering`, and site.yml sets `interview_required: true`; did you mean `Engineering`? Otherwise add `interview: <name>`, or list `Enginering` under `departments:` in a file in Content/interview/ [interview-process]",
        ])
        let named = try check([("department: Engineering", "department: Enginering\ninterview: engineering")], files: files)
        #expect(named == [
            "Content/jobs/payroll.md:4:1: warning: department `Enginering` appears only in this posting; did you mean `Engineering` (used by 2 postings)?; each spelling gets its own department page; list the departments in site.yml (`departments: [Engineering, …]`) to make this an error",
        ])
        let listed = try check([("department: Engineering", "department: Enginering")], siteYML: "departments: [Engineering, Finance]\n")
        #expect(listed == [
            "Content/jobs/payroll.md:4:1: error: department `Enginering` is not in the `departments:` list of site.yml; did you mean `Engineering`?",
        ])
    }

    @Test func aMisspeltDepartmentInAnInterviewProcess() throws {
        let process = TestSite.interview.replacingOccurrences(of: "departments: [Engineering]", with: "departments: [Enginering]")
        #expect(try check([], files: ["Content/interview/engineering.md": process]) == [
            "Content/interview/engineering.md:3:1: error: `Enginering` in `departments:` is used by no posting; did you mean `Engineering`? 1 posting in `Engineering` has no How We Interview process; correct the name here; site.yml sets `interview_required: true` [interview-process]",
        ])
    }

    @Test func datesThatQuietlyChangeWhatIsPublished() throws {
        #expect(try check([("closes: 2026-12-31", "closes: 2026-11-20")]) == [
            "Content/jobs/payroll.md:11:1: note: `closes` 2026-11-20 is before the build date (2026-11-28): the job is left out of the listings, feeds and sitemap, and its page says it is closed; move `closes` to a later date to reopen it, or remove the file when the page is no longer wanted [closed-job]",
        ])
        #expect(try check([("posted: 2026-11-01", "posted: 2026-12-01")]) == [
            "Content/jobs/payroll.md:10:1: warning: `posted` (2026-12-01) is after the build date (2026-11-28): the job is published now, dated in the future; keep `draft: true` until it opens, or write the day it is published",
        ])
    }

    @Test func filesAndFoldersThatAreNotRead() throws {
        let lines = try check([], files: ["Content/job/extra.md": Self.clean, "Content/jobs/extra.markdown": Self.clean,
                                          "Content/bands.yaml": "a: { min: 1, max: 2, currency: USD }\n"])
        #expect(lines == [
            "Content/bands.yaml:1:1: error: Content/bands.yaml is not read, so the salary bands postings name are unknown; did you mean Content/bands.yml? Rename it",
            "Content/job:1:1: warning: Content/job is not read; did you mean Content/jobs? Rename it",
            "Content/jobs/extra.markdown:1:1: warning: this file is not read: only `.md` files are; rename it to extra.md",
        ])
    }

    @Test func pageSlugFindingsPointAtTheSlug() throws {
        let page = "---\ntitle: Jobs\nslug: jobs\n---\nText.\n"
        #expect(try check([], files: ["Content/pages/our-jobs.md": page]) == [
            "Content/pages/our-jobs.md:3:1: error: page slug `jobs` is used by the generated site; rename the page or set another `slug:`",
        ])
    }

    // MARK: Fields under another tool's name

    @Test func foreignFieldNamesNameTheOpeningsField() throws {
        #expect(try check([("posted: 2026-11-01", "date_posted: 2026-11-01")]) == [
            "Content/jobs/payroll.md:10:1: error: `date_posted` is not an Openings field, so its value is not used; write it as `posted: 2026-11-01`",
        ])
        #expect(try check([("closes: 2026-12-31", "deadline: 2026-12-31")]) == [
            "Content/jobs/payroll.md:11:1: error: `deadline` is not an Openings field, so its value is not used; write it as `closes: 2026-12-31`",
        ], "and not also Colorado's missing deadline")
        #expect(try check([(Self.salary, "salary_min: '84,000'\nsalary_max: '102,000'\n")]) == [
            "Content/jobs/payroll.md:12:1: error: `salary_min` is not an Openings field, so its value is not used; write it as `salary: { min: 84000, max: 102000, currency: USD, period: year }` (your currency)",
        ], "one finding for both bounds, and no 'no pay range'")
        #expect(try check([("closes: 2026-12-31", "closes: 2026-12-31\napplication link: https://apply.example/7")]) == [
            "Content/jobs/payroll.md:12:1: error: `application link` is not an Openings field, so its value is not used; write it as `apply_url: https://apply.example/7`",
        ])
    }

    // MARK: Bodies

    @Test func bodyMistakes() throws {
        let intro = "## What you'll do\n"
        #expect(try check([(intro, "Welcome to {{ page.title }} at {% include company.html %}.\n\n" + intro)]) == [
            "Content/jobs/payroll.md:18:12: error: template tags are not run, so `{{ page.title }}` would be published as written (and 1 more in this file); remove them or write the text they stood for; Openings does not run Liquid, Go or Hugo templates in postings (to show braces, put them in `code`) [template-tags]",
        ])
        #expect(try check([(intro, "Write `{{ name }}` in a template.\n\n" + intro)]) == [], "code is not a template tag")
        #expect(try check([(intro, "# Payroll Specialist\n\n" + intro)]) == [
            "Content/jobs/payroll.md:18:1: warning: a level-1 heading in the body; the page's title is already its `#` heading; start sections at `##` [heading-level]",
        ])
        #expect(try check([(intro, "![](https://cdn.example/team.jpg)\n\n" + intro)]) == [
            "Content/jobs/payroll.md:18:1: warning: an image without a description: screen readers have nothing to say for it; write what it shows between the brackets: `![The team at the Denver office](…)` [image-alt]",
        ])
        #expect(try check([(intro, "![](https://cdn.example/team.jpg)\n\n" + intro)], siteYML: "language_rules: { disable: [image-alt] }\n") == [])
    }

    // MARK: Found by a reviewer who tried a hundred mistakes

    @Test func valuesThatSilentlyPublishedSomethingElse() throws {
        #expect(try check([("min: 84000", "min: 84.000")]) == [
            "Content/jobs/payroll.md:13:8: error: `min: 84.000` reads as 84: in YAML a dot is a decimal point; write `min: 84000` for 84,000, without separators",
        ])
        #expect(try check([("closes: 2026-12-31", "closes: 2026-12-31\napply_url: \"https://ats.example/apply?req={{id}}\"")]) == [
            "Content/jobs/payroll.md:12:12: error: `apply_url`: `{{id}}` is a template engine's placeholder; Openings fills in `{id}` and `{slug}`; write one pair of braces: `{id}`",
        ])
        #expect(try check([("closes: 2026-12-31", "closes: 2026-12-31\napply_url: \"https://ats.example/apply?req={req_id}\"")]) == [
            "Content/jobs/payroll.md:12:12: error: `apply_url`: `{req_id}` is not filled in: only `{id}` and `{slug}` are, so it would reach the page as written; did you mean `{id}`?",
        ])
        #expect(try check([("closes: 2026-12-31", "closes: 2026-12-31\napply_url: jobs@acme.example")]) == [
            "Content/jobs/payroll.md:12:12: error: `apply_url` `jobs@acme.example` is not an absolute http(s) or mailto address; write `apply_url: mailto:jobs@acme.example`",
        ])
        #expect(try check([("closes: 2026-12-31", "closes: 2026-12-31\npublished: false")]) == [
            "Content/jobs/payroll.md:12:1: error: `published` is not an Openings field, so its value is not used; write it as `draft: true`",
        ])
    }

    @Test func anotherToolsNameKeepsTheValue() throws {
        #expect(try check([("workplace: onsite", "workplace: onsite\njob_type: part_time")]) == [
            "Content/jobs/payroll.md:6:1: error: `job_type` is not an Openings field, so its value is not used; write it as `employment_type: part_time`",
        ])
        #expect(try check([("workplace: onsite", "work_type: hybrid")]) == [
            "Content/jobs/payroll.md:5:1: error: `work_type` is not an Openings field, so its value is not used; write it as `workplace: hybrid`",
        ])
    }

    @Test func oneDepartmentSpelledTwoWays() throws {
        let others = ["Content/jobs/b.md": Self.clean.replacingOccurrences(of: "id: ENG-7", with: "id: ENG-8"),
                      "Content/jobs/c.md": Self.clean.replacingOccurrences(of: "id: ENG-7", with: "id: ENG-9")]
        #expect(try check([("department: Engineering", "department: engineering")], files: others) == [
            "Content/jobs/payroll.md:4:1: error: department `engineering` is spelled `Engineering` in 2 other postings; both would make the page departments/engineering/; write `department: Engineering`",
        ])
    }

    @Test func linksToTheSiteItselfAndToLocalhost() throws {
        let intro = "## What you'll do\n"
        let own = try check([(intro, "See [benefits](https://careers.acme.example/benfits/).\n\n" + intro)])
        #expect(own == [
            "Content/jobs/payroll.md:18:5: error: link target `https://careers.acme.example/benfits/` resolves to `/benfits/`, which does not exist in the site",
        ])
        #expect(try check([(intro, "See [all jobs](https://careers.acme.example/).\n\n" + intro)]) == [])
        #expect(try check([(intro, "See [benefits](http://localhost:4000/benefits/).\n\n" + intro)]) == [
            "Content/jobs/payroll.md:18:5: warning: link to `localhost`, which is the reader's own computer: it works only where it was copied from; link to the published address, or to a path in the site (`/benefits/`)",
        ])
    }

    @Test func aUSPlaceWithoutItsState() throws {
        #expect(try check([("    region: CO\n", ""), (Self.salary, "")]) == [
            "Content/jobs/payroll.md:6:1: error: `Denver, United States` has no `region`: pay-transparency laws there are set by state or province, so they cannot tell whether one requires a pay range; add `region:` (e.g. `region: WA`), or add a salary [unreadable-place]",
        ])
    }

    @Test func fillerAndNotesToSelf() throws {
        let intro = "## What you'll do\n"
        #expect(try check([(intro, "Lorem ipsum dolor sit amet.\n\nPay is TBD.\n\n" + intro)]) == [
            "Content/jobs/payroll.md:18:1: error: filler text “Lorem ipsum” would be published; replace it with the real text [filler-text]",
            "Content/jobs/payroll.md:20:8: warning: “TBD” looks like a note to the author, and would be published; resolve it and remove the note, or keep `draft: true` until it is done [author-note]",
        ])
    }

    /// An HTML comment reaches no page (an import's note lists `tbd` values): the
    /// language rules read around it, and every other word keeps its line and column.
    @Test func htmlCommentsAreNotRead() throws {
        let intro = "## What you'll do\n"
        let note = "<!--\nImported by `openings import jekyll` from _jobs/payroll.md.\n"
            + "- `opens` is `tbd`, a placeholder, so it was not used\n- the old title: Payroll Ninja, a culture fit\n-->\n\n"
        #expect(try check([(intro, note + intro)]) == [])
        #expect(try check([(intro, "Pay is TBD. We need a payroll ninja, a culture fit.\n\n" + intro)]) == [
            "Content/jobs/payroll.md:18:8: warning: “TBD” looks like a note to the author, and would be published; resolve it and remove the note, or keep `draft: true` until it is done [author-note]",
            "Content/jobs/payroll.md:18:31: warning: “ninja” is hype that puts off experienced candidates; name the role plainly: “expert”, “experienced engineer”, “specialist” [hype-title]",
            "Content/jobs/payroll.md:18:40: warning: “culture fit” invites hiring people like the existing team; say what you value, e.g. “values alignment”, or describe the behaviours you need [culture-fit]",
        ])
        let tbd = "Content/jobs/payroll.md:18:21: warning: “TBD” looks like a note to the author, and would be published; resolve it and remove the note, or keep `draft: true` until it is done [author-note]"
        // A comment on one line, as a block or inside a sentence, and text after it.
        #expect(try check([(intro, "<!-- TBD --> Pay is TBD.\n\n" + intro)]) == [tbd])
        #expect(try check([(intro, "Pay is <!-- TBD --> TBD.\n\n" + intro)]) == [tbd])
        // Inside a paragraph over two lines; the text after it is read.
        #expect(try check([(intro, "We hire <!-- a ninja,\nTBD --> people who care.\n\n" + intro)]) == [])
        // A paragraph ends at a blank line, and a `<!--` not closed in it is text on the
        // page; in a code block it opens nothing.
        #expect(try check([(intro, "Our <!-- ninja\n\nTBD -->\n\n" + intro)]) == [
            "Content/jobs/payroll.md:18:10: warning: “ninja” is hype that puts off experienced candidates; name the role plainly: “expert”, “experienced engineer”, “specialist” [hype-title]",
            "Content/jobs/payroll.md:20:1: warning: “TBD” looks like a note to the author, and would be published; resolve it and remove the note, or keep `draft: true` until it is done [author-note]",
        ])
        #expect(try check([(intro, "```html\n<!-- a note\n```\n\nPay is TBD -->\n\n" + intro)]) == [
            "Content/jobs/payroll.md:22:8: warning: “TBD” looks like a note to the author, and would be published; resolve it and remove the note, or keep `draft: true` until it is done [author-note]",
        ])
        // The scaffold's guidance kept in a comment is not on the page either.
        #expect(try check([(intro, "<!--\n" + JobScaffold.placeholderBody + "\n-->\n\n" + intro)]) == [])
    }

    @Test func yamlThatSwallowedText() throws {
        #expect(try check([("title: Payroll Specialist", "title: [Hybrid] Payroll Specialist")]) == [
            "Content/jobs/payroll.md:2:8: error: a value that starts with `[` is YAML syntax (the start of a list), not text; put the value in quotes: `title: \"[Hybrid] Payroll Specialist\"`",
        ])
        #expect(try check([("title: Payroll Specialist", "title: Payroll Specialist #2")]) == [
            "Content/jobs/payroll.md:2:8: warning: `title` ends at ` #`: YAML reads `#2` as a comment, so it is left out; put the whole value in quotes",
        ])
        #expect(try check([("benefits: [Health, Retirement]", "benefits:\n  - \"401(k)\"\n  - Stock: 0.1%")]) == [
            "Content/jobs/payroll.md:18:5: error: a `benefits` item must be text, not a mapping; the value contains `: `; put it in quotes: `- \"Stock: 0.1%\"`",
        ])
        #expect(try check([("id: ENG-7", "id:\u{00A0}ENG-7")]) == [
            "Content/jobs/payroll.md:3:4: error: a non-breaking space (U+00A0, from a word processor) here: YAML needs ordinary spaces; retype the spaces on this line",
        ])
        #expect(try check([("id: ENG-7", "id: ENG-\u{200B}7")]) == [
            "Content/jobs/payroll.md:3:5: warning: `id` contains an invisible character (U+200B), probably pasted with the text; retype the value; the character is left out",
        ])
    }

    @Test func frontMatterFromOtherTools() throws {
        let toml = "+++\ntitle = \"Payroll\"\n+++\nBody.\n"
        #expect(try check([], files: ["Content/jobs/hugo.md": toml]) == [
            "Content/jobs/hugo.md:1:1: error: front matter in TOML (`+++`, Hugo's), which Openings does not read; write the fields as YAML between `---` lines: `title = \"X\"` becomes `title: X`",
        ])
        #expect(try check([("benefits: [Health, Retirement]\n---\n", "benefits: [Health, Retirement]\n----\n")]) == [
            "Content/jobs/payroll.md:17:1: error: `----` does not close the front matter: it must be exactly three hyphens; write `---`",
        ])
        let lines = try check([], files: ["Content/jobs/_drafts/later.md": Self.clean, "Content/jobs/old.docx": "PK"])
        #expect(lines == [
            "Content/jobs/_drafts:1:1: warning: _drafts/ is not read: names starting with `_` belong to other site generators; move the postings up a folder; mark unpublished ones `draft: true`",
            "Content/jobs/old.docx:1:1: warning: this file is not read: postings are Markdown (`.md`) files; copy its text into a `.md` file (see `openings new job`), then remove it",
        ])
    }

    @Test func salaryShapes() throws {
        #expect(try check([(Self.salary, "salary: eng-l4\n")]) == [
            "Content/jobs/payroll.md:12:9: error: `salary` must be a range or a band, not the text `eng-l4`; for the band in bands.yml, write `salary: { band: eng-l4 }`",
        ])
        #expect(try check([(Self.salary, "salary: { band: eng-l4, min: 90000, max: 120000 }\n")],
                          files: ["Content/bands.yml": "eng-l4: { min: 84000, max: 102000, currency: USD }\n"]) == [
            "Content/jobs/payroll.md:12:25: error: `min` and `max` cannot be combined with `band`: the band gives the whole range; remove `min` and `max`, or drop `band` and write min, max and currency",
        ])
    }

    @Test func anEmptyBodyIsOneFinding() throws {
        var text = Self.clean
        text = String(text[..<text.range(of: "---\n", options: .backwards)!.upperBound])
        #expect(try check([], files: ["Content/jobs/empty.md": text.replacingOccurrences(of: "id: ENG-7", with: "id: ENG-70")]) == [
            "Content/jobs/empty.md:18:1: warning: the posting has no description: its page would show the title and pay only; write the body below the closing `---`: what the team does, the work, what you need [body-length]",
        ])
        // An import's note alone is no description either: the page leaves it out.
        let note = "<!--\nImported by `openings import greenhouse` from Greenhouse job 8.\n-->\n"
        #expect(try check([], files: ["Content/jobs/empty.md": text.replacingOccurrences(of: "id: ENG-7", with: "id: ENG-70") + note]) == [
            "Content/jobs/empty.md:18:1: warning: the posting has no description: its page would show the title and pay only; write the body below the closing `---`: what the team does, the work, what you need [body-length]",
        ])
    }

    @Test func anEmptyLocationListIsMissing() throws {
        #expect(try check([(Self.structured, "locations: []\n")]) == [
            "Content/jobs/payroll.md:5:1: error: missing `locations` for an onsite job; add `locations:` with city, region and country, or set `workplace: remote`",
        ])
    }

    @Test func aDepartmentsListThatLacksNamesIsOneFinding() throws {
        let sales = Self.clean.replacingOccurrences(of: "id: ENG-7", with: "id: S-1").replacingOccurrences(of: "department: Engineering", with: "department: Sales\ninterview: engineering")
        let lines = try check([], files: ["Content/jobs/sales.md": sales], siteYML: "departments: [Engineering]\n")
        #expect(lines == [
            "Content/site.yml:6:1: error: `departments:` does not list `Sales` (1 posting), which postings use; add them to the list, or change those postings' `department`",
        ])
    }

    @Test func pastedFromADocument() throws {
        #expect(try check([("benefits: [Health, Retirement]", "benefits: \"• Health • Retirement\"")]) == [
            "Content/jobs/payroll.md:16:11: warning: `benefits` is one text with • bullets; it was read as 2 items; write a YAML list, one `- item` per line",
        ])
        let intro = "## What you'll do\n"
        #expect(try check([(intro, "• Payroll\n• Audits\n\n" + intro)]) == [
            "Content/jobs/payroll.md:18:1: warning: a line starting with “•” is not a list item in Markdown: the lines run together in one paragraph; start each item with `- ` on its own line [bullet-character]",
        ])
    }

    @Test func aDepartmentWithoutAProcessIsOneWarning() throws {
        let other = Self.clean.replacingOccurrences(of: "id: ENG-7", with: "id: ENG-8")
        let site = TestSite.complianceSiteYML.replacingOccurrences(of: "interview_required: true\n", with: "")
        let lines = try TestSite(["Content/jobs/a.md": Self.clean, "Content/jobs/b.md": other], siteYML: site, interview: false)
        defer { lines.remove() }
        #expect(lines.lines(lines.check()) == [
            "Content/jobs/a.md:4:1: warning: no How We Interview process (nor have 1 more postings in this department: Content/jobs/b.md); add `interview: <name>` or a process in Content/interview/ that lists this department [missing-interview]",
        ])
    }

    @Test func payThatIsPlausibleButWrong() throws {
        #expect(try check([("min: 84000", "min: 7000"), ("max: 102000", "max: 8500")]) == [
            "Content/jobs/payroll.md:12:1: warning: a yearly salary of 8500 USD looks like a monthly one; check `period:` (year, month, week, day, hour) [salary-period]",
        ])
        #expect(try check([("max: 102000", "max: 1020000")]) == [
            "Content/jobs/payroll.md:12:1: warning: `max` is 12 times `min`; check for an extra or a missing zero; a range should be what you would in good faith pay [salary-period]",
        ])
        #expect(try check([("title: Payroll Specialist", "title: Payroll &amp; Benefits Specialist")]) == [
            "Content/jobs/payroll.md:2:8: warning: `title` contains the HTML entity `&amp;`, which the page would show as written; write the character itself (`&`, a space, `<`, `’`)",
        ])
    }

    // MARK: Titles and job-board feeds

    @Test func payInTheTitle() throws {
        #expect(try check([("title: Payroll Specialist", "title: Payroll Specialist – $84k")]) == [
            "Content/jobs/payroll.md:2:29: warning: the title has pay in it (“$84k”); Indeed rejects such titles and Google asks for the job's name alone; keep the title to the job's name: `salary:` shows the pay on the page, in the JSON-LD and in the feeds [title-salary]",
        ])
        #expect(try check([("title: Payroll Specialist", "title: 'Payroll Specialist, 84,000 USD'")]) == [
            "Content/jobs/payroll.md:2:29: warning: the title has pay in it (“84,000 USD”); Indeed rejects such titles and Google asks for the job's name alone; keep the title to the job's name: `salary:` shows the pay on the page, in the JSON-LD and in the feeds [title-salary]",
        ])
    }

    @Test func aPlaceInTheTitle() throws {
        #expect(try check([("title: Payroll Specialist", "title: Payroll Specialist (Remote, US)")]) == [
            "Content/jobs/payroll.md:2:28: warning: the title has a place in it (“Remote, US”); Indeed and Google ask for the job's name alone and rank such titles lower; keep the title to the job's name: places go in `locations:`, remote work in `workplace:` and `remote_countries:` [title-location]",
        ])
        #expect(try check([("title: Payroll Specialist", "title: Payroll Specialist - Denver")]) == [
            "Content/jobs/payroll.md:2:29: warning: the title has a place in it (“Denver”); Indeed and Google ask for the job's name alone and rank such titles lower; keep the title to the job's name: places go in `locations:`, remote work in `workplace:` and `remote_countries:` [title-location]",
        ])
        // A place in the name itself, a region one leads, a team: names, not places.
        for title in ["Denver Payroll Specialist", "Head of EMEA Payroll", "Payroll Specialist (Part-time)", "Payroll Specialist – Remote Sensing"] {
            #expect(try check([("title: Payroll Specialist", "title: \(title)")]) == [], "\(title)")
        }
    }

    @Test func aDescriptionTooShortForLinkedIn() throws {
        let short = "## What you'll do\n\n- Run payroll.\n\n## What you'll bring\n\n- Care with numbers.\n"
        // With the LinkedIn feed on, the one finding says why (not also "too few words").
        #expect(try check([(ComplianceTests.body, short)], siteYML: "feeds: { linkedin: true }\n") == [
            "Content/jobs/payroll.md:18:1: warning: the description has about 62 characters of text; LinkedIn takes no posting under 100 (`feeds: linkedin` is on); describe the team, the work and what you need; candidates read the same text on the page [linkedin-description]",
        ])
        #expect(try check([(ComplianceTests.body, short)]) == [
            "Content/jobs/payroll.md:18:1: warning: the posting has about 11 words; candidates need more to decide; describe the team, the work and the first months (aim for 300–1,200 words) [body-length]",
        ])
        #expect(try check([], siteYML: "feeds: { linkedin: true }\n") == [])
    }
}
