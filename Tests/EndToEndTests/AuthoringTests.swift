import Foundation
import Testing

/// `init`, `new`, dates from git, `--changed-since`, the pre-commit recipe and sub-path sites.
@Suite struct AuthoringTests {
    typealias B = BinaryTests

    static func git(_ arguments: [String], in folder: String, date: String? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_AUTHOR_NAME"] = "Test"; environment["GIT_AUTHOR_EMAIL"] = "test@example.com"
        environment["GIT_COMMITTER_NAME"] = "Test"; environment["GIT_COMMITTER_EMAIL"] = "test@example.com"
        if let date { environment["GIT_COMMITTER_DATE"] = date; environment["GIT_AUTHOR_DATE"] = date }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func initThenBuildAndCheck() throws {
        let folder = B.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let created = try B.run(["init", folder + "/site"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("Content/site.yml"))
        let check = try B.run(["check", "--site", folder + "/site"])
        #expect(check.status == 0 && check.stdout.isEmpty, "\(check.stdout)")
        #expect(try B.run(["build", "--site", folder + "/site"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/site/Public/jobs/software-engineer/index.html"))
        #expect(try B.run(["init", folder + "/site"]).status == 1, "refuses a non-empty folder")
        #expect(try B.run(["init", folder + "/site", "--force"]).status == 0)
    }

    @Test func newJobTwiceGivesDistinctIDs() throws {
        let folder = B.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let site = folder + "/site"
        #expect(try B.run(["init", site]).status == 0)
        let first = try B.run(["new", "job", "Data Engineer", "--department", "Engineering", "--site", site])
        let second = try B.run(["new", "job", "Platform Engineer", "--department", "Engineering", "--site", site])
        #expect(first.stdout == site + "/Content/jobs/data-engineer.md\n")
        #expect(second.stdout == site + "/Content/jobs/platform-engineer.md\n")
        let a = try String(contentsOfFile: site + "/Content/jobs/data-engineer.md", encoding: .utf8)
        let b = try String(contentsOfFile: site + "/Content/jobs/platform-engineer.md", encoding: .utf8)
        #expect(a.contains("id: ENG-0002") && b.contains("id: ENG-0003"))
        #expect(a.contains("posted: 2026-11-28") && a.contains("interview: engineering") && a.contains("draft: true"))
        let again = try B.run(["new", "job", "Data Engineer", "--department", "Engineering", "--site", site])
        #expect(again.status == 1, "never overwrites")
        #expect(try String(contentsOfFile: site + "/Content/jobs/data-engineer.md", encoding: .utf8) == a)
        #expect(try B.run(["new", "interview", "People", "--site", site]).stdout == site + "/Content/interview/people.md\n")
        let check = try B.run(["check", "--site", site])
        #expect(check.status == 0 && check.stdout.isEmpty, "\(check.stdout)")
    }

    @Test func newJobRefusesAMisspeltDepartmentUnlessItIsNew() throws {
        let folder = B.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let site = folder + "/site"
        #expect(try B.run(["init", site]).status == 0)
        let misspelt = try B.run(["new", "job", "Data Engineer", "--department", "Enginering", "--site", site])
        #expect(misspelt.status == 1)
        #expect(misspelt.stdout == "")
        #expect(misspelt.stderr == "error: department `Enginering` is not used on this site; did you mean `Engineering` "
            + "(used by 1 posting)? Run again with --department Engineering, or add --new-department if `Enginering` is a new "
            + "department; nothing was written\n")
        #expect(!FileManager.default.fileExists(atPath: site + "/Content/jobs/data-engineer.md"))

        let sharedPage = try B.run(["new", "job", "Data Engineer", "--department", "engineering", "--new-department", "--site", site])
        #expect(sharedPage.status == 1, "two spellings of one department page are refused even with --new-department")
        #expect(sharedPage.stderr == "error: department `engineering` would share the page departments/engineering/ with "
            + "`Engineering` (used by 1 posting); write it as the site does: --department Engineering; nothing was written\n")

        let meant = try B.run(["new", "job", "Data Engineer", "--department", "Enginering", "--new-department", "--site", site])
        #expect(meant.status == 0)
        #expect(meant.stdout == site + "/Content/jobs/data-engineer.md\n")
        #expect(meant.stderr == "note: `Enginering` is a new department (the site has: Engineering)\n")

        let help = try B.run(["new", "job", "--help"])
        #expect(help.stdout.contains("--new-department"))
    }

