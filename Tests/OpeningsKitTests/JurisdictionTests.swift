import Foundation
import Testing
@testable import OpeningsKit

/// Every row of Data/pay-transparency.yml, one test case each: a posting there that
/// meets the law and one that does not, on the day the row starts to bind and on the
/// day before; below the headcount; and from a remote hire's country where the law
/// covers remote roles. Every other law is switched off (`pay_transparency_overrides`)
/// so the row stands alone.
@Suite struct JurisdictionTests {
    /// The findings of the pay-transparency rules, by rule id.
    static let lawRules: Set<String> = ["pay-range", "pay-before-interview", "pay-range-width", "open-ended-pay", "pay-benefits",
                                        "pay-deadline", "ai-screening", "vacancy", "pay-history", "canadian-experience",
                                        "gender-neutral-title"]

    static let body = ComplianceTests.body + "Tell us your current salary. Canadian experience is required.\n"

    /// "US-CO 2021-01-01", "DE-EU pending".
    static let rows: [String] = PayTransparencyTable.laws.map(key)

    static func key(_ law: PayTransparencyLaw) -> String {
        "\(law.code) \(law.status == .pending ? "pending" : law.inForce?.description ?? "")"
    }

    static func law(_ key: String) throws -> PayTransparencyLaw {
        try #require(PayTransparencyTable.laws.first { Self.key($0) == key })
    }

    /// A place inside the jurisdiction, as front matter.
    static func place(_ law: PayTransparencyLaw) -> String {
        switch law.scope {
        case .country, .union:
            return "locations: [{ city: Testville, country: \(law.countries.sorted()[0]) }]\n"
        case .region:
            let parts = law.region!.split(separator: "-")
            return "locations: [{ city: Testville, region: \"\(parts[1])\", country: \(parts[0]) }]\n"
        case .city:
            let parts = law.region!.split(separator: "-")
            return "locations: [{ city: \(law.cityNames[0]), region: \"\(parts[1])\", country: \(parts[0]) }]\n"
        }
    }

    static func country(_ law: PayTransparencyLaw) -> String {
        law.region.map { String($0.prefix(2)) } ?? law.countries.sorted()[0]
    }

    /// Meets every law: a real range, benefits, a deadline, both Ontario statements, a
    /// neutral title and nothing asked about past pay.
    static func compliant(_ where: String) -> String {
        TestSite.job("""
            title: Planner
            id: ENG-1
            department: Engineering
            workplace: onsite
            \(`where`)posted: 2026-01-01
            closes: 2099-12-31
            salary: { min: 60000, max: 80000, currency: USD }
            benefits: [Health]
            vacancy: existing
            ai_screening: false

            """, body: ComplianceTests.body)
    }

    /// Meets none: no pay, no benefits, no deadline, no statements, a gendered title, and
    /// a body that asks for the current salary and Canadian experience.
    static func lacking(_ where: String, workplace: String = "onsite") -> String {
        TestSite.job("""
            title: Salesman
            id: ENG-1
            department: Engineering
            workplace: \(workplace)
            \(`where`)posted: 2026-01-01

            """, body: body)
    }

    /// The rules a posting that meets none of `law`'s duties breaks.
    static func expected(_ law: PayTransparencyLaw?) -> Set<String> {
        guard let law else { return [] }
        var rules: Set<String> = []
        for requirement in law.requires {
            switch requirement {
            case .range: rules.insert("pay-range")
            case .rangeOrBeforeInterview: rules.insert(law.requires.contains(.range) ? "pay-range" : "pay-before-interview")
            case .benefits: rules.insert("pay-benefits")
            case .deadline: rules.insert("pay-deadline")
            case .aiScreening: rules.insert("ai-screening")
            case .vacancy: rules.insert("vacancy")
            }
        }
        for rule in law.wording {
            switch rule {
            case .payHistory: rules.insert("pay-history")
            case .canadianExperience: rules.insert("canadian-experience")
            case .genderNeutralTitle: rules.insert("gender-neutral-title")
            }
        }
        return rules
    }

    /// The row of the same code that binds on `date`, if any.
    static func binding(_ code: String, on date: CalendarDate) -> PayTransparencyLaw? {
        PayTransparencyTable.binding(PayTransparencyTable.laws, on: date).first { $0.code == code }
    }

