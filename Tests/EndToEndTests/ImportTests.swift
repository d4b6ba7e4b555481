import Foundation
import Testing

/// `openings import` as a user runs it: a job board fetched from a server on
/// 127.0.0.1, the lines it prints, its exit codes, files never replaced without
/// `--force`, and postings that `check` then accepts.
@Suite struct ImportTests {
    typealias B = BinaryTests

    /// Two postings as Lever's Postings API (`/v0/postings/SITE?mode=json`) answers.
    static let lever = Data("""
        [
          {
            "id": "5ac21346-8e0c-4494-8e7a-3eb92ff77902",
            "text": "Senior Backend Engineer",
            "categories": {"team": "Platform", "department": "Engineering", "location": "Denver, CO",
                           "commitment": "Full-time", "allLocations": ["Denver, CO"]},
            "country": "US",
            "workplaceType": "hybrid",
            "createdAt": 1790000000000,
            "description": "<div><b>About the team</b></div><div>We keep the <a href=\\"https://acme.example/status\\">platform</a> up.</div>",
            "descriptionPlain": "About the team\\nWe keep the platform up.",
            "lists": [{"text": "What you'll do", "content": "<li>Run the billing service</li><li>Mentor two engineers</li>"}],
            "additional": "<p>We sponsor visas.</p>",
            "additionalPlain": "We sponsor visas.",
            "hostedUrl": "https://jobs.lever.co/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902",
            "applyUrl": "https://jobs.lever.co/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902/apply",
            "salaryRange": {"min": 150000, "max": 185000, "currency": "USD", "interval": "per-year-salary"}
          },
          {
            "id": "0f6f1a52-7d1b-4e8e-9a57-0c6f0b6a9c11",
            "text": "Account Executive",
            "categories": {"team": "Sales", "location": "Remote", "commitment": "Full-time", "allLocations": ["Remote"]},
            "country": "US",
            "workplaceType": "remote",
            "createdAt": 1790500000000,
            "description": "<p>Sell to schools.</p>",
            "descriptionPlain": "Sell to schools.",
            "lists": [],
            "additional": "",
            "additionalPlain": "",
            "hostedUrl": "https://jobs.lever.co/acme/0f6f1a52-7d1b-4e8e-9a57-0c6f0b6a9c11",
            "applyUrl": "https://jobs.lever.co/acme/0f6f1a52-7d1b-4e8e-9a57-0c6f0b6a9c11/apply",
            "salaryRange": {"min": 90000, "max": 110000, "currency": "USD", "interval": "per-year-salary"}
          }
        ]
        """.utf8)

    static func starterSite() throws -> String {
        let folder = B.temporaryFolder()
        let created = try B.run(["init", folder + "/site"])
        #expect(created.status == 0, "\(created.stderr)")
        try FileManager.default.removeItem(atPath: folder + "/site/Content/jobs/software-engineer.md")
        return folder + "/site"
    }

    @Test func aBoardIsFetchedFromItsAddressAndItsPostingsCheck() throws {
        let server = try LocalHTTPServer(answers: [
            "/v0/postings/acme?mode=json": .init(body: Self.lever),
            // A moved board: the redirect is followed.
            "/old": .init(status: 301, contentType: "text/plain", body: Data(), headers: ["Location": "/v0/postings/acme?mode=json"]),
        ])
        defer { server.stop() }
        let site = try Self.starterSite()
        defer { try? FileManager.default.removeItem(atPath: (site as NSString).deletingLastPathComponent) }
        let address = "http://127.0.0.1:\(server.port)/old"

        let imported = try B.run(["import", "lever", address, "--site", site])
        #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        let lines = imported.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(imported.stdout)")
        #expect(lines.contains { $0.hasSuffix("→ Content/jobs/senior-backend-engineer.md") }, "\(imported.stdout)")
        #expect(lines.contains { $0.hasSuffix("→ Content/jobs/account-executive.md") }, "\(imported.stdout)")
        #expect(imported.stderr == "2 written, 0 skipped; next: openings check --site \(site)\n")
        #expect(server.requests == ["GET /old HTTP/1.1", "GET /v0/postings/acme?mode=json HTTP/1.1"])

        let posting = try String(contentsOfFile: site + "/Content/jobs/senior-backend-engineer.md", encoding: .utf8)
        #expect(posting.contains("\napply_url: https://jobs.lever.co/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902/apply\n"))
        #expect(posting.contains("[platform](https://acme.example/status)"))
        // The starter site has an interview process for Engineering only: the sales
        // posting gets one finding for it, and nothing else is missing.
        let check = try B.run(["check", "--site", site])
        let errors = check.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 1 && errors.allSatisfy { $0.contains("account-executive.md") && $0.contains("interview") },
                "\(check.stdout)")

