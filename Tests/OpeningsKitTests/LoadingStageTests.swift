import Foundation
import Testing
@testable import OpeningsKit

/// Stage 1, file by file: each decoder takes a `SourceFile` made in memory.
@Suite struct LoadingStageTests {
    typealias S = InMemorySite

    static let fullJob = """
        ---
        title: Backend <Engineer>
        id: ENG-1
        department: Engineering
        level: Senior
        employment_type: part-time
        workplace: hybrid
        locations:
          - { city: Denver, region: us-co, country: us }
        remote_countries: [US, ca]
        posted: 2026-11-01
        closes: 2026-12-31
        salary: { band: eng-l3 }
        benefits: [Health, "401(k)"]
        interview: engineering
        apply_url: https://jobs.example/apply?req={id}
        tags: [swift, backend]
        reports_to: CTO
        ---
        # About

        Body text with café.

        """

    /// Found by fuzz-bands and fuzz-site-config (Fuzz/Regressions/): at the end of a file
    /// without a final line break libyaml's mark is on a line the file does not have.
    @Test func yamlErrorAtTheEndOfAFileWithoutLineBreakPointsAtItsLastLine() {
        let text = "eng-l3: { min: 100000, max: 140000, currency: USD\n# the L3 band"
        var diagnostics: [Diagnostic] = []
        var broken = BrokenBands()
        _ = BandsDecoder.decode(S.file("Content/bands.yml", text), broken: &broken, diagnostics: &diagnostics)
        #expect(diagnostics.map(\.formatted) == [
            "site/Content/bands.yml:2:14: error: invalid YAML: did not find expected ',' or '}' while parsing a flow mapping; "
                + "check the indentation and quote values that contain `: ` or start with a special character",
        ])
    }

    /// Found by fuzz-bands and fuzz-site-config: a value left empty at the very end of a
    /// file without a final line break was marked on a line the file does not have.
    @Test func emptyValueAtTheEndOfAFileWithoutLineBreakPointsAtItsLastLine() {
        var diagnostics: [Diagnostic] = []
        var broken = BrokenBands()
        _ = BandsDecoder.decode(S.file("Content/bands.yml", "eng-l3:"), broken: &broken, diagnostics: &diagnostics)
        #expect(diagnostics.map(\.location) == [SourceLocation(path: "site/Content/bands.yml", line: 1, column: 8)])
    }

    /// Found by fuzz-markdown: libcmark prints a NUL as U+FFFD, three bytes, which moved
    /// every link finding after it past its line's end. A NUL is refused where it is, and a
    /// UTF-16 file (a NUL after every letter) is named as such.
    @Test func aNULIsOneErrorAtItsPlace() {
        let text = Array("---\ntitle: A\n---\nSee [x](/a/).\u{0}\n".utf8)
        guard case .failure(let nul) = SourceFile.decode(text, relativePath: "Content/jobs/a.md", displayPath: "site/Content/jobs/a.md") else {
            Issue.record("a file with a NUL decodes")
            return
        }
        #expect(nul.formatted == "site/Content/jobs/a.md:4:14: error: file contains a NUL character (byte 0); "
            + "remove it; a text file never holds one (is this a binary file?)")
        let utf16 = Array("---\ntitle: A\n---\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        guard case .failure(let wide) = SourceFile.decode(utf16, relativePath: "Content/jobs/a.md", displayPath: "site/Content/jobs/a.md") else {
            Issue.record("a UTF-16 file decodes")
            return
        }
        #expect(wide.formatted == "site/Content/jobs/a.md:1:2: error: file contains a NUL character (byte 0); "
            + "it looks saved as UTF-16 (\"Unicode\" in some editors); save it as UTF-8")
    }

    /// Found by fuzz-site-config: libyaml counts columns in Unicode scalars, so after a
    /// letter with combining marks or a flag on the same line a finding pointed too far
    /// right (past the line's end). Columns are characters, as editors show them.
    @Test func columnsCountCharactersNotScalars() throws {
        var diagnostics: [Diagnostic] = []
        _ = SiteConfigDecoder.decode(S.file("Content/site.yml", "['\u{5BA}\u{5BA}"), diagnostics: &diagnostics)
        #expect(diagnostics.map(\.location) == [SourceLocation(path: "site/Content/site.yml", line: 1, column: 3)])

        let line = #"locations: [{ city: "🇩🇪 Berlin", region: BE, country: XX }]"#
        let (_, found) = SiteLoader.parseJob(S.file("Content/jobs/a.md", """
            ---
            title: Designer
            id: D-1
            department: Design
            \(line)
            ---
            Body.

            """))
        let column = line.distance(from: line.startIndex, to: try #require(line.range(of: "XX")).lowerBound) + 1
        #expect(found.filter { $0.message.contains("XX") }.map(\.location) == [SourceLocation(path: "site/Content/jobs/a.md", line: 5, column: column)])
    }

    /// Found by fuzz-bands: libyaml ends a line at U+2028 (and NEL, U+2029) too, so its
    /// line numbers ran ahead of the file's. Findings count lines at line feeds.
    @Test func aLineSeparatorInYAMLDoesNotMoveFindingsDown() {
        var diagnostics: [Diagnostic] = []
        _ = SiteConfigDecoder.decode(S.file("Content/site.yml", "title: A\u{2028}B\nbase_url: [\n"), diagnostics: &diagnostics)
        #expect(diagnostics.first?.location.line == 2, "\(diagnostics.map(\.formatted))")
        #expect(diagnostics.count == 1)
    }

    /// Found by fuzz-import-boards: the bracket count that guards libyaml's recursion took
    /// brackets in a quoted value after `\"`, and in plain text, for nesting.
    @Test func bracketsInTextAreNotNesting() throws {
        let brackets = String(repeating: "[", count: 80)
        for title in ["\"Engineer \\\"\(brackets)\"", "Engineer \(brackets)", "'Engineer ''\(brackets)'"] {
            let job = try S.job("a", "title: \(title)\nid: A-1\ndepartment: Design\nlocations: [{ city: Oslo, country: NO }]\nposted: 2026-11-01\n")
            #expect(job.title.hasSuffix(brackets), "\(title)")
        }
        var diagnostics: [Diagnostic] = []
        _ = SiteConfigDecoder.decode(S.file("Content/site.yml", "title: \(brackets)\n"), diagnostics: &diagnostics)
        #expect(diagnostics.map(\.message) == ["YAML nesting is deeper than 64 levels"])
    }

    /// Found by fuzz-bands: a line of thousands of `- ` (or `? `) nests block lists
    /// without a bracket, and Yams' recursion overflowed the stack before any limit
    /// applied. Nesting by indentation is bounded the same way; a block scalar's deeply
    /// indented text is text, and nesting within the limit still reads.
    @Test func deepBlockNestingIsOneFindingNotACrash() throws {
        for yaml in [String(repeating: "- ? ", count: 5_000) + "x\n",
                     "a:\n" + (1...3_000).map { String(repeating: " ", count: $0) + "- \n" }.joined()] {
            var diagnostics: [Diagnostic] = []
            _ = SiteConfigDecoder.decode(S.file("Content/site.yml", yaml), diagnostics: &diagnostics)
            #expect(diagnostics.map(\.message) == ["YAML nesting is deeper than 64 levels"])
            #expect(diagnostics.first.map { $0.location.line <= 130 && $0.location.column <= 130 } == true,
                    "\(diagnostics.map(\.formatted))")
        }
        let code = "title: A\nfooter_html: |\n" + String(repeating: " ", count: 300) + "<p>indented</p>\n"
        var diagnostics: [Diagnostic] = []
        _ = SiteConfigDecoder.decode(S.file("Content/site.yml", code), diagnostics: &diagnostics)
        #expect(!diagnostics.contains { $0.message.contains("deeper") }, "\(diagnostics.map(\.formatted))")
        let nested = (0..<40).map { String(repeating: "  ", count: $0) + "- \($0)" }.joined(separator: "\n")
        _ = SiteConfigDecoder.decode(S.file("Content/site.yml", "title: A\nx:\n" + nested + "\n"), diagnostics: &diagnostics)
        #expect(!diagnostics.contains { $0.message.contains("deeper") }, "\(diagnostics.map(\.formatted))")
    }

    @Test func jobFieldsFromFrontMatter() throws {
        let path = "Content/jobs/eng/Backend Engineer — Zürich.md"
        let (parsed, diagnostics) = SiteLoader.parseJob(S.file(path, Self.fullJob))
        #expect(diagnostics.map(\.formatted) == [])
        let job = try #require(parsed)
        #expect(job.slug == "backend-engineer-zurich")
        #expect(job.title == "Backend <Engineer>")
        #expect(job.id == "ENG-1")
        #expect(job.department == "Engineering")
        #expect(job.level == "Senior")
        #expect(job.employmentType == .partTime)
        #expect(job.workplace == .hybrid)
        #expect(job.locations == [JobLocation(city: "Denver", region: "CO", country: "US", text: nil)])
        #expect(job.remoteCountries == ["US", "CA"])
        #expect(job.posted == CalendarDate(year: 2026, month: 11, day: 1))
        #expect(job.closes == CalendarDate(year: 2026, month: 12, day: 31))
        guard case .band(let band, let bandAt) = job.salary else {
            Issue.record("salary is \(String(describing: job.salary)), not a band")
            return
        }
        #expect(band == "eng-l3")
        #expect(bandAt == SourceLocation(path: "site/" + path, line: 13, column: 17))
        #expect(job.benefits == ["Health", "401(k)"])
        #expect(job.interview == "engineering")
        #expect(job.applyURL == "https://jobs.example/apply?req={id}", "expanded by the resolver, not the loader")
        #expect(job.tags == ["swift", "backend"])
        #expect(job.reportsTo == "CTO")
        #expect(job.draft == false)
        #expect(job.location(of: "title") == SourceLocation(path: "site/" + path, line: 2, column: 1))
        #expect(job.location(of: "salary") == SourceLocation(path: "site/" + path, line: 13, column: 1))
        #expect(job.location(of: "reports_to") == SourceLocation(path: "site/" + path, line: 18, column: 1))
        // An absent key points at the top of the file.
        #expect(job.location(of: "slug") == SourceLocation(path: "site/" + path, line: 1, column: 1))
    }

    @Test func bodyIsTheTailOfTheFileTextAndSharesIt() throws {
        let job = try #require(SiteLoader.parseJob(S.file("Content/jobs/a.md", Self.fullJob)).0)
        #expect(job.body == "# About\n\nBody text with café.\n")
        #expect(job.bodyFirstLine == 20)
        #expect(String(Self.fullJob.split(separator: "\n", omittingEmptySubsequences: false)[job.bodyFirstLine - 1]) == "# About")
        // The body is a slice of the file's own text, not a second copy of it.
        #expect(job.body.base == job.file.text)
        #expect(job.body.base.utf8.count == job.file.text.utf8.count)
        var base = job.body.base, text = job.file.text
        let sameStorage = base.withUTF8 { a in text.withUTF8 { b in a.baseAddress == b.baseAddress } }
        #expect(sameStorage)
        #expect(job.file.text.utf8.distance(from: job.file.text.startIndex, to: job.body.startIndex)
                == Self.fullJob.utf8.count - job.body.utf8.count)
    }

    @Test func emptyBodyAndSeedStyleFields() throws {
        let text = """
            ---
            role: People Partner
            id: PPL-2
            department: People Operations
            location: "Hybrid or Remote"
            posted: 2026-11-01
            compensation: { base_range_usd: "$68k - $96k", benefits: [Dental] }
            responsibilities: [Hire **well**]
            ---

            """
        let (parsed, diagnostics) = SiteLoader.parseJob(S.file("Content/jobs/people-partner.md", text))
        #expect(diagnostics.map(\.formatted) == ["site/Content/jobs/people-partner.md:5:11: warning: `location` “Hybrid or Remote” names no place (it was read as `workplace: hybrid`), and no `locations:` or `remote_countries:` says where the job is, so neither job seekers nor search engines can tell; add `remote_countries:` (e.g. `remote_countries: [US]`, where hires may live) or `locations:` (the offices)"])
        let job = try #require(parsed)
        #expect(job.title == "People Partner")
        #expect(job.workplace == .hybrid, "taken from the words of `location`")
        #expect(job.locations == [], "workplace words are no place")
        guard case .range(let range) = job.salary else { Issue.record("no range"); return }
        #expect(range == SalaryRange(minimum: 68000, maximum: 96000, currency: "USD", period: .year))
        #expect(job.benefits == ["Dental"])
        #expect(job.responsibilities == ["Hire **well**"])
        #expect(job.body == "")
        #expect(job.bodyFirstLine == 10)
        #expect(job.location(of: "role") == S.file("Content/jobs/people-partner.md", "").location(line: 2, column: 1))
    }

    func findings(_ text: String, path: String = "Content/jobs/planner.md") -> (Job?, [String]) {
        let (job, diagnostics) = SiteLoader.parseJob(S.file(path, text))
        return (job, diagnostics.map(\.formatted))
    }

    @Test func misspeltKeyIsAnErrorUnknownKeyAWarning() {
        let (job, lines) = findings("""
            ---
            title: Planner
            id: ENG-2
            department: Engineering
            workplace: remote
            posted: 2026-11-01
            close: 2026-12-31
            colour: blue
            ---
            Body.

            """)
        #expect(lines == [
            "site/Content/jobs/planner.md:7:1: error: unknown key `close` in job front matter; did you mean `closes`?",
            "site/Content/jobs/planner.md:8:1: warning: unknown key `colour` in job front matter is ignored; remove it, or see the fields listed in README.md",
        ])
        #expect(job?.closes == nil, "the misspelt value is not taken")
        #expect(job?.body == "Body.\n")
    }

    @Test func badDatesPointAtTheValue() {
        let (job, lines) = findings("""
            ---
            title: Planner
            id: ENG-2
            department: Engineering
            workplace: remote
            posted: 2026-02-30
            closes:   31/12/2026
            ---

            """)
        #expect(job == nil, "`posted` is required")
        #expect(lines == [
            "site/Content/jobs/planner.md:6:9: error: `posted` is 2026-02-30, a date that does not exist; check the month and day",
            // 31 can only be the day: read, with a warning.
            "site/Content/jobs/planner.md:7:11: warning: `closes` is written `31/12/2026`; dates are written YYYY-MM-DD; write `2026-12-31`",
        ])

        let (_, reversed) = findings("""
            ---
            title: Planner
            id: ENG-2
            department: Engineering
            workplace: remote
            posted: 2026-11-01
            closes: 2026-10-31
            ---

            """)
        #expect(reversed == [
            "site/Content/jobs/planner.md:7:9: error: `closes` (2026-10-31) is before `posted` (2026-11-01); a job closes on or after the day it is posted",
        ])
    }

    @Test func unknownChoiceMissingFieldsAndBadCodes() {
        let (job, lines) = findings("""
            ---
            title: Planner
            department: Engineering
            workplace: remot
            remote_countries: [USA]
            posted: 2026-11-01
            salary: { min: 10, max: 20, currency: EUR, period: yearly }
            ---

            """)
        #expect(job == nil, "`id` is required")
        #expect(lines == [
            "site/Content/jobs/planner.md:2:1: error: missing required field `id` in job front matter; add `id: …`",
            "site/Content/jobs/planner.md:4:12: error: `workplace` is `remot`, which is not one of onsite, hybrid, remote; did you mean `remote`?",
            "site/Content/jobs/planner.md:5:20: error: `USA` is not an ISO 3166-1 alpha-2 country code; write `US`",
            "site/Content/jobs/planner.md:7:52: error: `period` is `yearly`, which is not one of year, month, week, day, hour",
        ])
    }

    @Test func frontMatterFences() {
        #expect(findings("title: x\n").1 == [
            "site/Content/jobs/planner.md:1:1: error: missing front matter; start the file with a line `---`, the YAML fields, and another `---`",
        ])
        #expect(findings("\n---\ntitle: x\n---\n").1 == [
            "site/Content/jobs/planner.md:1:1: error: missing front matter; remove the blank line(s) before the opening `---`",
        ])
        #expect(findings("---\ntitle: x\n").1 == [
            "site/Content/jobs/planner.md:1:1: error: front matter opened here is never closed; add a line `---` after the last field",
        ])
    }

    @Test func sourceBytesAreNormalised() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: A\r\n---\r\nOld Mac\rline\r\n".utf8)
        let file = try SourceFile.decode(bytes, relativePath: "Content/jobs/a.md", displayPath: "site/Content/jobs/a.md").get()
        #expect(file.text == "---\ntitle: A\n---\nOld Mac\nline\n")

        let invalid: [UInt8] = Array("---\ntitle: é".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        switch SourceFile.decode(invalid, relativePath: "Content/jobs/a.md", displayPath: "site/Content/jobs/a.md") {
        case .success: Issue.record("invalid UTF-8 accepted")
        case .failure(let diagnostic):
            #expect(diagnostic.formatted == "site/Content/jobs/a.md:2:9: error: file is not valid UTF-8; save it as UTF-8 in your editor")
        }
    }

    @Test func interviewProcess() throws {
        let text = """
            ---
            title: How We Interview — People
            departments: [People Operations, Recruiting]
            stages:
              - name: Recruiter call
                duration: 30 min
                format: video
                assesses: [motivation, logistics]
              - { name: Panel }
            ---
            Accommodations on request.

            """
        var diagnostics: [Diagnostic] = []
        let process = try #require(InterviewDecoder.decode(S.file("Content/interview/people-ops.md", text), diagnostics: &diagnostics))
        #expect(diagnostics.map(\.formatted) == [])
        #expect(process.name == "people-ops")
        #expect(process.title == "How We Interview — People")
        #expect(process.departments == ["People Operations", "Recruiting"])
        #expect(process.stages == [
            .init(name: "Recruiter call", duration: "30 min", format: "video", assesses: ["motivation", "logistics"]),
            .init(name: "Panel", duration: nil, format: nil, assesses: []),
        ])
        #expect(process.body == "Accommodations on request.\n")
        #expect(process.bodyFirstLine == 11)
        #expect(process.location(of: "stages") == SourceLocation(path: "site/Content/interview/people-ops.md", line: 4, column: 1))

        var problems: [Diagnostic] = []
        let broken = InterviewDecoder.decode(S.file("Content/interview/x.md", """
            ---
            title: X
            stages:
              - duration: 1 h
                formt: video
            ---

            """), diagnostics: &problems)
        #expect(broken?.stages == [], "a stage without a name is left out")
        #expect(problems.map(\.formatted) == [
            "site/Content/interview/x.md:4:5: error: missing required field `name` in interview stage; add `name: …`",
            "site/Content/interview/x.md:5:5: error: unknown key `formt` in interview stage; did you mean `format`?",
        ])

        problems = []
        #expect(InterviewDecoder.decode(S.file("Content/interview/y.md", "---\nstages: []\n---\n"), diagnostics: &problems) == nil)
        #expect(problems.map(\.formatted) == [
            "site/Content/interview/y.md:2:1: error: missing required field `title` in interview front matter; add `title: …`",
            "site/Content/interview/y.md:2:9: error: `stages` is empty; list at least one stage",
        ])
    }

    @Test func siteConfig() throws {
        var diagnostics: [Diagnostic] = []
        let config = try #require(SiteConfigDecoder.decode(S.file("Content/site.yml", """
            title: Acme Careers
            base_url: https://Careers.Acme.example/jobs
            apply_url: mailto:jobs@acme.example?subject={id}
            employees: 120
            pay_transparency_overrides: { US-HI: off }

            """), diagnostics: &diagnostics))
        #expect(diagnostics.map(\.formatted) == [])
        #expect(config.title == "Acme Careers")
        #expect(config.baseURL.origin == "https://careers.acme.example")
        #expect(config.baseURL.path == "/jobs/")
        #expect(config.language == "en-US")
        #expect(config.theme == "default")
        #expect(config.organization.name == "Acme Careers", "defaults to the title")
        #expect(config.applyURL == "mailto:jobs@acme.example?subject={id}")
        #expect(config.payTransparency == .jurisdiction)
        #expect(config.interviewRequired == false)
        #expect(config.unsafeHTML == false)
        #expect(config.employees == 120)
        #expect(config.payTransparencyOverrides == ["US-HI": false])
        #expect(config.location(of: "employees") == SourceLocation(path: "site/Content/site.yml", line: 4, column: 1))

        diagnostics = []
        let broken = SiteConfigDecoder.decode(S.file("Content/site.yml", """
            base_url: ftp://acme.example
            pay_transparency: jurisdicton
            language_rules: { disable: [hype-titel] }
            tittle: Acme

            """), diagnostics: &diagnostics)
        #expect(broken == nil)
        // `tittle:` is the one finding about the title: not also "missing required field".
        #expect(diagnostics.map(\.formatted) == [
            "site/Content/site.yml:1:11: error: `base_url` `ftp://acme.example` is not an absolute http(s) address; write it like https://careers.example.com/",
            "site/Content/site.yml:2:19: error: `pay_transparency` is `jurisdicton`, which is not one of off, jurisdiction, always; did you mean `jurisdiction`?",
            "site/Content/site.yml:3:28: error: unknown language rule `hype-titel`; did you mean `hype-title`?",
            "site/Content/site.yml:4:1: error: unknown key `tittle` in site.yml; did you mean `title`?",
        ])
    }

    @Test func bands() {
        var diagnostics: [Diagnostic] = []
        var broken = BrokenBands()
        let bands = BandsDecoder.decode(S.file("Content/bands.yml", """
            eng-l3: { min: 100000, max: 140000, currency: usd, label: "Engineering L3" }
            eng-l4: { min: 150000, max: 120000, currency: EUR, period: month }
            hourly: { min: 20.5, max: 30, currency: GBP, period: hour }
            eng-l5: { min: 1, max: 2, currency: EUR, periode: year }

            """), broken: &broken, diagnostics: &diagnostics)
        #expect(broken == BrokenBands(names: ["eng-l4"]), "jobs naming eng-l4 are not told again that it is unknown")
        #expect(bands.keys.sorted() == ["eng-l3", "eng-l5", "hourly"], "a misspelt `period` leaves the default")
        #expect(bands["eng-l3"]?.range == SalaryRange(minimum: 100000, maximum: 140000, currency: "USD", period: .year,
                                                      label: "Engineering L3"))
        #expect(bands["eng-l3"]?.location == SourceLocation(path: "site/Content/bands.yml", line: 1, column: 1))
        #expect(bands["hourly"]?.range == SalaryRange(minimum: 20.5, maximum: 30, currency: "GBP", period: .hour))
        #expect(diagnostics.map(\.formatted) == [
            "site/Content/bands.yml:2:16: error: `min` (150000) is greater than `max` (120000); swap the two numbers",
            "site/Content/bands.yml:4:42: error: unknown key `periode` in band `eng-l5`; did you mean `period`?",
        ])
    }
}
