import Foundation
import Testing
@testable import OpeningsKit

/// A session keeps per-job results between builds and decides what an edit can
/// have changed. Whatever it reuses, its site must be the one a fresh one-shot
/// build writes: this applies random edits of every kind an author makes and compares
/// every file after each one.
@Suite struct SessionEquivalenceTests {
    static let departments = ["Engineering", "Design", "People Operations"]
    static let places = ["{ city: Denver, region: CO, country: US }", "{ city: Berlin, country: DE }",
                         "{ city: Toronto, region: ON, country: CA }"]

    static func job(_ number: Int, title: String, department: String, extra: String = "", body: String) -> String {
        TestSite.job("""
            title: \(title)
            id: REQ-\(number)
            department: \(department)
            posted: 2026-11-0\(1 + number % 5)
            locations: [\(places[number % places.count])]
            salary: { band: \(number % 2 == 0 ? "eng" : "design") }
            \(number % 3 == 0 || extra.contains("closes") ? "" : "closes: 2027-0\(1 + number % 7)-15")
            \(extra)
            """, body: body)
    }

    static func bands(_ low: Int) -> String {
        """
        eng: { min: \(low), max: \(low + 40000), currency: USD, period: year }
        design: { min: \(low - 10000), max: \(low + 20000), currency: USD, period: year, label: Design }

        """
    }

    static func interview(_ stage: String, departments: [String]) -> String {
        """
        ---
        title: How We Interview
        departments: [\(departments.joined(separator: ", "))]
        stages:
          - name: \(stage)
            duration: 30 min
        ---
        We offer accommodations on request.

        """
    }

    static func cardTemplate(_ marker: String) -> String {
        "<article class=\"card\" data-marker=\"\(marker)\"><a href=\"{{url}}\">{{title}}</a> {{department}} {{salaryText}}</article>\n"
    }

    /// A posting whose file could not be read is read again on the next build, even one
    /// the watcher started for another file (a read can fail once, an I/O error or a file
    /// caught mid-write, and no event follow).
    @Test func aPostingThatCouldNotBeReadIsReadAgainOnTheNextEdit() throws {
        let site = try TestSite(["Content/bands.yml": Self.bands(100_000),
                                 "Content/jobs/one.md": Self.job(1, title: "Role 1", department: "Design", body: "Body 1.\n"),
                                 "Content/jobs/two.md": Self.job(2, title: "Role 2", department: "Design", body: "Body 2.\n")],
                                siteYML: TestSite.siteYML.replacingOccurrences(of: "interview_required: true", with: "interview_required: false"))
        defer { site.remove() }
        let session = BuildSession(options: site.options(output: site.root + "/Public"))
        #expect(session.build(changed: nil).files != nil)
        // Too large to read: the read fails, as an I/O error would.
        let text = try #require(site.read("Content/jobs/two.md"))
        try site.write("Content/jobs/two.md", Data((text + String(repeating: "x", count: 5 << 20)).utf8))
        let unread = session.build(changed: ["Content/jobs/two.md"])
        #expect(unread.report.diagnostics.contains { $0.location.path.hasSuffix("two.md") && $0.severity == .error })
        // The file is readable again; the next build is for an edit of the other posting only.
        try site.write("Content/jobs/two.md", Data(text.utf8))
        try site.write("Content/jobs/one.md", Data(Self.job(1, title: "Role 1", department: "Design", body: "Body 1, edited.\n").utf8))
        let next = session.build(changed: ["Content/jobs/one.md"])
        #expect(!next.report.diagnostics.contains { $0.location.path.hasSuffix("two.md") }, "\(next.report.diagnostics.map(\.formatted))")
        #expect(next.files?.contains { $0.path == "jobs/two/index.html" } == true)
    }

