import Foundation
import Testing

/// `check --as-of` and `openings compliance report|laws`, run as a user runs them.
@Suite struct ComplianceCommandTests {
    static let body = """
        ## What you'll do

        - Run payroll for the office every two weeks and answer questions about it.

        ## What you'll bring

        - Two years of payroll experience.

        """

    static func posting(_ title: String, _ id: String, _ fields: String) -> String {
        "---\ntitle: \(title)\nid: \(id)\ndepartment: Engineering\n\(fields)posted: 2026-11-01\n---\n\(body)"
    }

    /// A site with a posting in Delaware (enacted, binding from 2027-09-26), one in
    /// Toronto without the vacancy statement, one in Warsaw without pay (Poland lets
    /// it be given before the interview), one in Columbus (penalties from 2027) and one
    /// whose title a spreadsheet would run as a formula.
    static func site() throws -> String {
        let folder = BinaryTests.temporaryFolder()
        try BinaryTests.copySite(to: folder, fixture: "minimal")
        let jobs: [(String, String)] = [
            ("wilmington", posting("Payroll Specialist", "FIN-1", "workplace: onsite\nlocations: [{ city: Wilmington, region: DE, country: US }]\n")),
            ("toronto", posting("Payroll Analyst", "FIN-2", "workplace: onsite\nlocations: [{ city: Toronto, region: \"ON\", country: CA }]\nsalary: { min: 70000, max: 90000, currency: CAD }\nai_screening: true\n")),
            ("warsaw", posting("Payroll Lead", "FIN-3", "workplace: onsite\nlocations: [{ city: Warsaw, country: PL }]\n")),
            ("columbus", posting("Payroll Clerk", "FIN-4", "workplace: onsite\nlocations: [{ city: Columbus, region: OH, country: US }]\n")),
            ("formula", posting("\"=HYPERLINK(1)\"", "FIN-5", "workplace: onsite\nlocations: [{ city: Austin, region: TX, country: US }]\n")),
        ]
        let settings = folder + "/site/Content/site.yml"
        try (try String(contentsOfFile: settings, encoding: .utf8) + "employees: 40\n").write(toFile: settings, atomically: true, encoding: .utf8)
        for (name, text) in jobs {
            try text.write(toFile: folder + "/site/Content/jobs/\(name).md", atomically: true, encoding: .utf8)
        }
        return folder
    }

    static let delaware = "site/Content/jobs/wilmington.md:6:1: error: no pay range, which Delaware requires because it is based in Wilmington, DE, United States (Delaware: 19 Del. C. § 709C (House Substitute 2 for HB 105, signed 2025-09-26); pay history: 19 Del. C. § 709B); add `salary: { min: …, max: …, currency: …, period: year }` or `salary: { band: … }` [pay-range]"

    @Test func asOfMovesDelawareAcrossItsDate() throws {
        let folder = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = try BinaryTests.run(["check", "--site", "site", "--as-of", "2027-09-25"], in: folder)
        #expect(!before.stdout.contains("Delaware"), "\(before.stdout)")
        let after = try BinaryTests.run(["check", "--site", "site", "--as-of", "2027-09-26"], in: folder)
        #expect(after.stdout.split(separator: "\n").contains { $0 == Self.delaware }, "\(after.stdout)")
        #expect(after.stdout.contains("site/Content/jobs/wilmington.md:6:1: warning: no benefits listed; Delaware asks"))
        // Columbus: the duty is in force, penalties start 2027-01-01: a warning before, an error from then.
        let columbus = "site/Content/jobs/columbus.md:6:1: %@: no pay range, which Columbus requires because it is based in Columbus, OH, United States"
        #expect(before.stdout.contains(columbus.replacingOccurrences(of: "%@", with: "error")))
        let today = try BinaryTests.run(["check", "--site", "site"], in: folder)
        #expect(today.stdout.contains(columbus.replacingOccurrences(of: "%@", with: "warning") + "; it is enforced from 2027-01-01"), "\(today.stdout)")
        // Today (SOURCE_DATE_EPOCH: 2026-11-28) Delaware is not in force yet.
        #expect(!today.stdout.contains("Delaware"))
        let wrong = try BinaryTests.run(["check", "--site", "site", "--as-of", "2027-9-26"], in: folder)
        #expect(wrong.status == 2 && wrong.stderr.contains("The value '2027-9-26' is invalid for '--as-of <YYYY-MM-DD>'"), "\(wrong.stderr)")
    }

