import Foundation
import Testing

/// Runs the built `openings` binary as a user would and checks exit codes, output
/// streams and files.
@Suite struct BinaryTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The `openings` built beside this test bundle: the folder of the test executable on
    /// Linux, of the `.xctest` bundle on macOS. A sanitizer build (`--scratch-path
    /// .build-tsan`) so runs its own sanitized binary, not `.build/debug/openings`.
    static var binary: String {
        let candidates: [String] = ([
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("openings").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("openings").path,
            packageRoot + "/.build/debug/openings",
        ] as [String?]).compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[candidates.count - 1]
    }

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    /// `executable` and `prefix`: run the binary through another program (`setpriv`,
    /// to run it as another user), which is given `prefix` before the arguments.
    static func run(_ arguments: [String], in directory: String? = nil,
                    environment: [String: String] = ["SOURCE_DATE_EPOCH": "1795824000"],
                    executable: String? = nil, prefix: [String] = []) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? binary)
        process.arguments = prefix + arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryFolder() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("openings-e2e-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func copySite(to folder: String, fixture: String) throws {
        let source = packageRoot + "/Tests/EndToEndTests/Fixtures/" + fixture
        try FileManager.default.copyItem(atPath: source, toPath: folder + "/site")
    }

    @Test func repositoryExampleSiteBuildsAndChecksClean() throws {
        let output = Self.temporaryFolder() + "/Public"
        defer { try? FileManager.default.removeItem(atPath: (output as NSString).deletingLastPathComponent) }
        let check = try Self.run(["check", "--site", Self.packageRoot])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(!check.stdout.contains("error:"))
        let build = try Self.run(["build", "--site", Self.packageRoot, "--output", output])
        #expect(build.status == 0, "\(build.stderr)")
        let index = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(index.contains("<html lang=\"en-US\">"))
        let jobs = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output + "/jobs.json"))) as? [String: Any]
        #expect((jobs?["count"] as? Int ?? 0) >= 12)
    }

    @Test func brokenSiteFailsWithPositionsAndKeepsOutput() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.copySite(to: folder, fixture: "minimal")
        let first = try Self.run(["build", "--site", "site"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/site/Public/index.html"))

        try "---\ntitle: Broken\nid: ENG-7\ndepartment: Engineering\nposted: 2026-02-30\nworkplace: remote\n---\n"
            .write(toFile: folder + "/site/Content/jobs/broken.md", atomically: true, encoding: .utf8)
        try "---\ntitle: Copy\nid: ENG-1\ndepartment: Engineering\nposted: 2026-11-02\nworkplace: remote\n---\n"
            .write(toFile: folder + "/site/Content/jobs/copy.md", atomically: true, encoding: .utf8)
        let second = try Self.run(["build", "--site", "site"], in: folder)
        #expect(second.status == 1)
        #expect(second.stderr.contains("site/Content/jobs/broken.md:5:9: error: `posted` is 2026-02-30, a date that does not exist"))
        #expect(second.stderr.contains("site/Content/jobs/copy.md:3:1: error: duplicate `id` ENG-1"))
        #expect(second.stdout.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/site/Public/index.html")) == before)
    }

    @Test func checkFormats() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.copySite(to: folder, fixture: "minimal")
        let clean = try Self.run(["check", "--site", "site", "--format", "json"], in: folder)
        #expect(clean.status == 0)
        let cleanJSON = try JSONSerialization.jsonObject(with: Data(clean.stdout.utf8)) as? [String: Any]
        #expect(cleanJSON?["errors"] as? Int == 0)

        try "---\ntitle: A\nid: ENG-2\ndepartment: Engineering\nworkplace: remot\nposted: 2026-11-01\n---\n"
            .write(toFile: folder + "/site/Content/jobs/bad.md", atomically: true, encoding: .utf8)
        let json = try Self.run(["check", "--site", "site", "--format", "json"], in: folder)
        #expect(json.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        // Sorted by file: the fixture's own posting (a warning) comes before bad.md.
        let files = diagnostics.compactMap { $0["file"] as? String }
        #expect(files == files.sorted())
        let finding = try #require(diagnostics.first { ($0["message"] as? String)?.hasPrefix("`workplace` is `remot`") == true })
        #expect(finding["file"] as? String == "site/Content/jobs/bad.md")
        #expect(finding["line"] as? Int == 5)
        #expect(finding["column"] as? Int == 12)
        #expect(finding["severity"] as? String == "error")
        #expect(finding["hint"] as? String == "did you mean `remote`?")

        let github = try Self.run(["check", "--site", "site", "--format", "github"], in: folder)
        #expect(github.status == 1)
        #expect(github.stdout.split(separator: "\n").contains { $0.hasPrefix("::error file=site/Content/jobs/bad.md,line=5,col=12,title=openings::`workplace` is `remot`") })

        let text = try Self.run(["check", "--site", "site"], in: folder)
        #expect(text.status == 1)
        #expect(text.stdout.contains("site/Content/jobs/bad.md:5:12: error: `workplace` is `remot`"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try Self.run(["build", "--no-such-flag"]).status == 2)
        #expect(try Self.run(["check", "--format", "yaml"]).status == 2)
        #expect(try Self.run(["frobnicate"]).status == 2)
        #expect(try Self.run(["build", "--base-url", "not a url"]).status == 2)
        let help = try Self.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("build") && help.stdout.contains("check"))
    }

    @Test func siteWithoutThemesUsesBuiltInDefault() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.copySite(to: folder, fixture: "minimal")
        #expect(!FileManager.default.fileExists(atPath: folder + "/site/Themes"))
        let build = try Self.run(["build", "--site", folder + "/site"])
        #expect(build.status == 0, "\(build.stderr)")
        let page = try String(contentsOfFile: folder + "/site/Public/jobs/backend-engineer/index.html", encoding: .utf8)
        #expect(page.contains("How We Interview"))
        #expect(FileManager.default.fileExists(atPath: folder + "/site/Public/assets/style.css"))
    }

    /// Runs the binary with standard output and standard error on one pipe, as
    /// `openings check 2>&1 | cat` or a CI log does; returns the bytes in arrival order.
    static func runCombined(_ arguments: [String], in directory: String) throws -> (status: Int32, output: [UInt8]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": "1795824000"]) { _, new in new }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, [UInt8](data))
    }

    @Test func findingsAndSummaryShareAPipeInWholeLines() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.copySite(to: folder, fixture: "minimal")
        // 40 postings with at least three findings each (a misspelt workplace, a date that
        // does not exist, an unknown key), non-ASCII in each of their lines (file names,
        // quoted values): far more than a stdio buffer, so a summary written while
        // findings sit in a buffer would land inside one.
        for number in 1...40 {
            let text = "---\ntitle: Ingeniería \(number)\nid: ENG-\(100 + number)\ndepartment: Engineering\nworkplace: remöte\n"
                + "posted: 2026-02-30\nüberschrift: Straße\n---\nCafé.\n"
            try text.write(toFile: folder + "/site/Content/jobs/café-zürich-\(String(format: "%02d", number)).md", atomically: true,
                           encoding: .utf8)
        }
        let combined = try Self.runCombined(["check", "--site", "site"], in: folder)
        #expect(combined.status == 1)
        let text = try #require(String(bytes: combined.output, encoding: .utf8), "valid UTF-8: no character split")
        #expect(text.hasSuffix("\n"))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.removeLast() == "")
        let summary = lines.removeLast()

        // Every other line is one whole finding, each once, sorted by file, line and column.
        let pattern = #/^(site/Content/[^:]+):(\d+):(\d+): (error|warning|note): .+$/#
        var keys: [(String, Int, Int)] = []
        var severities: [String: Int] = [:]
        for line in lines {
            guard let match = line.wholeMatch(of: pattern) else {
                Issue.record("not a whole finding: \(line)")
                continue
            }
            keys.append((String(match.1), Int(match.2)!, Int(match.3)!))
            severities[String(match.4), default: 0] += 1
        }
        #expect(lines.filter { $0.contains("café-zürich") }.count >= 120)
        #expect(summary == "\(severities["error"] ?? 0) errors, \(severities["warning"] ?? 0) warnings",
                "the summary comes last, on its own line, and counts the lines above it")
        #expect(Set(lines).count == lines.count, "each finding once")
        #expect(keys.map { "\($0)" } == keys.sorted { $0 < $1 }.map { "\($0)" })

        // The same findings as with separate streams, in the same order.
        let separate = try Self.run(["check", "--site", "site"], in: folder)
        #expect(separate.stdout.split(separator: "\n").map(String.init) == lines)
        #expect(separate.stderr == summary + "\n")
    }

    /// Ten different mistakes, one per posting, through the binary with both streams on
    /// one pipe: each is one finding, whole, in file order, and the summary comes last.
    @Test func tenMistakesTenFindings() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.copySite(to: folder, fixture: "minimal")
        let site = folder + "/site"
        let settings = try String(contentsOfFile: site + "/Content/site.yml", encoding: .utf8)
        try (settings + "language_rules: { disable: [missing-responsibilities, missing-requirements, body-length] }\n")
            .write(toFile: site + "/Content/site.yml", atomically: true, encoding: .utf8)
        let clean = try String(contentsOfFile: site + "/Content/jobs/backend-engineer.md", encoding: .utf8)
            .replacingOccurrences(of: "posted: 2026-11-01\n", with: "posted: 2026-11-01\ncloses: 2026-12-31\nbenefits: [Health]\n")
        try clean.write(toFile: site + "/Content/jobs/backend-engineer.md", atomically: true, encoding: .utf8)
        let salary = "salary: { min: 120000, max: 150000, currency: USD }\n"
        // The guidance text `openings new job` writes, as a real author would start from it.
        let scaffold = try Self.run(["new", "job", "Scaffolded", "--department", "Engineering", "--site", site])
        #expect(scaffold.status == 0, "\(scaffold.stderr)")
        let scaffoldPath = site + "/Content/jobs/scaffolded.md"
        let scaffoldText = try String(contentsOfFile: scaffoldPath, encoding: .utf8)
        try FileManager.default.removeItem(atPath: scaffoldPath)
        let guidance = String(scaffoldText[scaffoldText.range(of: "---\n", options: .backwards)!.upperBound...])
        let mistakes: [(String, [(String, String)], String?)] = [
            ("a-place", [("workplace: remote\nremote_countries: [US, CA]\n", "workplace: onsite\nlocations: Springfield\n"), (salary, "")], nil),
            ("b-salary", [("min: 120000", "min: 190000")], nil),
            ("c-comma", [("min: 120000", "min: 120,000")], nil),
            ("d-tab", [("remote_countries: [US, CA]", "remote_countries:\n\t- US")], nil),
            ("e-quotes", [("title: Backend Engineer", "title: “Backend Engineer”")], nil),
            ("f-date", [("posted: 2026-11-01", "posted: 2026-1-5")], nil),
            ("g-dept", [("department: Engineering", "department: Enginering")], nil),
            ("h-link", [], "Read about our [benefits](/benfits/).\n"),
            ("i-scaffold", [], guidance),
            ("j-foreign", [("posted: 2026-11-01", "date_posted: 2026-11-01")], nil),
        ]
        for (name, replacements, body) in mistakes {
            var text = clean.replacingOccurrences(of: "id: ENG-1", with: "id: ENG-\(name)")
            for (old, new) in replacements {
                #expect(text.contains(old), "\(name): \(old)")
                text = text.replacingOccurrences(of: old, with: new)
            }
            if let body { text = String(text[..<text.range(of: "---\n", options: .backwards)!.upperBound]) + body }
            try text.write(toFile: site + "/Content/jobs/\(name).md", atomically: true, encoding: .utf8)
        }
        let combined = try Self.runCombined(["check", "--site", "site"], in: folder)
        #expect(combined.status == 1)
        let output = try #require(String(bytes: combined.output, encoding: .utf8))
        #expect(output.split(separator: "\n").map(String.init) == [
            "site/Content/jobs/a-place.md:6:1: error: the pay-transparency rules cannot read the place `Springfield`, so they cannot tell whether a law requires a pay range; write it as `locations: [{ city: …, region: …, country: … }]`, or add a salary [unreadable-place]",
            "site/Content/jobs/b-salary.md:10:16: error: `min` (190000) is greater than `max` (150000); swap the two numbers",
            "site/Content/jobs/c-comma.md:10:16: error: `min: 120,000` has a thousands separator; inside `{ … }` the comma ends the value, so YAML reads 120; write `min: 120000`, without separators",
            "site/Content/jobs/d-tab.md:7:1: error: a tab character here: YAML indents and separates with spaces only; replace the tab with spaces (most editors can insert spaces for the Tab key)",
            "site/Content/jobs/e-quotes.md:2:8: warning: `title` is wrapped in curly quotes (“…”), which YAML keeps as part of the text; use straight quotes \"…\" or none; the curly quotes are left out of the page",
            "site/Content/jobs/f-date.md:7:9: warning: `posted` is written `2026-1-5`; dates are written YYYY-MM-DD; write `2026-01-05`",
            "site/Content/jobs/g-dept.md:4:1: error: no How We Interview process for department `Enginering`, and site.yml sets `interview_required: true`; did you mean `Engineering`? Otherwise add `interview: <name>`, or list `Enginering` under `departments:` in a file in Content/interview/ [interview-process]",
            "site/Content/jobs/h-link.md:14:16: error: link target `/benfits/` does not exist in the site",
            "site/Content/jobs/i-scaffold.md:14:1: error: the guidance text of `openings new job` is still here (15 lines, from this one): “One or two paragraphs that tell candidates what the team …”; replace it with what candidates should know about this job [placeholder-text]",
            "site/Content/jobs/j-foreign.md:7:1: error: `date_posted` is not an Openings field, so its value is not used; write it as `posted: 2026-11-01`",
            "8 errors, 2 warnings",
        ])
    }

    @Test func notASite() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try Self.run(["build", "--site", folder])
        #expect(run.status == 1)
        #expect(run.stderr.contains("Content/site.yml:1:1: error: no Content/site.yml"))
    }
}
