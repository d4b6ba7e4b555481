import Foundation
import OpeningsKit
@testable import OpeningsServer
import Synchronization
import Testing

/// `openings serve` over real HTTP on an ephemeral loopback port: what a browser
/// gets, what an attacker cannot get, and what an open tab hears when files change.
@Suite(.serialized) struct PreviewServerTests {
    static let secret = "SECRET-OUTSIDE-THE-SITE-7f3a"

    static let job = """
        ---
        title: Backend Engineer
        id: ENG-1
        department: Engineering
        workplace: remote
        remote_countries: [US, CA]
        vacancy: existing
        ai_screening: false
        posted: 2026-11-01
        salary: { min: 120000, max: 150000, currency: USD }
        ---
        Build the **scheduling** service.

        """

    /// A small site with a theme whose assets include a symlink to a file outside the site.
    static func makeSite(job: String = job) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("openings-serve-\(UUID().uuidString)").path
        let files = [
            "Content/site.yml": """
                title: Minimal Careers
                base_url: https://careers.minimal.example/
                organization: { name: Minimal Inc }
                apply_url: "mailto:jobs@minimal.example?subject={id}"
                theme: custom
                pay_transparency: off

                """,
            "Content/interview/engineering.md": """
                ---
                title: How We Interview — Engineering
                departments: [Engineering]
                stages:
                  - { name: Intro call, duration: 30 minutes }
                ---
                We keep it short.

                """,
            "Content/jobs/backend-engineer.md": job,
            "Themes/custom/theme.yml": "extends: default\n",
            "Themes/custom/assets/extra.css": "body { color: black; }\n",
        ]
        for (path, text) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let outside = root + "-outside.txt"
        try Data(secret.utf8).write(to: URL(fileURLWithPath: outside))
        try FileManager.default.createSymbolicLink(atPath: root + "/Themes/custom/assets/leak.txt", withDestinationPath: outside)
        return root
    }

    static func remove(_ root: String) {
        try? FileManager.default.removeItem(atPath: root)
        try? FileManager.default.removeItem(atPath: root + "-outside.txt")
    }

    /// Blocking socket work runs on a Dispatch thread, never on Swift's few cooperative threads.
    static func io<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }

    static func withServer(job: String = job, _ body: (String, Int) async throws -> Void) async throws {
        let root = try makeSite(job: job)
        defer { remove(root) }
        let server = PreviewServer(options: .init(siteFolder: root, port: 0, buildDate: CalendarDate(year: 2026, month: 11, day: 28)!),
                                   log: { _ in })
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = await server.makeApplication { port in continuation.yield(port) }
        let task = Task { try await app.runService() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        #expect(port > 0)
        do {
            try await body(root, port)
        } catch {
            task.cancel()
            throw error
        }
        task.cancel()
        _ = await task.result
    }

    @Test func servesPagesAndAssetsWithTypes() async throws {
        try await Self.withServer { _, port in
            let http = RawHTTP(port: port)
            let index = try await Self.io { try http.request("/") }
            #expect(index.status == 200)
            #expect(index.headers["content-type"] == "text/html; charset=utf-8")
            #expect(index.text.contains("Backend Engineer"))
            #expect(index.text.contains("/_openings/live.js"), "the live-reload script is injected while serving")

            let css = try await Self.io { try http.request("/assets/style.css") }
            #expect(css.status == 200)
            #expect(css.headers["content-type"] == "text/css; charset=utf-8")
            #expect(try await Self.io { try http.request("/assets/extra.css") }.text.contains("color: black"))

            // Documents the session keeps as pieces are served whole.
            let json = try await Self.io { try http.request("/jobs.json") }
            #expect(json.headers["content-type"] == "application/json; charset=utf-8")
            #expect(json.headers["content-length"] == String(json.text.utf8.count))
            let parsed = try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any]
            #expect((parsed?["jobs"] as? [[String: Any]])?.first?["title"] as? String == "Backend Engineer")
            let feed = try await Self.io { try http.request("/feed.xml") }
            #expect(feed.status == 200)
            #expect(feed.headers["content-type"]?.contains("xml") == true)
            #expect(feed.text.hasPrefix("<?xml") && feed.text.contains("Backend Engineer") && feed.text.hasSuffix("</feed>\n"))
            // A listing page other than the home page is kept compressed, and served with the script.
            let department = try await Self.io { try http.request("/departments/engineering/") }
            #expect(department.status == 200)
            #expect(department.text.contains("Backend Engineer") && department.text.contains("/_openings/live.js"))

            let redirect = try await Self.io { try http.request("/jobs/backend-engineer") }
            #expect(redirect.status == 301)
            #expect(redirect.headers["location"]?.hasSuffix("/jobs/backend-engineer/") == true)
            let page = try await Self.io { try http.request("/jobs/backend-engineer/") }
            #expect(page.status == 200)
            #expect(page.text.contains("How We Interview"))
        }
    }

    @Test func unknownPathsGetTheThemes404Page() async throws {
        try await Self.withServer { _, port in
            let response = try await Self.io { try RawHTTP(port: port).request("/no/such/page/") }
            #expect(response.status == 404)
            #expect(response.headers["content-type"] == "text/html; charset=utf-8")
            #expect(response.text.contains("Page not found"))
        }
    }

    @Test func traversalNeverLeaksAFile() async throws {
        try await Self.withServer { root, port in
            let http = RawHTTP(port: port)
            let attempts = [
                "/../Content/site.yml", "/../../../../etc/passwd", "/assets/../../Content/site.yml",
                "/%2e%2e/Content/site.yml", "/%2E%2E/%2E%2E/etc/passwd", "/assets/%2e%2e%2f%2e%2e%2fContent%2fsite.yml",
                "/%252e%252e/Content/site.yml", "/%252e%252e%252fContent%252fsite.yml",
                "/assets/leak.txt", "/Content/site.yml", "/Themes/custom/assets/leak.txt",
                "/..%5c..%5cContent%5csite.yml", "/" + root + "/Content/site.yml", "//etc/passwd",
            ]
            for path in attempts {
                let response = try await Self.io { try http.request(path) }
                #expect([400, 404].contains(response.status), "\(path) → \(response.status)")
                #expect(!response.text.contains(Self.secret), "\(path) leaked the file outside the site")
                #expect(!response.text.contains("base_url"), "\(path) leaked site.yml")
                #expect(!response.text.contains("root:x:0"), "\(path) leaked /etc/passwd")
            }
        }
    }

    @Test func headRangeAndConditionalRequests() async throws {
        try await Self.withServer { _, port in
            let http = RawHTTP(port: port)
            let full = try await Self.io { try http.request("/robots.txt") }
            #expect(full.status == 200)
            let head = try await Self.io { try http.request("/robots.txt", method: "HEAD") }
            #expect(head.status == 200)
            #expect(head.headers["content-length"] == String(full.body.count))
            #expect(head.body.isEmpty)

            let range = try await Self.io { try http.request("/robots.txt", headers: ["Range": "bytes=0-9"]) }
            #expect(range.status == 206)
            #expect(range.body == Array(full.body[0..<10]))
            #expect(range.headers["content-range"] == "bytes 0-9/\(full.body.count)")

            let etag = try #require(full.headers["etag"])
            let cached = try await Self.io { try http.request("/robots.txt", headers: ["If-None-Match": etag]) }
            #expect(cached.status == 304)
        }
    }

    @Test func anEditReloadsOpenTabsAndChangesThePage() async throws {
        try await Self.withServer { root, port in
            let events = try RawHTTP.Events(port: port)
            #expect(try await Self.io { events.wait(for: ": connected") } != nil)
            let edited = Self.job.replacingOccurrences(of: "title: Backend Engineer", with: "title: Platform Engineer")
            try Data(edited.utf8).write(to: URL(fileURLWithPath: root + "/Content/jobs/backend-engineer.md"))
            #expect(try await Self.io { events.wait(for: "event: reload") } != nil)
            let page = try await Self.io { try RawHTTP(port: port).request("/jobs/backend-engineer/") }
            #expect(page.text.contains("Platform Engineer"))
            #expect(!page.text.contains("Backend Engineer"))
        }
    }

    /// A save between the first build and the watcher's start (an author who saves
    /// the moment serve prints its first line) is not lost: watching starts before
    /// the first build, so the save is a change like any other.
    @Test func aSaveRightAfterTheFirstBuildIsSeen() async throws {
        let root = try Self.makeSite()
        defer { Self.remove(root) }
        let lines = Mutex<[String]>([])
        let server = PreviewServer(options: .init(siteFolder: root, port: 0, buildDate: CalendarDate(year: 2026, month: 11, day: 28)!),
                                   log: { line in lines.withLock { $0.append(line) } })
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = await server.makeApplication { port in continuation.yield(port) }
        #expect(lines.withLock { $0.first?.hasPrefix("initial build: rendered") } == true)
        let edited = Self.job.replacingOccurrences(of: "title: Backend Engineer", with: "title: Early Save Engineer")
        try Data(edited.utf8).write(to: URL(fileURLWithPath: root + "/Content/jobs/backend-engineer.md"))
        // Later than the debounce and the poller's look: only a watcher that was already on sees this.
        try await Task.sleep(for: .milliseconds(400))
        let task = Task { try await app.runService() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        var page = ""
        for _ in 0..<100 {
            page = try await Self.io { try RawHTTP(port: port).request("/jobs/backend-engineer/") }.text
            if page.contains("Early Save Engineer") { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(page.contains("Early Save Engineer"), "\(lines.withLock { $0 })")
        task.cancel()
        _ = await task.result
    }

    @Test func aBrokenEditShowsProblemsKeepsTheLastGoodSiteAndRecovers() async throws {
        try await Self.withServer { root, port in
            let events = try RawHTTP.Events(port: port)
            #expect(try await Self.io { events.wait(for: ": connected") } != nil)
            let path = root + "/Content/jobs/backend-engineer.md"
            let broken = Self.job.replacingOccurrences(of: "workplace: remote", with: "workplace: [remote")
            try Data(broken.utf8).write(to: URL(fileURLWithPath: path))
            let problems = try #require(try await Self.io { events.wait(for: "event: problems") })
            #expect(problems.contains("Content/jobs/backend-engineer.md:"), "names the file: \(problems)")
            #expect(problems.range(of: #"backend-engineer\.md:\d+:\d+: error"#, options: .regularExpression) != nil,
                    "gives line and column: \(problems)")

            let stillServed = try await Self.io { try RawHTTP(port: port).request("/jobs/backend-engineer/") }
            #expect(stillServed.status == 200)
            #expect(stillServed.text.contains("Backend Engineer"))

            // A tab opened now learns about the problems at once.
            let late = try RawHTTP.Events(port: port)
            #expect(try await Self.io { late.wait(for: "event: problems") } != nil)

            let fixed = Self.job.replacingOccurrences(of: "title: Backend Engineer", with: "title: Staff Backend Engineer")
            try Data(fixed.utf8).write(to: URL(fileURLWithPath: path))
            #expect(try await Self.io { events.wait(for: "event: reload") } != nil)
            let page = try await Self.io { try RawHTTP(port: port).request("/jobs/backend-engineer/") }
            #expect(page.text.contains("Staff Backend Engineer"))
        }
    }

    @Test func aFirstBuildThatFailsServesAPageOfProblemsThatTurnsIntoTheSite() async throws {
        let broken = Self.job.replacingOccurrences(of: "workplace: remote", with: "workplace: \"remote<\"")
        try await Self.withServer(job: broken) { root, port in
            let http = RawHTTP(port: port)
            let finding = "<li><code>\(root)/Content/jobs/backend-engineer.md:5:12</code> <strong>error</strong>: "
                + "`workplace` is `remote&lt;`, which is not one of onsite, hybrid, remote"
                + "<div class=\"hint\">did you mean `remote`?</div></li>\n"
            for path in ["/", "/jobs/backend-engineer/", "/assets/style.css"] {
                let page = try await Self.io { try http.request(path) }
                #expect(page.status == 500)
                #expect(page.headers["content-type"] == "text/html; charset=utf-8")
                #expect(page.text.hasPrefix("<!doctype html>"))
                #expect(page.text.contains("<h1>The site could not be built</h1>"))
                #expect(page.text.contains("<span id=\"openings-count\">1 problem</span>"))
                #expect(page.text.contains("<ol id=\"openings-problems\">\n" + finding + "</ol>"), "\(page.text)")
                #expect(page.text.contains(ClientScript.tag), "reloads when the build succeeds")
                #expect(!page.text.contains("`remote<`"), "escaped")
                #expect(!page.text.contains("event:") && !page.text.contains("data:"), "no raw event stream text")
                #expect(!page.text.contains("last good"), "there is no last good version")
            }
            // The tab's event stream says so too, and the overlay words depend on it.
            let events = try RawHTTP.Events(port: port)
            let problems = try #require(try await Self.io { events.wait(for: "event: problems") })
            #expect(problems.contains(#""hasSite":false"#), "\(problems)")
            #expect(problems.contains(#""hint":"did you mean `remote`?""#), "\(problems)")
            let script = try await Self.io { try http.request(ClientScript.path) }
            #expect(script.text.contains("state.hasSite\n      ? \"The last good version stays available"))

            // Fixed: the tab reloads into the site.
            try Data(Self.job.utf8).write(to: URL(fileURLWithPath: root + "/Content/jobs/backend-engineer.md"))
            #expect(try await Self.io { events.wait(for: "event: reload") } != nil)
            let site = try await Self.io { try http.request("/") }
            #expect(site.status == 200)
            #expect(site.text.contains("Backend Engineer"))

            // Broken again: now there is a last good version, and it stays served.
            try Data(broken.utf8).write(to: URL(fileURLWithPath: root + "/Content/jobs/backend-engineer.md"))
            let again = try #require(try await Self.io { events.wait(for: "event: problems") })
            #expect(again.contains(#""hasSite":true"#), "\(again)")
            #expect(try await Self.io { try http.request("/") }.status == 200)
        }
    }

    @Test func addedAndDeletedPostingsAppearAndDisappear() async throws {
        try await Self.withServer { root, port in
            let events = try RawHTTP.Events(port: port)
            #expect(try await Self.io { events.wait(for: ": connected") } != nil)
            let path = root + "/Content/jobs/platform/site-reliability-engineer.md"
            try FileManager.default.createDirectory(atPath: root + "/Content/jobs/platform", withIntermediateDirectories: true)
            let job = Self.job.replacingOccurrences(of: "title: Backend Engineer", with: "title: Site Reliability Engineer")
                .replacingOccurrences(of: "id: ENG-1", with: "id: ENG-2")
            try Data(job.utf8).write(to: URL(fileURLWithPath: path))
            #expect(try await Self.io { events.wait(for: "event: reload") } != nil)
            let page = try await Self.io { try RawHTTP(port: port).request("/jobs/site-reliability-engineer/") }
            #expect(page.status == 200)
            #expect(try await Self.io { try RawHTTP(port: port).request("/") }.text.contains("Site Reliability Engineer"))

            try FileManager.default.removeItem(atPath: path)
            #expect(try await Self.io { events.wait(for: "event: reload") } != nil)
            #expect(try await Self.io { try RawHTTP(port: port).request("/jobs/site-reliability-engineer/") }.status == 404)
            #expect(!(try await Self.io { try RawHTTP(port: port).request("/") }.text.contains("Site Reliability Engineer")))
        }
    }

    @Test func crossFileProblemsAppearAndClearAcrossRebuilds() async throws {
        try await Self.withServer { root, port in
            let events = try RawHTTP.Events(port: port)
            #expect(try await Self.io { events.wait(for: ": connected") } != nil)
            // A second posting with the first one's id: a finding about two files.
            let copy = root + "/Content/jobs/backend-engineer-copy.md"
            try Data(Self.job.utf8).write(to: URL(fileURLWithPath: copy))
            let problems = try #require(try await Self.io { events.wait(for: "event: problems") })
            #expect(problems.contains("duplicate `id` ENG-1"), "\(problems)")
            // Renaming the id clears it; an unrelated edit afterwards stays clean.
            try Data(Self.job.replacingOccurrences(of: "id: ENG-1", with: "id: ENG-7").utf8).write(to: URL(fileURLWithPath: copy))
            #expect(try await Self.io { events.wait(for: "event: reload") } != nil)
            try Data(Self.job.replacingOccurrences(of: "scheduling", with: "search").utf8)
                .write(to: URL(fileURLWithPath: root + "/Content/jobs/backend-engineer.md"))
            #expect(try await Self.io { events.wait(for: "event: reload") } != nil)
            #expect(try await Self.io { try RawHTTP(port: port).request("/jobs/backend-engineer/") }.text.contains("search"))
        }
    }

    @Test func onlyContentAndThemesAreWatched() async throws {
        try await Self.withServer { root, port in
            let events = try RawHTTP.Events(port: port)
            #expect(try await Self.io { events.wait(for: ": connected") } != nil)
            try FileManager.default.createDirectory(atPath: root + "/Public", withIntermediateDirectories: true)
            try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/Public/index.html"))
            try Data("notes".utf8).write(to: URL(fileURLWithPath: root + "/NOTES.txt"))
            #expect(try await Self.io { events.wait(for: "event: reload", seconds: 1) } == nil)
            try Data("extends: default\n".utf8).write(to: URL(fileURLWithPath: root + "/Themes/custom/theme.yml"))
            #expect(try await Self.io { events.wait(for: "event: reload") } != nil)
        }
    }

    @Test func anEditorsSaveBurstRebuildsOnce() async throws {
        try await Self.withServer { root, port in
            let events = try RawHTTP.Events(port: port)
            #expect(try await Self.io { events.wait(for: ": connected") } != nil)
            // Write a temporary file, rename it over the posting, touch it: one save.
            let path = root + "/Content/jobs/backend-engineer.md"
            let temporary = root + "/Content/jobs/.backend-engineer.md.swp"
            try Data(Self.job.replacingOccurrences(of: "scheduling", with: "billing").utf8).write(to: URL(fileURLWithPath: temporary))
            #expect(rename(temporary, path) == 0)
            try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
            #expect(try await Self.io { events.wait(for: "event: reload") } != nil)
            #expect(try await Self.io { events.wait(for: "event: reload", seconds: 1) } == nil, "one save, one rebuild")
            #expect(try await Self.io { try RawHTTP(port: port).request("/jobs/backend-engineer/") }.text.contains("billing"))
        }
    }
}
