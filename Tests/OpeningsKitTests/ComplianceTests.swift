import Foundation
import Testing
@testable import OpeningsKit

/// Pay-transparency scope and findings, inclusive-language rules, structure checks:
/// each finding with its severity, rule and exact position.
@Suite struct ComplianceTests {
    /// A job body long and structured enough to pass the structure checks.
    static let body = """
        ## What you'll do

        - Plan the quarterly roadmap with the team and share progress every week.
        - Review designs with care and write clear notes for the people who build them.

        ## What you'll bring

        - Three years of experience in a similar role, or equivalent experience.
        - Clear writing and calm, kind collaboration with colleagues across the company.

        ## About us

        \(String(repeating: "We build scheduling software for home-care teams and we care about doing it well. ", count: 12))

        """

    static func job(_ fields: String, body: String = ComplianceTests.body) -> String {
        TestSite.job("title: Planner\nid: ENG-1\ndepartment: Engineering\n" + fields, body: body)
    }

    func findings(_ job: String, site: String = "", strict: Bool = false, asOf: String? = nil) throws -> [String] {
        let site = try TestSite(["Content/jobs/a.md": job], siteYML: TestSite.complianceSiteYML + site)
        defer { site.remove() }
        var options = site.options(drafts: true)
        options.strict = strict
        options.complianceDate = asOf.flatMap(CalendarDate.init(iso:))
        return site.lines(BuildPipeline.check(options).diagnostics)
    }

    static let ontario = "(Ontario: Employment Standards Act, 2000, ss. 8.1-8.5 (Working for Workers Four and Five Acts, 2024); O. Reg. 476/24)"
    static let denver = "workplace: onsite\nlocations: [{ city: Denver, region: CO, country: US }]\n"
    static let salary = "salary: { min: 90000, max: 120000, currency: USD }\n"

    @Test func coloradoRequiresRangeBenefitsAndDeadline() throws {
        let lines = try findings(Self.job(Self.denver + "posted: 2026-11-01\n"))
        #expect(lines.contains { $0.hasPrefix("Content/jobs/a.md:6:1: error: no pay range, which Colorado requires because it is based in Denver, CO, United States (Colorado: Colorado Equal Pay for Equal Work Act") && $0.hasSuffix("[pay-range]") })
        #expect(lines.contains { $0.hasPrefix("Content/jobs/a.md:6:1: warning: no benefits listed; Colorado asks") && $0.hasSuffix("[pay-benefits]") })
        #expect(lines.contains { $0.hasPrefix("Content/jobs/a.md:6:1: warning: no application deadline; Colorado asks") && $0.hasSuffix("[pay-deadline]") })
        let fixed = try findings(Self.job(Self.denver + Self.salary + "benefits: [Health]\nposted: 2026-11-01\ncloses: 2026-12-31\n"))
        #expect(fixed == [])
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let lines = try findings(Self.job(Self.denver + Self.salary + "benefits: [Health]\nposted: 2026-11-01\n"), strict: true)
        #expect(lines.count == 1 && lines[0].hasPrefix("Content/jobs/a.md:6:1: error: no application deadline"))
    }