    @Test(arguments: [UInt64(1), 2])
    func randomEditsKeepTheSessionEqualToAFreshBuild(seed: UInt64) throws {
        var random = SeededRandom(state: seed)
        var files: [String: String] = [
            "Content/site.yml": TestSite.siteYML.replacingOccurrences(of: "interview_required: true", with: "interview_required: false")
                + "theme: custom\nfeeds: { listings: true, calendar: true, indeed: true, linkedin: true }\n",
            "Content/bands.yml": Self.bands(100_000),
            "Content/interview/engineering.md": Self.interview("Recruiter call", departments: ["Engineering"]),
            "Content/pages/benefits.md": "---\ntitle: Benefits\n---\nHealth care.\n",
            "Themes/custom/theme.yml": "extends: default\n",
            "Themes/custom/templates/job-card.mustache": Self.cardTemplate("0"),
        ]
        var jobs: [Int: String] = [:]
        for number in 1...8 {
            jobs[number] = "Content/jobs/job-\(number).md"
            files["Content/jobs/job-\(number).md"] = Self.job(number, title: "Role \(number)", department: Self.departments[number % 3],
                                                             body: "## What you'll do\n\nBuild things \(number).\n")
        }
        let site = try TestSite(files, siteYML: nil, interview: false)
        defer { site.remove() }
        let session = BuildSession(options: site.options())
        var nextNumber = 9
        var broken: Int?
        // Postings whose body links to the Engineering listing, which other postings' edits
        // can take away; mended in the step after such a link broke.
        var linking: Set<Int> = []
        var relink = false
        var failures = 0
        var reusedPages = 0

        for step in 0..<120 {
            var changed: Set<String> = []
            func write(_ path: String, _ text: String) throws {
                try site.write(path, Data(text.utf8))
                changed.insert(path)
                if let number = jobs.first(where: { $0.value == path })?.key { linking.remove(number) }
            }
            // Last step's mistakes are mended in this one, alongside the new edit.
            if relink {
                for number in linking.sorted() {
                    try write(jobs[number]!, Self.job(number, title: "Role \(number)", department: Self.departments[number % 3],
                                                      body: "Relinked.\n"))
                }
            }
            if let number = broken, let path = jobs[number] {
                try write(path, Self.job(number, title: "Mended \(number)", department: "Design", body: "Fixed.\n"))
            }
            broken = nil
            let numbers = jobs.keys.sorted()
            let number = numbers.isEmpty ? 0 : numbers[Int(random.next() % UInt64(numbers.count))]
            let word = "w\(random.next() % 1000)"
            switch random.next() % 10 {
            case 0 where number > 0, 1 where number > 0: // body, with links into the site: listing pages that
                // other postings' edits can remove, so a reused posting's links must be checked again
                let team = random.next() % 3 == 0 ? " with [engineering](/departments/engineering/)" : ""
                try write(jobs[number]!, Self.job(number, title: "Role \(number)", department: Self.departments[number % 3],
                                                  body: "## What you'll do\n\nBuild \(word)\(team). See [benefits](../../benefits/#page-title)"
                                                      + " and [onsite roles](/workplaces/onsite/).\n"))
                if !team.isEmpty { linking.insert(number) }
            case 2 where number > 0: // front matter: title, department, closing date, draft
                // Workplaces and remote countries move the listings' per-page counts and
                // the remote-from pages.
                let extra = ["", "closes: 2026-11-10", "draft: true", "level: Senior", "workplace: hybrid\nremote_countries: [US]",
                             "workplace: remote\nremote_countries: [CA, US]", "workplace: remote"]
                try write(jobs[number]!, Self.job(number, title: "Role \(word)", department: Self.departments[Int(random.next() % 3)],
                                                  extra: extra[Int(random.next() % UInt64(extra.count))] + "\n",
                                                  body: "Body \(number).\n"))
            case 3: // bands
                try write("Content/bands.yml", Self.bands(90_000 + Int(random.next() % 5) * 10_000))
            case 4: // interview process
                let departments = Array(Self.departments.prefix(1 + Int(random.next() % 3)))
                try write("Content/interview/engineering.md", Self.interview("Call \(word)", departments: departments))
            case 5: // theme template
                try write("Themes/custom/templates/job-card.mustache", Self.cardTemplate(word))
            case 6: // a new posting
                let path = "Content/jobs/new/job-\(nextNumber).md"
                jobs[nextNumber] = path
                try write(path, Self.job(nextNumber, title: "New \(word)", department: Self.departments[nextNumber % 3],
                                         body: "Body.\n"))
                nextNumber += 1
            case 7 where number > 0: // a deleted posting
                try FileManager.default.removeItem(atPath: site.root + "/" + jobs[number]!)
                changed.insert(jobs[number]!)
                linking.remove(number)
                jobs[number] = nil
            case 8 where number > 0: // a mistake, fixed by a later edit of the same file
                let brokenLink = Self.job(number, title: "Role \(number)", department: Self.departments[number % 3],
                                          body: "See [benefits](/benfits/).\n")
                try write(jobs[number]!, random.next() % 2 == 0 ? "---\ntitle: [unclosed\n---\nBroken.\n" : brokenLink)
                broken = number
            case 9: // a free page
                try write("Content/pages/benefits.md", "---\ntitle: Benefits \(word)\n---\nHealth care and \(word); [open roles](../#main).\n")
            default: // nothing changed: a watcher's spurious event
                if number > 0 { changed.insert(jobs[number]!) }
            }

            // The watcher's report, or none (a lost event): the session must cope with both.
            let result = session.build(changed: random.next() % 8 == 0 ? nil : changed)
            let output = site.root + "/Fresh"
            var options = site.options(output: output)
            options.skipIfUnchanged = false
            let fresh = BuildPipeline.build(options)
            #expect(fresh.succeeded == (result.files != nil), "step \(step) (seed \(seed)): session and fresh build disagree on success")
            #expect(fresh.diagnostics == result.report.diagnostics, "step \(step) (seed \(seed)): findings differ")
            relink = fresh.diagnostics.contains { $0.message.contains("/departments/engineering/") }
            guard fresh.succeeded, let files = result.files else { failures += 1; continue }
            if result.jobPagesRendered < jobs.count { reusedPages += 1 }
            let written = try RenderingTests.tree(output)
            #expect(Set(files.map(\.path)) == Set(written.keys), "step \(step) (seed \(seed)): different files")
            for file in files {
                let bytes: Data?
                switch file.contents {
                case .text(let text): bytes = Data(text.utf8)
                case .deflated(let page): bytes = Data(page.text.utf8)
                case .parts(let parts): bytes = Data(parts.joined().utf8)
                case .bytes(let raw), .utf8(let raw): bytes = Data(raw)
                case .copy(let path): bytes = FileManager.default.contents(atPath: path)
                case .written: bytes = nil
                }
                #expect(bytes == written[file.path], "step \(step) (seed \(seed)): \(file.path) differs")
            }
        }
        // The test is worth little if every step failed or nothing was ever reused.
        #expect(failures < 30, "too many failed builds: \(failures)")
        #expect(reusedPages > 10, "the session reused pages in only \(reusedPages) steps")
    }
}