    static func dayBefore(_ date: CalendarDate) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let day = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
        return CalendarDate(utc: calendar.date(byAdding: .day, value: -1, to: day)!)
    }

    /// Rule ids of the law findings of a check on `asOf`, with every other law off.
    static func rules(_ job: String, law: PayTransparencyLaw, asOf: CalendarDate, employees: Int? = nil) throws -> Set<String> {
        let others = PayTransparencyTable.codes.subtracting([law.code]).sorted().map { "\($0): off" }.joined(separator: ", ")
        var siteYML = TestSite.complianceSiteYML + "pay_transparency_overrides: { \(others) }\n"
        if let employees { siteYML += "employees: \(employees)\n" }
        let site = try TestSite(["Content/jobs/a.md": job], siteYML: siteYML)
        defer { site.remove() }
        var options = site.options(drafts: true)
        options.complianceDate = asOf
        let findings = BuildPipeline.check(options).diagnostics
        // A posting outside a law must not break for another reason either.
        #expect(!findings.contains { $0.severity == .error && !lawRules.contains($0.rule ?? "") },
                "\(findings.map(\.formatted))")
        return Set(findings.compactMap(\.rule).filter(lawRules.contains))
    }

    @Test(arguments: rows) func eachRowOnBothSidesOfItsDate(_ key: String) throws {
        let law = try Self.law(key)
        let place = Self.place(law)
        guard law.status != .pending, let start = law.inForce else {
            // A pending law never produces a finding, on its expected day or long after.
            for day in [law.inForce, CalendarDate(year: 2099, month: 1, day: 1)].compactMap({ $0 }) {
                #expect(try Self.rules(Self.lacking(place), law: law, asOf: day).isEmpty, "\(key) on \(day)")
            }
            return
        }
        let expected = Self.expected(law)
        #expect(!expected.isEmpty, "\(key) asks for nothing")
        // From its first day: the lacking posting breaks each duty, the compliant one none.
        #expect(try Self.rules(Self.lacking(place), law: law, asOf: start) == expected, "\(key) on \(start)")
        #expect(try Self.rules(Self.compliant(place), law: law, asOf: start) == [], "\(key) on \(start)")
        // The day before: only what an earlier row of the same code asked for.
        let before = Self.dayBefore(start)
        #expect(try Self.rules(Self.lacking(place), law: law, asOf: before) == Self.expected(Self.binding(law.code, on: before)),
                "\(key) on \(before)")
        // Below the headcount the law does not apply.
        if law.minimumEmployees > 1 {
            #expect(try Self.rules(Self.lacking(place), law: law, asOf: start, employees: law.minimumEmployees - 1) == [], "\(key) below headcount")
            #expect(try Self.rules(Self.lacking(place), law: law, asOf: start, employees: law.minimumEmployees) == expected, "\(key) at headcount")
        }
        // A remote hire from the country: covered only where the law covers remote roles.
        let remote = Self.lacking("remote_countries: [\(Self.country(law))]\n", workplace: "remote")
        #expect(try Self.rules(remote, law: law, asOf: start) == (law.coversRemote ? expected : []), "\(key) remote")
    }

    @Test func rowsAreComplete() {
        for law in PayTransparencyTable.laws {
            #expect(!law.binds.isEmpty && !law.shows.isEmpty && law.source.hasPrefix("https://") && law.reviewed != nil, "\(law.code)")
            #expect(law.status == .pending || law.inForce != nil, "\(law.code)")
            if law.scope == .city { #expect(!law.cityNames.isEmpty, "\(law.code)") }
        }
    }

    /// docs/compliance.md's table is generated from the data (`make compliance-doc`): one source of truth.
    @Test func theDocsTableIsTheData() throws {
        let path = RecipeTests.root + "/docs/compliance.md"
        let document = try String(contentsOfFile: path, encoding: .utf8)
        let expected = try #require(JurisdictionTable.splice(into: document, table: JurisdictionTable.markdown(JurisdictionTable.builtIn)))
        #expect(document == expected, "docs/compliance.md is out of date: run `make compliance-doc`")
        #expect(document.contains("| Delaware | US-DE | enacted | 2027-09-26 | 26 | yes |"))
    }

    /// A row the table cannot use is an error at its line, so `make embed-data` cannot ship one.
    @Test func theTableIsValidatedRowByRow() {
        let text = """
            - code: XX
              name: Nowhere
              scope: country
              match: { countries: [XX] }
              status: enacted
              employees: 1
              binds: "everyone"
              shows: "pay"
              citation: "Act 1"
              source: "http://example.org"
              reviewed: 2026-11-29
            - code: YY
              name: Elsewhere
              scope: country
              match: { countries: [YY] }
              status: pending
              binds: "everyone"
              requires: [range, salary]
              shows: "pay"
              citation: "Bill 2"
              source: "https://example.org"
              reviewed: 2026-11-29
            - code: YY
              name: Elsewhere
              scope: country
              match: { countries: [YY] }
              status: in_force
              in_force: 2026-01-01
              binds: "everyone"
              shows: "pay"
              citation: "Act 3"
              source: "https://example.org"
              reviewed: 2026-11-29
            - code: YY
              name: Elsewhere
              scope: country
              match: { countries: [YY] }
              status: in_force
              in_force: 2026-01-01
              binds: "everyone"
              shows: "pay"
              citation: "Act 4"
              source: "https://example.org"
              reviewed: 2026-11-29

            """
        var diagnostics: [Diagnostic] = []
        let laws = PayTransparencyTable.parse(text, diagnostics: &diagnostics)
        #expect(diagnostics.map(\.formatted) == [
            "Data/pay-transparency.yml:1:3: error: missing required field `in_force` in law; add `in_force: …`",
            "Data/pay-transparency.yml:10:11: error: `source` must be the official text's https:// address",
            "Data/pay-transparency.yml:18:13: error: unknown requirement `salary`",
            "Data/pay-transparency.yml:39:13: error: `YY` already has a row from this date",
        ], "\(diagnostics.map(\.formatted))")
        // A pending row needs no date; the rows in error are left out.
        #expect(laws.map(\.citation) == ["Bill 2", "Act 3"])
        let pending = laws[0]
        #expect(!pending.binds(on: CalendarDate(year: 2099, month: 1, day: 1)!))
        // On a day, the newest row in force of each code binds.
        #expect(PayTransparencyTable.binding(laws, on: CalendarDate(year: 2026, month: 6, day: 1)!).map(\.citation) == ["Act 3"])
        #expect(PayTransparencyTable.binding(laws, on: CalendarDate(year: 2025, month: 6, day: 1)!).isEmpty)
    }
}