    @Test func outOfScopeByPlaceAndDate() throws {
        let texas = try findings(Self.job("workplace: onsite\nlocations: [{ city: Austin, region: TX, country: US }]\nposted: 2026-11-01\n"))
        #expect(texas == [])
        // The as-of day counts, not `posted`: a posting still up when a law starts must comply.
        let jersey = Self.job("workplace: onsite\nlocations: [{ city: Newark, region: NJ, country: US }]\nposted: 2024-05-31\n")
        #expect(try findings(jersey, asOf: "2025-05-31") == [])
        #expect(try findings(jersey, asOf: "2025-06-01").contains { $0.contains("error: no pay range, which New Jersey requires") })
        let milan = Self.job("workplace: hybrid\nlocations: [{ city: Milan, country: IT }]\nposted: 2026-05-01\n")
        #expect(try findings(milan, asOf: "2026-06-06") == [])
        #expect(try findings(milan, asOf: "2026-06-07").contains {
            $0.hasPrefix("Content/jobs/a.md:6:1: error: no pay range, which Italy requires because it is based in Milan, Italy") })
    }

    @Test func remoteCountriesBringStateLawsIn() throws {
        let remote = try findings(Self.job("workplace: remote\nremote_countries: [US]\nposted: 2026-11-01\n"))
        let laws = remote.filter { $0.contains("[pay-range]") }
        // One missing salary is one finding, however many laws ask for it.
        #expect(laws == ["Content/jobs/a.md:6:1: error: no pay range, which Colorado, California, Washington and 11 more require because a remote hire may live there (remote_countries: US) (Colorado: Colorado Equal Pay for Equal Work Act, C.R.S. § 8-5-201 (as amended by SB 23-105); 7 CCR 1103-13; the others are cited in docs/compliance.md); add `salary: { min: …, max: …, currency: …, period: year }` or `salary: { band: … }` [pay-range]"])
        let reasons = PayTransparencyChecker(laws: PayTransparencyTable.laws, mode: .jurisdiction, employees: nil, overrides: [:], asOf: TestSite.buildDate)
            .reasons(for: try InMemorySite.job("a", "title: Planner\nid: ENG-1\ndepartment: Engineering\nworkplace: remote\nremote_countries: [US]\nposted: 2026-11-01\n"))
        for name in ["Colorado", "California", "Washington", "New York State", "New York City", "Illinois", "Maryland"] {
            #expect(reasons.contains { $0.law.name == name && $0.because == "a remote hire may live there (remote_countries: US)" }, "\(name)")
        }
        #expect(!reasons.contains { $0.law.name == "Hawaii" || $0.law.name == "Jersey City" }, "laws that do not cover remote roles")
        // Onsite jobs are not pulled in by remote_countries.
        let onsite = try findings(Self.job("workplace: onsite\nlocations: [{ city: Austin, region: TX, country: US }]\nremote_countries: [US]\nposted: 2026-11-01\n"))
        #expect(onsite == ["Content/jobs/a.md:7:1: warning: `remote_countries` is ignored for an onsite job; set `workplace: hybrid` or `remote` if hires may live there, or remove `remote_countries`"],
                "no pay law from remote_countries, and the author is told why")
    }

    @Test func cityLawsAndHeadcount() throws {
        let brooklyn = "workplace: onsite\nlocations: [{ city: Brooklyn, region: NY, country: US }]\nposted: 2026-11-01\n"
        let lines = try findings(Self.job(brooklyn))
        #expect(lines.filter { $0.contains("[pay-range]") }.map { $0.contains("which New York State and New York City require") } == [true])
        #expect(try findings(Self.job(brooklyn), site: "employees: 3\n") == [])
        let california = "workplace: onsite\nlocations: [{ city: Oakland, region: CA, country: US }]\nposted: 2026-11-01\n"
        #expect(try findings(Self.job(california), site: "employees: 14\n") == [])
        #expect(try findings(Self.job(california), site: "employees: 15\n").contains { $0.contains("which California requires") })
    }

    @Test func ontarioRangeWidth() throws {
        let toronto = "workplace: onsite\nlocations: [{ city: Toronto, region: \"ON\", country: CA }]\nposted: 2026-11-01\nvacancy: existing\nai_screening: false\n"
        let wide = try findings(Self.job(toronto + "salary: { min: 100000, max: 180000, currency: CAD }\n"))
        #expect(wide == ["Content/jobs/a.md:10:1: error: pay range is 80000 CAD wide; Ontario allows at most 50000 unless the top exceeds 200000 \(Self.ontario); narrow the range [pay-range-width]"])
        #expect(try findings(Self.job(toronto + "salary: { min: 150000, max: 260000, currency: CAD }\n")) == [])
        let usd = try findings(Self.job(toronto + "salary: { min: 100000, max: 180000, currency: USD }\n"))
        #expect(usd.count == 1 && usd[0].hasPrefix("Content/jobs/a.md:10:1: note: Ontario caps a pay range's width at 50000 CAD; this range is in USD"))
        let canadian = Self.body.replacingOccurrences(of: "Three years of experience", with: "Canadian experience and three years")
        let canadianFindings = try findings(Self.job(toronto + "salary: { min: 100000, max: 140000, currency: CAD }\n", body: canadian))
        #expect(canadianFindings == [
            "Content/jobs/a.md:19:3: warning: “Canadian experience”: Ontario forbids requiring Canadian experience \(Self.ontario); describe the skills the experience stands for [canadian-experience]"])
    }

    @Test func payHistoryAndGenderNeutralTitles() throws {
        let warsaw = "workplace: onsite\nlocations: [{ city: Warsaw, country: PL }]\nposted: 2026-11-01\nsalary: { min: 120000, max: 160000, currency: PLN }\n"
        let asks = Self.body + "Please include your current salary with your application.\nWe never ask for your salary history.\n"
        let lines = try findings(Self.job(warsaw, body: asks))
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasPrefix("Content/jobs/a.md:23:21: warning: “current salary”: asking about pay history is not allowed in Poland") == true)
        let title = Self.job(warsaw).replacingOccurrences(of: "title: Planner", with: "title: Salesman")
        #expect(try findings(title).contains { $0.hasPrefix("Content/jobs/a.md:2:8: warning: job title “Salesman” is not gender-neutral") })
        // Germany's AGG has asked for neutral job ads since 2006; its pay rules are pending, so no pay finding.
        let berlin = "workplace: onsite\nlocations: [{ city: Berlin, region: BE, country: DE }]\nposted: 2026-11-01\n"
        #expect(try findings(Self.job(berlin, body: asks)) == [])
        let salesman = try findings(Self.job(berlin).replacingOccurrences(of: "title: Planner", with: "title: Salesman"))
        #expect(salesman.filter { $0.contains("[gender-neutral-title]") }.count == 1 && salesman.allSatisfy { !$0.contains("[pay-") }, "\(salesman)")
    }

    @Test func offAlwaysAndOverrides() throws {
        let denver = Self.job(Self.denver + "posted: 2026-11-01\n")
        #expect(try findings(denver, site: "pay_transparency: off\n").allSatisfy { !$0.contains("[pay-") })
        #expect(try findings(denver, site: "pay_transparency_overrides: { US-CO: off }\n").allSatisfy { !$0.contains("[pay-") })
        let texas = Self.job("workplace: onsite\nlocations: [{ city: Austin, region: TX, country: US }]\nposted: 2026-11-01\n")
        #expect(try findings(texas, site: "pay_transparency: always\n").contains { $0.hasPrefix("Content/jobs/a.md:1:1: error: no pay range, which this site's policy requires") })
        #expect(try findings(texas, site: "pay_transparency_overrides: { US-XX: on }\n").contains { $0.hasPrefix("Content/site.yml:6:31: error: unknown jurisdiction `US-XX`") })
    }

    @Test func languageRulesPointIntoTheFile() throws {
        let texas = "workplace: onsite\nlocations: [{ city: Austin, region: TX, country: US }]\nposted: 2026-11-01\n"
        let text = Self.body + """
            Our ideal rockstar is a young digital native and a native speaker of English.
            He will be a strong culture fit. We work hard, play hard — no crazy hours!
            Café team: the über-ninjas.

            """
        let lines = try findings(Self.job(texas, body: text))
        #expect(lines.contains("Content/jobs/a.md:22:11: warning: “rockstar” is hype that puts off experienced candidates; name the role plainly: “expert”, “experienced engineer”, “specialist” [hype-title]"))
        #expect(lines.contains { $0.hasPrefix("Content/jobs/a.md:22:25: warning: “young” signals an age preference") })
        #expect(lines.contains { $0.hasPrefix("Content/jobs/a.md:22:31: warning: “digital native” signals an age preference") })
        #expect(lines.contains { $0.hasPrefix("Content/jobs/a.md:22:52: warning: “native speaker” excludes fluent speakers") })
        #expect(lines.contains { $0.hasPrefix("Content/jobs/a.md:23:1: warning: gendered pronoun `He`") })
        #expect(lines.contains { $0.hasPrefix("Content/jobs/a.md:23:21: warning: “culture fit” invites") })
        #expect(lines.contains { $0.hasPrefix("Content/jobs/a.md:23:37: warning: “work hard, play hard” suggests") })
        #expect(lines.contains { $0.hasPrefix("Content/jobs/a.md:23:63: warning: “crazy” is ableist") })
        // Columns count characters: “Café”, “über” are one column per letter.
        #expect(lines.contains { $0.hasPrefix("Content/jobs/a.md:24:21: warning: “ninjas” is hype") })
    }

    @Test func ruleConfigurationAndInlineEscape() throws {
        let texas = "workplace: onsite\nlocations: [{ city: Austin, region: TX, country: US }]\nposted: 2026-11-01\n"
        let text = Self.body + "Our guru team. <!-- openings-disable hype-title -->\nAnother guru.\nA third guru.\nWe love synergy.\n"
        let site = """
            language_rules:
              severity: { hype-title: error }
              custom:
                - { id: jargon, terms: [synergy], message: "“{match}” is jargon", suggestion: say what you mean, severity: note }

            """
        let lines = try findings(Self.job(texas, body: text), site: site)
        #expect(lines == [
            "Content/jobs/a.md:24:9: error: “guru” is hype that puts off experienced candidates; name the role plainly: “expert”, “experienced engineer”, “specialist” [hype-title]",
            "Content/jobs/a.md:25:9: note: “synergy” is jargon; say what you mean [jargon]",
        ])
        let unknown = try findings(Self.job(texas, body: text), site: "language_rules: { disable: [hype-title, jargon] }\n")
        #expect(unknown.count == 1 && unknown[0].hasPrefix("Content/site.yml:6:28: error: unknown language rule `jargon`; the rules are: ableist, ageist, author-note,"),
                "\(unknown)")
    }

    /// What is blanked in a comment is blanked a character at a time, however many bytes
    /// each takes: a comment's accents change nothing about how the lines after it are read.
    @Test func accentsInACommentChangeNothingAfterIt() throws {
        let texas = "workplace: onsite\nlocations: [{ city: Austin, region: TX, country: US }]\nposted: 2026-11-01\n"
        func lines(_ word: String) throws -> [String] {
            try findings(Self.job(texas, body: Self.body + "<!-- a note\nfor the \(word) --> ```\nour guru code\n```\nAnother guru.\n"))
        }
        let plain = try lines("cafe"), accented = try lines("café")
        #expect(accented == plain)
        #expect(accented.contains { $0.contains("[hype-title]") })
    }

    @Test func structureChecks() throws {
        let texas = "workplace: onsite\nlocations: [{ city: Austin, region: TX, country: US }]\nposted: 2026-11-01\n"
        let hourly = try findings(Self.job(texas + "salary: { min: 80000, max: 90000, currency: USD, period: hour }\n"))
        #expect(hourly == ["Content/jobs/a.md:8:1: warning: an hourly rate of 90000 USD looks like a yearly salary; check `period:` (year, month, week, day, hour) [salary-period]"])
        let short = try findings(Self.job(texas, body: "Join us.\n"))
        #expect(short.contains { $0.hasPrefix("Content/jobs/a.md:9:1: warning: no responsibilities") })
        #expect(short.contains { $0.hasPrefix("Content/jobs/a.md:9:1: warning: no requirements") })
        #expect(short.contains { $0.hasPrefix("Content/jobs/a.md:9:1: warning: the posting has about 2 words") })
        let many = Self.body.replacingOccurrences(of: "## About us", with: (1...11).map { "- Requirement number \($0)" }.joined(separator: "\n") + "\n\n## About us")
        #expect(try findings(Self.job(texas, body: many)).contains { $0.hasPrefix("Content/jobs/a.md:14:1: warning: 13 requirements") })
        let coded = Self.body + "We are a competitive, ambitious, assertive, decisive, dominant, fearless leader-led team of leaders leading.\n"
        #expect(try findings(Self.job(texas, body: coded)).contains { $0.hasPrefix("Content/jobs/a.md:9:1: warning: wording is strongly masculine-coded") })
    }

    @Test func builtInTablesParse() {
        #expect(PayTransparencyTable.laws.count >= 20)
        for code in ["US-CO", "US-CA", "US-WA", "US-NY", "US-NY-NYC", "US-IL", "US-MN", "US-NJ", "US-VT", "US-MA", "US-MD",
                     "US-HI", "US-DC", "US-NJ-JC", "US-OH-CLE", "US-OH-CMH", "US-DE", "CA-BC", "CA-PE", "CA-ON"] {
            #expect(PayTransparencyTable.laws.contains { $0.code == code }, "\(code)")
        }
        // Every EU member state and EEA state has its own row: the directive binds no employer until transposed.
        let europe = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
                      "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO"]
        for country in europe {
            #expect(PayTransparencyTable.laws.contains { $0.countries.contains(country) }, "\(country)")
        }
        #expect(!PayTransparencyTable.laws.contains { $0.code == "EU" })
        #expect(LanguageRuleSet.builtIn.rules.count >= 8)
        #expect(!LanguageRuleSet.builtIn.masculine.isEmpty && !LanguageRuleSet.builtIn.payHistory.isEmpty)
    }

    @Test func openEndedPayInTheText() throws {
        let denver = Self.denver + Self.salary + "benefits: [Health]\nposted: 2026-11-01\ncloses: 2026-12-31\n"
        let text = Self.body + """
            Base salary: $90,000 and up, depending on experience.
            The salary starts at $90k. Pay: up to 120.000 € a year.
            The base salary is $90,000 – $120,000, from $90,000 to $120,000.
            A learning budget of up to $2,000 and a signing bonus from $5,000.
            Compensation: USD 90,000+ plus equity.

            """
        let lines = try findings(Self.job(denver, body: text)).filter { $0.contains("[open-ended-pay]") }
        #expect(lines.map { String($0.prefix(while: { $0 != " " }).dropLast()) } == [
            "Content/jobs/a.md:25:14", "Content/jobs/a.md:26:12", "Content/jobs/a.md:26:33", "Content/jobs/a.md:29:15"], "\(lines)")
        #expect(lines.first?.contains("warning: “$90,000 and up” is open-ended pay; Colorado requires a range with a minimum and a maximum") == true)
        // Where no law asks for a range, the text is the author's business.
        let texas = "workplace: onsite\nlocations: [{ city: Austin, region: TX, country: US }]\nposted: 2026-11-01\n" + Self.salary
        #expect(try findings(Self.job(texas, body: text)).allSatisfy { !$0.contains("[open-ended-pay]") })
    }

    @Test func aBenefitsSectionIsADescriptionOfBenefits() throws {
        let denver = Self.denver + Self.salary + "posted: 2026-11-01\ncloses: 2026-12-31\n"
        #expect(try findings(Self.job(denver)).contains { $0.contains("[pay-benefits]") })
        for heading in ["## Benefits", "## What we offer", "### Perks and benefits", "## Wir bieten"] {
            let text = Self.body + "\(heading)\n\n- Health insurance from day one.\n"
            #expect(try findings(Self.job(denver, body: text)) == [], "\(heading)")
        }
        // A heading inside an HTML comment shows nothing on the page.
        let hidden = Self.body + "<!--\n## Benefits\n-->\n"
        #expect(try findings(Self.job(denver, body: hidden)).contains { $0.contains("[pay-benefits]") })
    }

    /// Postings written in the languages the theme speaks name their sections in them.
    @Test(arguments: [
        ("## Deine Aufgaben", "## Dein Profil"), ("## Ihre Aufgaben", "## Das bringen Sie mit"),
        ("## Vos missions", "## Profil recherché"), ("## Le poste", "## Compétences"),
        ("## Responsabilidades", "## Requisitos"), ("## Wat ga je doen", "## Wat breng je mee"),
        ("## Zakres obowiązków", "## Wymagania"), ("## Mansioni", "## Requisiti"),
    ])
    func sectionsAreReadInTheThemesLanguages(responsibilities: String, requirements: String) {
        let body = "Intro.\n\n\(responsibilities)\n\n- One\n- Two\n\n\(requirements)\n\n- Three\n"
        let sections = BodySections(body[...], firstLine: 10)
        #expect(sections.responsibilities?.line == 12)
        #expect(sections.responsibilities?.items == 2)
        #expect(sections.requirements?.line == 17)
        #expect(sections.requirements?.items == 1)
        #expect(sections.benefits == nil)
    }

    @Test func ontarioStatementsAreOnThePage() throws {
        let toronto = "workplace: onsite\nlocations: [{ city: Toronto, region: \"ON\", country: CA }]\nposted: 2026-11-01\nsalary: { min: 100000, max: 140000, currency: CAD }\n"
        #expect(try findings(Self.job(toronto + "vacancy: existing\nai_screening: true\n")) == [])
        #expect(try findings(Self.job(toronto + "vacancy: maybe\n")) == [
            "Content/jobs/a.md:6:1: warning: the posting does not say whether artificial intelligence screens applicants; Ontario requires that statement when AI is used to screen, assess or select them \(Self.ontario); add `ai_screening: true` (the page then says so) or `ai_screening: false` [ai-screening]",
            // A statement written wrong is that one error, not also "does not say".
            "Content/jobs/a.md:9:10: error: `vacancy` is `maybe`, which is not one of existing, future",
        ])
        let site = try TestSite(["Content/jobs/a.md": Self.job(toronto + "vacancy: future\nai_screening: true\n")], siteYML: TestSite.siteYML)
        defer { site.remove() }
        let report = site.build(output: site.root + "/Public")
        #expect(!report.diagnostics.hasErrors, "\(site.lines(report.diagnostics))")
        let page = try #require(site.read("Public/jobs/a/index.html"))
        #expect(page.contains("<h2 id=\"disclosures\">About this posting</h2>"))
        #expect(page.contains("<p>We use artificial intelligence to screen, assess or select applicants for this job.</p>"))
        #expect(page.contains("<p>This posting is not for an existing vacancy: we are gathering applications for openings to come.</p>"))
    }

    @Test func genderNeutralTitlesInTheSiteLanguage() throws {
        let berlin = "workplace: onsite\nlocations: [{ city: Berlin, region: BE, country: DE }]\nposted: 2026-11-01\n"
        func titled(_ title: String, _ place: String = berlin) -> String {
            Self.job(place).replacingOccurrences(of: "title: Planner", with: "title: \(title)")
        }
        let german = "language: de-DE\n"
        #expect(try findings(titled("Verkäufer"), site: german) == [
            "Content/jobs/a.md:2:8: warning: job title “Verkäufer” is not gender-neutral (“Verkäufer”) (Germany: Allgemeines Gleichbehandlungsgesetz (AGG) § 11 with § 7(1)); add “(m/w/d)” or use an inclusive form such as “Verkäufer*in” [gender-neutral-title]",
        ].map { $0 })
        for neutral in ["Verkäufer (m/w/d)", "Verkäufer*in", "Teamleitung Vertrieb", "\"Software Engineer (w/m/d)\""] {
            #expect(try findings(titled(neutral), site: german) == [], "\(neutral)")
        }
        // The word's column on its line, after quotes.
        #expect(try findings(titled("\"Senior Softwareentwickler\""), site: german).first?.hasPrefix("Content/jobs/a.md:2:16: warning: job title “Senior Softwareentwickler” is not gender-neutral (“Softwareentwickler”)") == true)
        // Poland asks for neutral titles too; a law that does not (Texas: none) leaves the title alone.
        let warsaw = "workplace: onsite\nlocations: [{ city: Warsaw, country: PL }]\nposted: 2026-11-01\nsalary: { min: 9000, max: 12000, currency: PLN, period: month }\n"
        #expect(try findings(titled("Sprzedawca", warsaw), site: "language: pl\n").contains { $0.hasPrefix("Content/jobs/a.md:2:8: warning: job title “Sprzedawca” is not gender-neutral") })
        #expect(try findings(titled("Sprzedawca (k/m)", warsaw), site: "language: pl\n") == [])
        let texas = "workplace: onsite\nlocations: [{ city: Austin, region: TX, country: US }]\nposted: 2026-11-01\n"
        #expect(try findings(titled("Verkäufer", texas), site: german) == [])
    }
}
