import Foundation
import Testing
@testable import OpeningsKit

/// Every error class, at its exact file:line:column.
@Suite struct DiagnosticsTests {
    func findings(_ files: [String: String], siteYML: String? = TestSite.siteYML) throws -> [String] {
        let site = try TestSite(files, siteYML: siteYML)
        defer { site.remove() }
        return site.lines(site.check())
    }

    @Test func validSiteIsClean() throws {
        #expect(try findings(["Content/jobs/a.md": TestSite.validJob]) == [])
    }

    /// A did-you-mean does not depend on the order candidates come in (currency codes
    /// come from a dictionary, whose order changes from run to run).
    @Test func suggestionsAreTheSameWhateverTheOrder() {
        var random = SeededRandom(state: 7)
        var answers: [String: Set<String>] = [:]
        for _ in 0..<20 {
            let codes = ISOCodes.currencies.keys.shuffled(using: &random)
            for word in ["USX", "ERU", "GPB", "CDA"] { answers[word, default: []].insert(Suggestion.closest(to: word, in: codes) ?? "-") }
        }
        #expect(answers.values.allSatisfy { $0.count == 1 }, "\(answers)")
        #expect(answers["USX"] == ["USD"])
        #expect(Suggestion.closest(to: "colses", in: ["posted", "closes", "close"].shuffled(using: &random)) == "closes")
    }

    /// Findings come out by file and position, whichever stage made them: a load error
    /// in b.md is found before a wording warning in a.md, and printed after it, by
    /// `check` and by a failed build alike.
    @Test func findingsAreSortedByFileAndPosition() throws {
        let site = try TestSite([
            "Content/jobs/a.md": TestSite.validJob.replacingOccurrences(of: "A role.", with: "We want a rockstar."),
            "Content/jobs/b.md": "---\ntitle: [unclosed\n---\nBody.\n",
        ])
        defer { site.remove() }
        let checked = site.lines(site.check())
        #expect(checked.count == 2, "\(checked)")
        #expect(checked.first?.hasPrefix("Content/jobs/a.md:") == true, "\(checked)")
        #expect(checked.last?.hasPrefix("Content/jobs/b.md:2:17: error: invalid YAML") == true, "\(checked)")
        #expect(site.lines(site.build().diagnostics) == checked)
    }

    @Test func missingRequiredFieldsPointAtFrontMatter() throws {
        let lines = try findings(["Content/jobs/a.md": TestSite.job("title: A\nworkplace: remote\n")])
        #expect(lines.contains("Content/jobs/a.md:2:1: error: missing required field `id` in job front matter; add `id: …`"))
        #expect(lines.contains("Content/jobs/a.md:2:1: error: missing required field `department` in job front matter; add `department: …`"))
        #expect(lines.contains("Content/jobs/a.md:2:1: error: missing required field `posted` in job front matter; add `posted: …`"))
    }