    @Test func ontarioAndPolandFindings() throws {
        let folder = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lines = try BinaryTests.run(["check", "--site", "site"], in: folder).stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("site/Content/jobs/toronto.md:6:1: error: the posting does not say whether it is for an existing vacancy, which Ontario requires") && $0.hasSuffix("[vacancy]") })
        #expect(!lines.contains { $0.hasPrefix("site/Content/jobs/toronto.md") && $0.contains("[ai-screening]") })
        #expect(lines.contains { $0.hasPrefix("site/Content/jobs/warsaw.md:6:1: note: no pay in the posting; Poland requires candidates to be told the pay or its range, in the posting or later in the process (Poland: “the initial pay or its range (and the relevant collective-agreement or pay-rules provisions), in the ad or, failing that, before the interview or before hiring;") && $0.hasSuffix("[pay-before-interview]") })
        #expect(!lines.contains { $0.hasPrefix("site/Content/jobs/warsaw.md") && $0.contains("error") })
    }

    @Test func reportInThreeFormats() throws {
        let folder = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = try BinaryTests.run(["compliance", "report", "--site", "site", "--as-of", "2027-09-25"], in: folder)
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout.hasPrefix("# Pay-transparency report: Minimal Careers\n\nAs of 2027-09-25. 6 postings; employer headcount 40 (site.yml `employees`)."))
        #expect(before.stdout.contains("| Delaware (US-DE) | enacted | 2027-09-26 | 2 |"), "\(before.stdout)")
        // Columbus enforces its law from 2027-01-01: by now a gap is a failure.
        #expect(before.stdout.contains("| Columbus | US-OH-CMH | 1 | 0 | 0 | 1 |"))
        #expect(before.stderr.contains("6 postings as of 2027-09-25: 2 fail, 2 review, 2 pass"), "\(before.stderr)")
        let after = try BinaryTests.run(["compliance", "report", "--site", "site", "--as-of", "2027-09-26"], in: folder)
        #expect(after.stdout.contains("| Delaware | US-DE | 2 | 0 | 1 | 1 |"), "\(after.stdout)")
        #expect(after.stdout.contains("| Delaware | it is based in Wilmington, DE, United States; 40 employees (covers 26 or more) | pay range (or a single figure), benefits, no pay-history questions | fail: no pay range; no benefits described | [19 Del. C. § 709C"))
        // The title is text, never a formula or markup, in every format.
        #expect(after.stdout.contains("### =HYPERLINK(1) (FIN-5)"))

        let json = try BinaryTests.run(["compliance", "report", "--site", "site", "--as-of", "2027-09-26", "--format", "json"], in: folder)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["asOf"] as? String == "2027-09-26")
        let postings = try #require(document["postings"] as? [[String: Any]])
        let wilmington = try #require(postings.first { $0["id"] as? String == "FIN-1" })
        let laws = try #require(wilmington["laws"] as? [[String: Any]])
        #expect(laws.map { $0["code"] as? String } == ["US-DE"])
        #expect(laws.first?["outcome"] as? String == "fail")
        #expect(laws.first?["gaps"] as? [String] == ["no pay range", "no benefits described"])
        let toronto = try #require(postings.first { $0["id"] as? String == "FIN-2" })
        #expect((toronto["laws"] as? [[String: Any]])?.first?["gaps"] as? [String] == ["does not say whether the vacancy exists"])
        let totals = try #require(document["totals"] as? [[String: Any]])
        #expect(totals.contains { $0["code"] as? String == "PL" && $0["review"] as? Int == 1 })

        let csv = try BinaryTests.run(["compliance", "report", "--site", "site", "--as-of", "2027-09-26", "--format", "csv"], in: folder)
        let rows = csv.stdout.components(separatedBy: "\r\n")
        #expect(rows.first == "as_of,path,id,title,places,draft,closed,code,jurisdiction,status,from,why,requires,result,gaps,citation,source")
        #expect(rows.contains { $0.hasPrefix("2027-09-26,site/Content/jobs/wilmington.md,FIN-1,Payroll Specialist,\"Wilmington, DE, United States\",no,no,US-DE,Delaware,binding,,\"it is based in Wilmington, DE, United States; 40 employees (covers 26 or more)\",") })
        #expect(rows.contains { $0.hasPrefix("2027-09-26,site/Content/jobs/formula.md,FIN-5,'=HYPERLINK(1),") }, "\(csv.stdout)")
        #expect(rows.last == "", "CSV ends with CR LF")
    }

    @Test func lawsListsTheTable() throws {
        let md = try BinaryTests.run(["compliance", "laws"])
        #expect(md.status == 0)
        #expect(md.stdout.contains("| Delaware | US-DE | enacted | 2027-09-26 | 26 | yes |"), "\(md.stdout)")
        let later = try BinaryTests.run(["compliance", "laws", "--as-of", "2027-09-26"])
        #expect(later.stdout.contains("| Delaware | US-DE | in force | 2027-09-26 | 26 | yes |"))
        let csv = try BinaryTests.run(["compliance", "laws", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("code,jurisdiction,status,in_force,enforced_from,employees,remote,binds,requires,shows,citation,source,reviewed\r\n"))
    }

    /// A posting whose front matter keeps it out of the site is named, not silently missing.
    @Test func aPostingThatCannotBeReadIsNamed() throws {
        let folder = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "---\ntitle: Broken\nid: FIN-9\ndepartment: Engineering\nworkplace: onsite\n---\nNo date.\n"
            .write(toFile: folder + "/site/Content/jobs/broken.md", atomically: true, encoding: .utf8)
        let md = try BinaryTests.run(["compliance", "report", "--site", "site"], in: folder)
        #expect(md.status == 0)
        #expect(md.stdout.contains("**1 posting file has errors that keep it out of the site and out of this report**; `openings check` says what to fix:\n\n- `site/Content/jobs/broken.md`\n"), "\(md.stdout)")
        #expect(md.stderr.contains("6 postings as of 2026-11-28:") && md.stderr.contains("; 1 not read (errors: run openings check)"), "\(md.stderr)")
        let csv = try BinaryTests.run(["compliance", "report", "--site", "site", "--format", "csv"], in: folder)
        #expect(csv.stdout.contains("\r\n2026-11-28,site/Content/jobs/broken.md,,,,,,,,,,,,unreadable,the file has errors: see openings check,,\r\n"))
        let json = try BinaryTests.run(["compliance", "report", "--site", "site", "--format", "json"], in: folder)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["leftOut"] as? [String] == ["site/Content/jobs/broken.md"])
    }
}