        // Again: nothing is replaced without --force.
        let again = try B.run(["import", "lever", address, "--site", site])
        #expect(again.status == 1)
        #expect(again.stdout.contains("skipped, Content/jobs/senior-backend-engineer.md exists (--force replaces it)"))
        #expect(again.stderr.hasPrefix("0 written, 2 skipped"))
        let forced = try B.run(["import", "lever", address, "--site", site, "--force"])
        #expect(forced.status == 0, "\(forced.stdout)\(forced.stderr)")
    }

    @Test func aSourceThatCannotBeReadIsOneErrorAndNothingIsWritten() throws {
        let server = try LocalHTTPServer(answers: ["/page": .init(contentType: "text/html", body: Data("<!doctype html><title>Jobs</title>".utf8))])
        defer { server.stop() }
        let site = try Self.starterSite()
        defer { try? FileManager.default.removeItem(atPath: (site as NSString).deletingLastPathComponent) }
        let missing = try B.run(["import", "greenhouse", "http://127.0.0.1:\(server.port)/nothing", "--site", site])
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: GET http://127.0.0.1:\(server.port)/nothing answered 404 Not Found\n")
        let page = try B.run(["import", "ashby", "http://127.0.0.1:\(server.port)/page", "--site", site])
        #expect(page.status == 2)
        #expect(page.stderr.hasPrefix("error: http://127.0.0.1:\(server.port)/page: "), "\(page.stderr)")
        #expect(page.stderr.split(separator: "\n").count == 1)
        // A port nothing listens on any more.
        let closed = try LocalHTTPServer(answers: [:])
        closed.stop()
        let refused = try B.run(["import", "lever", "http://127.0.0.1:\(closed.port)/x", "--site", site])
        #expect(refused.status == 2)
        #expect(refused.stderr == "error: GET http://127.0.0.1:\(closed.port)/x failed: the connection was refused (is the address right, and is the server up?)\n")
        let file = try B.run(["import", "lever", site + "/nowhere.json", "--site", site])
        #expect(file.status == 2 && file.stderr.contains("cannot read"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site + "/Content/jobs").filter { $0.hasSuffix(".md") }.isEmpty)
        let notASite = try B.run(["import", "lever", site + "/nowhere.json", "--site", site + "/Content"])
        #expect(notASite.status == 2 && notASite.stderr.contains("is not an Openings site"))
    }
}

/// `openings import jekyll` as a user runs it on a folder of posting files.
@Suite struct StaticSiteImportCommandTests {
    typealias B = BinaryTests

    @Test func filesAreWrittenOrSkippedOneLineEachAndTheirPagesCarryNoTemplateTags() throws {
        let site = try ImportTests.starterSite()
        let root = (site as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: root) }
        let jobs = root + "/old/_jobs"
        try FileManager.default.createDirectory(atPath: jobs, withIntermediateDirectories: true)
        try """
            ---
            layout: job
            title: "{{ site.company }} Backend Engineer"
            team: Engineering
            location: Remote - US
            job_type: Full-time
            date_posted: 2026-11-02
            salary: "$120,000 - $150,000"
            application link: https://jobs.example.com/backend
            ---
            {% include job-intro.html %}

            ## What you'll do

            - Build the {{ page.team }} team's APIs with {{ site.company }}
            """.write(toFile: jobs + "/backend-engineer.md", atomically: true, encoding: .utf8)
        try "---\ntitle: Broken\nsalary: [1, 2\n---\nText.\n".write(toFile: jobs + "/broken.md", atomically: true, encoding: .utf8)

        let imported = try B.run(["import", "jekyll", root + "/old", "--site", site])
        #expect(imported.status == 1)
        let lines = imported.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2 && lines.first == "_jobs/backend-engineer.md → Content/jobs/backend-engineer.md", "\(imported.stdout)")
        #expect(imported.stdout.contains("_jobs/broken.md: skipped, front matter is not valid YAML (line 3: "), "\(imported.stdout)")
        #expect(imported.stderr == "1 written, 1 skipped; next: openings check --site \(site)\n")

        let posting = try String(contentsOfFile: site + "/Content/jobs/backend-engineer.md", encoding: .utf8)
        #expect(posting.contains("\ntitle: Backend Engineer\n") && posting.contains("\napply_url: https://jobs.example.com/backend\n"))
        let check = try B.run(["check", "--site", site])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let build = try B.run(["build", "--site", site])
        #expect(build.status == 0, "\(build.stdout)\(build.stderr)")
        // No tag reaches any page, feed or JSON.
        let output = site + "/Public"
        let files = FileManager.default.enumerator(atPath: output)?.compactMap { $0 as? String } ?? []
        #expect(!files.isEmpty)
        for file in files where [".html", ".xml", ".json"].contains(where: file.hasSuffix) {
            let text = try String(contentsOfFile: output + "/" + file, encoding: .utf8)
            #expect(!text.contains("{{") && !text.contains("{%"), "\(file)")
        }
        let page = try String(contentsOfFile: output + "/jobs/backend-engineer/index.html", encoding: .utf8)
        #expect(page.contains("https://jobs.example.com/backend"))
    }
}