    @Test func wrongTypePointsAtValue() throws {
        let text = TestSite.validJob.replacingOccurrences(of: "title: Backend Engineer", with: "title: [a, b]")
        #expect(try findings(["Content/jobs/a.md": text]).contains(
            "Content/jobs/a.md:2:8: error: `title` must be text, not a list; a value that starts with `[` must be quoted"))
    }

    @Test func datesMustExistAndBeOrdered() throws {
        let bad = TestSite.validJob.replacingOccurrences(of: "posted: 2026-11-01", with: "posted: 2026-02-30")
        #expect(try findings(["Content/jobs/a.md": bad]).contains(
            "Content/jobs/a.md:7:9: error: `posted` is 2026-02-30, a date that does not exist; check the month and day"))
        let words = TestSite.validJob.replacingOccurrences(of: "posted: 2026-11-01", with: "posted: next week")
        #expect(try findings(["Content/jobs/a.md": words]).contains(
            "Content/jobs/a.md:7:9: error: `posted` must be a date in the form YYYY-MM-DD, not `next week`; write year, month and day, e.g. 2026-11-01"))
        let order = TestSite.validJob.replacingOccurrences(of: "posted: 2026-11-01", with: "posted: 2026-11-01\ncloses: 2026-10-01")
        #expect(try findings(["Content/jobs/a.md": order]).contains(
            "Content/jobs/a.md:8:9: error: `closes` (2026-10-01) is before `posted` (2026-11-01); a job closes on or after the day it is posted"))
    }

    @Test func salaryRules() throws {
        let job = TestSite.job("""
            title: A
            id: ENG-1
            department: Engineering
            workplace: remote
            posted: 2026-11-01
            salary:
              min: 150000
              max: 100000
              currency: USDD
              period: fortnight

            """)
        let lines = try findings(["Content/jobs/a.md": job])
        #expect(lines.contains("Content/jobs/a.md:8:8: error: `min` (150000) is greater than `max` (100000); swap the two numbers"))
        #expect(lines.contains("Content/jobs/a.md:10:13: error: `currency` `USDD` is not an ISO 4217 code; did you mean `USD`?"))
        #expect(lines.contains { $0.hasPrefix("Content/jobs/a.md:11:11: error: `period` is `fortnight`, which is not one of year, month, week, day, hour") })
        let negative = job.replacingOccurrences(of: "min: 150000", with: "min: -5").replacingOccurrences(of: "USDD", with: "USD")
            .replacingOccurrences(of: "fortnight", with: "year")
        #expect(try findings(["Content/jobs/a.md": negative]) == ["Content/jobs/a.md:8:8: error: `min` is negative"])
    }

    @Test func choicesSuggestTheNearestValue() throws {
        let text = TestSite.validJob.replacingOccurrences(of: "workplace: remote", with: "workplace: remot\nemployment_type: fulltime")
        let lines = try findings(["Content/jobs/a.md": text])
        #expect(lines.contains("Content/jobs/a.md:5:12: error: `workplace` is `remot`, which is not one of onsite, hybrid, remote; did you mean `remote`?"))
        #expect(lines.contains("Content/jobs/a.md:6:18: error: `employment_type` is `fulltime`, which is not one of full_time, part_time, contract, temporary, intern; did you mean `full_time`?"))
    }

    @Test func countryAndRegionCodesMustExist() throws {
        let job = TestSite.job("""
            title: A
            id: ENG-1
            department: Engineering
            workplace: onsite
            locations:
              - { city: Denver, region: CX, country: US }
              - { city: Oslo, country: NO }
              - { city: Nowhere, country: XX }
            posted: 2026-11-01

            """)
        let lines = try findings(["Content/jobs/a.md": job])
        #expect(lines.contains { $0.hasPrefix("Content/jobs/a.md:7:29: error: `region` `CX` is not an ISO 3166-2 subdivision of US") })
        #expect(lines.contains("Content/jobs/a.md:9:31: error: `XX` is not an ISO 3166-1 alpha-2 country code; use two letters, e.g. US, CA, GB, DE"))
        // `NO` is Norway, not the YAML 1.1 boolean false.
        #expect(!lines.contains { $0.contains(":8:") })
    }

    @Test func duplicateIdsAndSlugsAcrossFolders() throws {
        let lines = try findings([
            "Content/jobs/a/backend.md": TestSite.validJob,
            "Content/jobs/b/backend.md": TestSite.validJob,
        ])
        #expect(lines.contains("Content/jobs/b/backend.md:3:1: error: duplicate `id` ENG-1: also used by Content/jobs/a/backend.md:3; give each posting its own requisition id"))
        #expect(lines.contains { $0.hasPrefix("Content/jobs/b/backend.md:1:1: error: duplicate slug `backend`") })
    }

    @Test func explicitSlugMustBeSafe() throws {
        let text = TestSite.validJob.replacingOccurrences(of: "id: ENG-1", with: "id: ENG-1\nslug: ../../etc")
        #expect(try findings(["Content/jobs/a.md": text]).contains { $0.hasPrefix("Content/jobs/a.md:4:7: error: `slug` `../../etc` is not a safe path segment") })
    }

    @Test func unknownBandListsKnownBands() throws {
        let text = TestSite.validJob.replacingOccurrences(of: "salary: { min: 100000, max: 140000, currency: USD, period: year }", with: "salary: { band: eng-l9 }")
        let lines = try findings(["Content/jobs/a.md": text,
                                  "Content/bands.yml": "eng-l3: { min: 1, max: 2, currency: USD }\neng-l4: { min: 2, max: 3, currency: USD }\n"])
        #expect(lines == ["Content/jobs/a.md:8:17: error: unknown salary band `eng-l9`; did you mean `eng-l3`? known bands: eng-l3, eng-l4"])
    }

    @Test func missingInterviewProcess() throws {
        let named = TestSite.validJob.replacingOccurrences(of: "id: ENG-1", with: "id: ENG-1\ninterview: enginering")
        #expect(try findings(["Content/jobs/a.md": named]) == [
            "Content/jobs/a.md:4:1: error: no interview process `enginering` (Content/interview/enginering.md); did you mean `engineering`?"])
        let otherDepartment = TestSite.validJob.replacingOccurrences(of: "department: Engineering", with: "department: Sales")
        #expect(try findings(["Content/jobs/a.md": otherDepartment]).first?.hasPrefix(
            "Content/jobs/a.md:4:1: error: no How We Interview process for department `Sales`") == true)
        let draft = otherDepartment.replacingOccurrences(of: "id: ENG-1", with: "id: ENG-1\ndraft: true")
        #expect(try findings(["Content/jobs/a.md": draft]) == [])
    }

    @Test func misspeltKeyIsAnErrorWithSuggestion() throws {
        let text = TestSite.validJob.replacingOccurrences(of: "posted: 2026-11-01", with: "posted: 2026-11-01\nclose: 2026-12-31\nlayout: job")
        let lines = try findings(["Content/jobs/a.md": text])
        #expect(lines.contains("Content/jobs/a.md:8:1: error: unknown key `close` in job front matter; did you mean `closes`?"))
        #expect(lines.contains("Content/jobs/a.md:9:1: warning: unknown key `layout` in job front matter is ignored; remove it, or see the fields listed in README.md"))
    }

    @Test func frontMatterProblems() throws {
        let lines = try findings([
            "Content/jobs/unclosed.md": "---\ntitle: A\n\nBody\n",
            "Content/jobs/none.md": "# Just Markdown\n",
            "Content/jobs/yaml.md": "---\ntitle: A\nid: [unclosed\n---\n",
        ])
        #expect(lines.contains("Content/jobs/unclosed.md:1:1: error: front matter opened here is never closed; add a line `---` after the last field"))
        #expect(lines.contains("Content/jobs/none.md:1:1: error: missing front matter; start the file with a line `---`, the YAML fields, and another `---`"))
        // At the end of the unclosed list, not on the closing `---`.
        #expect(lines.contains { $0.hasPrefix("Content/jobs/yaml.md:3:14: error: invalid YAML") })
    }

    @Test func invalidUTF8NamesItsPosition() throws {
        let site = try TestSite(["Content/jobs/ok.md": TestSite.validJob])
        defer { site.remove() }
        try site.write("Content/jobs/bad.md", Data("---\ntitle: Caf".utf8) + Data([0xE9]) + Data("\n---\n".utf8))
        #expect(site.lines(site.check()).contains("Content/jobs/bad.md:2:11: error: file is not valid UTF-8; save it as UTF-8 in your editor"))
    }

    @Test func bomAndCRLFKeepPositions() throws {
        let text = "\u{FEFF}" + TestSite.validJob.replacingOccurrences(of: "posted: 2026-11-01", with: "posted: 2026-13-01")
            .replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try findings(["Content/jobs/a.md": text]) == [
            "Content/jobs/a.md:7:9: error: `posted` is 2026-13-01, a date that does not exist; check the month and day"])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let text = TestSite.validJob.replacingOccurrences(of: "title: Backend Engineer", with: "title: Ingeniería\nlevel: [ü, ö]")
        #expect(try findings(["Content/jobs/a.md": text]).contains("Content/jobs/a.md:3:8: error: `level` must be text, not a list; a value that starts with `[` must be quoted"))
        let link = TestSite.job(TestSite.validJob.components(separatedBy: "---\n")[1], body: "Intro\n\nÜber [click](javascript:alert(1)) now\n")
        let linkFindings = try findings(["Content/jobs/a.md": link])
        #expect(linkFindings == [
            "Content/jobs/a.md:12:6: error: link target uses the `javascript:` scheme, which is not allowed (only http, https and mailto); link to an https://, http:// or mailto: address, or a path in the site"])
    }

    @Test func applyURLSchemes() throws {
        let text = TestSite.validJob.replacingOccurrences(of: "id: ENG-1", with: "id: ENG-1\napply_url: javascript:alert(1)")
        #expect(try findings(["Content/jobs/a.md": text]).contains { $0.hasPrefix("Content/jobs/a.md:4:12: error: `apply_url` uses the `javascript:` scheme") })
    }

    @Test func aliasBombAndDeepNestingAreBounded() throws {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            bomb += "\(Character(UnicodeScalar(97 + level)!)): &\(Character(UnicodeScalar(97 + level)!)) [" +
                Array(repeating: "*\(Character(UnicodeScalar(96 + level)!))", count: 10).joined(separator: ", ") + "]\n"
        }
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let lines = try findings([
            "Content/jobs/bomb.md": "---\n" + bomb + "---\n",
            "Content/jobs/deep.md": "---\ntitle: " + deep + "\n---\n",
        ])
        #expect(lines.contains { $0.hasPrefix("Content/jobs/bomb.md:") && $0.contains("more than 100000 values") })
        #expect(lines.contains { $0.hasPrefix("Content/jobs/deep.md:2:") && $0.contains("deeper than 64 levels") })
    }

    @Test func symlinksOutOfTheSiteAreSkipped() throws {
        let site = try TestSite(["Content/jobs/a.md": TestSite.validJob])
        defer { site.remove() }
        let secret = site.root + "-secret.md"
        try TestSite.validJob.replacingOccurrences(of: "ENG-1", with: "SECRET-1").write(toFile: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: secret) }
        try FileManager.default.createSymbolicLink(atPath: site.root + "/Content/jobs/leak.md", withDestinationPath: secret)
        let lines = site.lines(site.check())
        #expect(lines == ["Content/jobs/leak.md:1:1: warning: symbolic link leads outside the site folder and is skipped"])
    }

    @Test func siteYMLIsValidated() throws {
        let lines = try findings(["Content/jobs/a.md": TestSite.validJob],
                                 siteYML: "title: X\nbase_url: careers.example\nlanguage: english\npay_transparency: sometimes\n")
        #expect(lines.contains("Content/site.yml:2:11: error: `base_url` `careers.example` is not an absolute http(s) address; write `base_url: https://careers.example`"))
        #expect(lines.contains("Content/site.yml:3:11: error: `language` `english` is not a BCP 47 language tag; write `en`"))
        #expect(lines.contains { $0.hasPrefix("Content/site.yml:4:19: error: `pay_transparency` is `sometimes`") })
    }

    @Test func seedStyleTemplateIsAccepted() throws {
        let seed = TestSite.job("""
            role: Talent Partner
            id: PPL-1
            department: Engineering
            location: "Hybrid or Remote"
            posted: 2026-11-01
            responsibilities:
              - Run **structured** interviews
            requirements: [Three years of recruiting]
            compensation:
              base_range_usd: "$68,000–$96,000"
              benefits: [Health, Dental]
            metrics:
              - time_to_fill: { target: "under 45 days" }

            """)
        let site = try TestSite(["Content/jobs/seed.md": seed])
        defer { site.remove() }
        let (loaded, diagnostics) = SiteLoader(siteFolder: site.root).load()
        // Accepted: the one finding is that the workplace words name no place, and nothing else says where.
        #expect(site.lines(diagnostics) == ["Content/jobs/seed.md:5:11: warning: `location` “Hybrid or Remote” names no place (it was read as `workplace: hybrid`), and no `locations:` or `remote_countries:` says where the job is, so neither job seekers nor search engines can tell; add `remote_countries:` (e.g. `remote_countries: [US]`, where hires may live) or `locations:` (the offices)"])
        let job = try #require(loaded?.jobs.first)
        #expect(job.title == "Talent Partner")
        #expect(job.workplace == .hybrid)
        #expect(job.locations == [])
        guard case .range(let range) = job.salary else { Issue.record("no salary"); return }
        #expect(range == SalaryRange(minimum: 68000, maximum: 96000, currency: "USD", period: .year))
        #expect(job.benefits == ["Health", "Dental"])
        #expect(job.metrics == [JobMetric(name: "time_to_fill", target: "under 45 days")])
        #expect(job.responsibilities == ["Run **structured** interviews"])
    }
}