    @Test func newDepartmentsGetPrefixesFromTheirWords() throws {
        let folder = B.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let site = folder + "/site"
        #expect(try B.run(["init", site]).status == 0)
        for (title, department, id) in [("Lab Lead", "R&D", "RD-0001"), ("Recruiter", "People Operations", "PO-0001"),
                                         ("Community Manager", "Engagement", "ENGA-0001"), ("Analyst", "Research and Development", "RDE-0001"),
                                         ("Lab Technician", "R&D", "RD-0002")] {
            let run = try B.run(["new", "job", title, "--department", department, "--site", site])
            #expect(run.status == 0, "\(run.stderr)")
            let path = run.stdout.trimmingCharacters(in: .newlines)
            #expect(try String(contentsOfFile: path, encoding: .utf8).contains("\nid: \(id)\n"), "\(department) → \(id)")
        }
    }

    @Test func newInterviewListsTheDepartmentItIsFor() throws {
        let folder = B.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let site = folder + "/site"
        #expect(try B.run(["init", site]).status == 0)
        #expect(try B.run(["new", "job", "Recruiter", "--department", "People Operations", "--site", site]).status == 0)
        func head(_ name: String) throws -> String {
            try String(contentsOfFile: site + "/Content/interview/\(name).md", encoding: .utf8).split(separator: "\n").prefix(3)
                .joined(separator: "\n")
        }
        let people = try B.run(["new", "interview", "People Operations", "--site", site])
        #expect(people.stdout == site + "/Content/interview/people-operations.md\n")
        #expect(try head("people-operations") == """
            ---
            title: "How We Interview — People Operations"
            departments: ["People Operations"]      # departments that use this process by default
            """)
        #expect(try B.run(["new", "interview", "Sales", "--site", site]).status == 0)
        #expect(try head("sales") == """
            ---
            title: "How We Interview — Sales"
            departments: []                         # departments that use this process by default, e.g. ["Sales"]
            """)
        #expect(try B.run(["new", "interview", "Support", "--department", "Support", "--department", "Success", "--site", site]).status == 0)
        #expect(try head("support").hasSuffix("\ndepartments: [\"Support\", \"Success\"]     # departments that use this process by default"))
        let taken = try B.run(["new", "interview", "Platform", "--department", "Engineering", "--site", site])
        #expect(taken.status == 1)
        #expect(taken.stderr == "error: department `Engineering` already uses the interview process engineering "
            + "(Content/interview/engineering.md), and a department may be listed by one process only; nothing was written\n")
        let check = try B.run(["check", "--site", site])
        #expect(check.status == 0 && check.stdout.isEmpty, "\(check.stdout)")
    }

    @Test func datesComeFromGit() throws {
        let folder = B.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let site = folder + "/site"
        #expect(try B.run(["init", site]).status == 0)
        try Self.git(["init", "-q"], in: site)
        try Self.git(["add", "Content"], in: site)
        try Self.git(["commit", "-q", "-m", "one"], in: site, date: "2026-03-04T10:00:00Z")
        try Self.write("---\ntitle: Benefits\nnav_order: 1\n---\nUpdated benefits.\n", to: site + "/Content/pages/benefits.md")
        try Self.git(["commit", "-q", "-am", "two"], in: site, date: "2026-05-06T12:30:00Z")
        #expect(try B.run(["build", "--site", site]).status == 0)
        let sitemap = try String(contentsOfFile: site + "/Public/sitemap.xml", encoding: .utf8)
        #expect(sitemap.contains("<loc>https://careers.example.com/jobs/software-engineer/</loc><lastmod>2026-03-04</lastmod>"))
        #expect(sitemap.contains("<loc>https://careers.example.com/benefits/</loc><lastmod>2026-05-06</lastmod>"))
        let feed = try String(contentsOfFile: site + "/Public/feed.xml", encoding: .utf8)
        #expect(feed.contains("<updated>2026-03-04T10:00:00Z</updated>"))
        let page = try String(contentsOfFile: site + "/Public/jobs/software-engineer/index.html", encoding: .utf8)
        #expect(page.contains("2026-03-04"))
        // An uncommitted posting falls back to its own date.
        try Self.write(try String(contentsOfFile: site + "/Content/jobs/software-engineer.md", encoding: .utf8)
            .replacingOccurrences(of: "ENG-0001", with: "ENG-0009"), to: site + "/Content/jobs/new-role.md")
        #expect(try B.run(["build", "--site", site]).status == 0)
        let again = try String(contentsOfFile: site + "/Public/sitemap.xml", encoding: .utf8)
        #expect(again.contains("<loc>https://careers.example.com/jobs/new-role/</loc><lastmod>2026-01-05</lastmod>"))
    }

    @Test func changedSinceReportsOnlyChangedFiles() throws {
        let folder = B.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let site = folder + "/site"
        #expect(try B.run(["init", site]).status == 0)
        try Self.write("---\ntitle: Old\nid: OLD-1\ndepartment: Engineering\nworkplace: remote\nposted: 2026-13-01\n---\nOld.\n",
                       to: site + "/Content/jobs/old-broken.md")
        try Self.git(["init", "-q"], in: site)
        try Self.git(["add", "."], in: site)
        try Self.git(["commit", "-q", "-m", "base"], in: site, date: "2026-01-01T00:00:00Z")
        #expect(try B.run(["check", "--site", site, "--changed-since", "HEAD"]).status == 0, "old broken file is not reported")
        try Self.write("---\ntitle: New\nid: ENG-0001\ndepartment: Engineering\nworkplace: remote\nposted: 2026-11-01\n---\nNew.\n",
                       to: site + "/Content/jobs/new.md")
        let run = try B.run(["check", "--site", site, "--changed-since", "HEAD"])
        #expect(run.status == 1)
        // The duplicate sits on the unchanged posting (it sorts second), and is reported
        // because the changed file causes it.
        #expect(run.stdout.contains("site/Content/jobs/software-engineer.md:3:1: error: duplicate `id` ENG-0001: also used by \(site)/Content/jobs/new.md:3"))
        #expect(!run.stdout.contains("old-broken.md"))
        // Changing the other file reports it too.
        try Self.git(["add", "."], in: site)
        try Self.git(["commit", "-q", "-m", "new"], in: site, date: "2026-01-02T00:00:00Z")
        try Self.write(try String(contentsOfFile: site + "/Content/jobs/software-engineer.md", encoding: .utf8) + "\nMore.\n",
                       to: site + "/Content/jobs/software-engineer.md")
        let other = try B.run(["check", "--site", site, "--changed-since", "HEAD"])
        #expect(other.stdout.contains("Content/jobs/software-engineer.md:3:1: error: duplicate `id` ENG-0001"), "\(other.stdout)")
        #expect(!other.stdout.contains("old-broken.md"))
        #expect(try B.run(["check", "--site", site, "--changed-since", "no-such-ref"]).status == 2)
    }

    @Test func preCommitRecipeStopsABrokenCommit() throws {
        let folder = B.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let site = folder + "/site"
        #expect(try B.run(["init", site]).status == 0)
        try Self.git(["init", "-q"], in: site)
        try Self.git(["add", "."], in: site)
        try Self.git(["commit", "-q", "-m", "base"], in: site)
        let hook = site + "/.git/hooks/pre-commit"
        try FileManager.default.copyItem(atPath: B.packageRoot + "/docs/recipes/pre-commit", toPath: hook)
        try Self.write("---\ntitle: Bad\nid: ENG-0005\ndepartment: Engineering\nworkplace: remot\nposted: 2026-11-01\n---\nx\n",
                       to: site + "/Content/jobs/bad.md")
        try Self.git(["add", "."], in: site)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-q", "-m", "bad"]
        process.currentDirectoryURL = URL(fileURLWithPath: site)
        process.environment = ProcessInfo.processInfo.environment.merging(["OPENINGS": B.binary]) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus != 0, "the hook refused the commit")
    }

    @Test func subPathSiteHasNoBrokenLinks() throws {
        let folder = B.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/out"
        let build = try B.run(["build", "--site", B.packageRoot, "--output", output, "--base-url", "https://example.com/careers/"])
        #expect(build.status == 0, "\(build.stderr)")
        var checked = 0
        let enumerator = FileManager.default.enumerator(atPath: output)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".html") else { continue }
            let html = try String(contentsOfFile: output + "/" + path, encoding: .utf8)
            for link in Self.links(in: html) where link.hasPrefix("/") {
                #expect(link.hasPrefix("/careers/"), "\(path) links to \(link) outside the sub-path")
                var target = String(link.dropFirst("/careers/".count).split(separator: "#").first ?? "")
                target = String(target.split(separator: "?").first ?? "")
                if target.isEmpty || target.hasSuffix("/") { target += "index.html" }
                #expect(FileManager.default.fileExists(atPath: output + "/" + target), "\(path) → \(link)")
                checked += 1
            }
        }
        #expect(checked > 100)
        let sitemap = try String(contentsOfFile: output + "/sitemap.xml", encoding: .utf8)
        #expect(sitemap.contains("<loc>https://example.com/careers/jobs/") && !sitemap.contains("<loc>https://example.com/jobs/"))
    }

    static func links(in html: String) -> [String] {
        var result: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                result.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = rest[end...]
            }
        }
        return result
    }
}
