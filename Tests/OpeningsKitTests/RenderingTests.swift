import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import OpeningsKit

/// The pipeline end to end, in process, on temporary sites: the bytes written.
@Suite struct RenderingTests {
    static let hostile = #"</script><script>alert("x")</script> & 'q' <b>"#

    static func site(_ extra: [String: String] = [:]) throws -> TestSite {
        var files: [String: String] = [
            "Content/jobs/remote.md": TestSite.validJob,
            "Content/jobs/onsite.md": TestSite.job("""
                title: Office Manager
                id: OPS-1
                department: Engineering
                level: Senior
                employment_type: part_time
                workplace: onsite
                locations: [{ city: Denver, region: CO, country: US }]
                posted: 2026-10-01
                closes: 2027-01-31
                salary: { band: ops-l2 }
                benefits: [Health, Dental]

                """, body: "## About\n\nYou'll *run* the office. [Benefits](/benefits/)\n"),
            "Content/jobs/closed.md": TestSite.job("""
                title: Closed Role
                id: ENG-9
                department: Engineering
                workplace: remote
                posted: 2026-09-01
                closes: 2026-11-27

                """),
            "Content/jobs/draft.md": TestSite.job("""
                title: Draft Role
                id: ENG-8
                department: Engineering
                workplace: remote
                posted: 2026-11-01
                draft: true

                """),
            "Content/bands.yml": "ops-l2: { min: 30, max: 40.5, currency: USD, period: hour, label: \"Ops L2\" }\n",
            "Content/pages/benefits.md": "---\ntitle: Benefits\n---\nWe offer **good** benefits.\n",
        ]
        files.merge(extra) { _, new in new }
        return try TestSite(files)
    }

    @Test func buildsEveryOutputFile() throws {
        let site = try Self.site()
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded, "\(site.lines(report.diagnostics))")
        for path in ["index.html", "jobs/remote/index.html", "jobs/onsite/index.html",
                     "jobs/closed/index.html", "departments/engineering/index.html", "workplaces/remote/index.html",
                     "locations/denver-co-us/index.html", "benefits/index.html", "jobs.json", "feed.xml", "sitemap.xml",
                     "robots.txt", "404.html", "assets/style.css"] {
            #expect(site.read("Public/" + path) != nil, "missing \(path)")
        }
        let job = try #require(site.read("Public/jobs/onsite/index.html"))
        #expect(job.contains("$30.00 – $40.50 USD per hour"))
        #expect(job.contains("Ops L2"))
        #expect(job.contains("How We Interview"))
        #expect(job.contains("Recruiter call"))
        #expect(job.contains("https://jobs.acme.example/apply?req=OPS-1"))
        #expect(job.contains("<link rel=\"canonical\" href=\"https://careers.acme.example/jobs/onsite/\">"))
        #expect(job.contains("You’ll <em>run</em> the office."), "smart punctuation")
        #expect(job.contains("og:title"))
    }

    @Test func jobPostingJSONLD() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let html = try #require(site.read("Public/jobs/onsite/index.html"))
        let json = try #require(Self.jsonLD(in: html))
        #expect(json["@type"] as? String == "JobPosting")
        #expect(json["title"] as? String == "Office Manager")
        #expect(json["datePosted"] as? String == "2026-10-01")
        #expect(json["validThrough"] as? String == "2027-01-31T23:59:59")
        #expect(json["employmentType"] as? String == "PART_TIME")
        #expect(json["directApply"] as? Bool == false)
        #expect((json["description"] as? String)?.contains("<em>run</em>") == true)
        let salary = try #require(json["baseSalary"] as? [String: Any])
        #expect(salary["currency"] as? String == "USD")
        let value = try #require(salary["value"] as? [String: Any])
        #expect(value["minValue"] as? Double == 30)
        #expect(value["maxValue"] as? Double == 40.5)
        #expect(value["unitText"] as? String == "HOUR")
        let place = try #require(json["jobLocation"] as? [String: Any])
        let address = try #require(place["address"] as? [String: Any])
        #expect(address["@type"] as? String == "PostalAddress")
        #expect(address["addressLocality"] as? String == "Denver")
        #expect(address["addressRegion"] as? String == "CO")
        #expect(address["addressCountry"] as? String == "US")
        #expect((json["identifier"] as? [String: Any])?["value"] as? String == "OPS-1")
        #expect((json["hiringOrganization"] as? [String: Any])?["name"] as? String == "Acme Corp")

        let remoteHTML = try #require(site.read("Public/jobs/remote/index.html"))
        let remote = try #require(Self.jsonLD(in: remoteHTML))
        #expect(remote["jobLocationType"] as? String == "TELECOMMUTE")
        #expect(remote["jobLocation"] == nil)
        let requirement = try #require(remote["applicantLocationRequirements"] as? [String: Any])
        #expect(requirement["@type"] as? String == "Country")
        #expect(requirement["name"] as? String == "US")
        let index = try #require(site.read("Public/index.html"))
        #expect(Self.jsonLD(in: index) == nil, "no JobPosting on listings")
    }

    @Test func closedAndDraftJobs() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let closed = try #require(site.read("Public/jobs/closed/index.html"))
        #expect(closed.contains("no longer accepting applications"))
        #expect(closed.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(!closed.contains("application/ld+json"))
        #expect(!closed.contains("apply?req=ENG-9"))
        #expect(site.read("Public/jobs/draft/index.html") == nil)
        for path in ["index.html", "jobs.json", "feed.xml", "sitemap.xml", "departments/engineering/index.html"] {
            let text = try #require(site.read("Public/" + path))
            #expect(!text.contains("Closed Role") && !text.contains("jobs/closed/"), "\(path) lists the closed job")
            #expect(!text.contains("Draft Role"), "\(path) lists the draft")
        }
        let withDrafts = site.build(drafts: true)
        #expect(withDrafts.succeeded)
        let draft = try #require(site.read("Public/jobs/draft/index.html"))
        #expect(draft.contains("noindex"))
        #expect(!(site.read("Public/index.html") ?? "").contains("Draft Role"))
    }

    @Test func hostileValuesAreEscapedEverywhere() throws {
        let hostileJob = TestSite.job("""
            title: '\(Self.hostile.replacingOccurrences(of: "'", with: "''"))'
            id: 'X-1"><script>'
            department: '<i>Eng</i>'
            level: '" onmouseover="alert(1)'
            workplace: onsite
            locations: [{ city: '<img src=x onerror=alert(1)>', country: US }]
            posted: 2026-11-01
            tags: ['</script>']
            benefits: ['<script>alert(1)</script>']
            interview: engineering

            """, body: "<script>alert('body')</script>\n\n[x](javascript:alert(1))\n")
        let site = try Self.site(["Content/jobs/hostile.md": hostileJob.replacingOccurrences(of: "[x](javascript:alert(1))", with: "[x](https://ok.example)")])
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded, "\(site.lines(report.diagnostics))")
        for path in ["jobs/hostile/index.html", "index.html", "departments/i-eng-i/index.html", "locations/img-src-x-onerror-alert-1-us/index.html"] {
            let html = try #require(site.read("Public/" + path), "\(path)")
            #expect(!html.contains("<script>alert"), "\(path) has a live script")
            #expect(!html.contains("<img src=x"), "\(path) has a live img")
            #expect(!html.contains("<i>Eng</i>"), "\(path) has live markup from a name")
            #expect(!html.contains("\" onmouseover=\"alert"), "\(path) breaks out of an attribute")
        }
        let page = try #require(site.read("Public/jobs/hostile/index.html"))
        #expect(page.contains("&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(page.contains("<!-- raw HTML omitted -->"))
        // Inside JSON-LD the title is JSON-escaped and cannot close the element.
        let scriptBody = try #require(Self.scriptBody(in: page))
        #expect(!scriptBody.contains("</"))
        #expect(scriptBody.contains(#"\u003c/script\u003e"#))
        let json = try #require(site.read("Public/jobs.json"))
        #expect(!json.contains("<") && !json.contains(">"))
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
        let feed = try #require(site.read("Public/feed.xml"))
        #expect(!feed.contains("<script") && feed.contains("&lt;/script&gt;"))
        #expect(XMLParser(data: Data(feed.utf8)).parse(), "feed is well-formed XML")
        let sitemap = try #require(site.read("Public/sitemap.xml"))
        #expect(XMLParser(data: Data(sitemap.utf8)).parse())
    }

    @Test func failedBuildLeavesPreviousOutputUntouched() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let before = try #require(site.read("Public/index.html"))
        try site.write("Content/jobs/broken.md", Data("---\ntitle: Broken\n".utf8))
        let report = site.build()
        #expect(!report.succeeded)
        #expect(report.filesWritten == nil)
        #expect(site.read("Public/index.html") == before)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root)
        #expect(siblings.allSatisfy { !$0.contains("openings-") }, "staging folder left behind: \(siblings)")
    }

    @Test func staleFilesDisappearAndDotFilesStay() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(site.build().succeeded)
        try site.write("Public/.gitkeep", Data())
        try site.write("Public/stale.html", Data("old".utf8))
        try FileManager.default.removeItem(atPath: site.root + "/Content/jobs/onsite.md")
        #expect(site.build().succeeded)
        #expect(site.read("Public/stale.html") == nil)
        #expect(site.read("Public/jobs/onsite/index.html") == nil)
        #expect(site.read("Public/.gitkeep") == "")
    }

    /// Found while replacing NSString's path functions: `deletingLastPathComponent` of a
    /// one-character name (`a`) traps in this toolchain's Foundation, so a page named
    /// `a.md` crashed the build as its folder was written.
    @Test func aPageWithAOneCharacterNameIsWritten() throws {
        let site = try TestSite(["Content/jobs/backend.md": TestSite.validJob,
                                 "Content/pages/a.md": "---\ntitle: About us\n---\nWho we are.\n"])
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded, "\(site.lines(report.diagnostics))")
        #expect(site.read("Public/a/index.html")?.contains("Who we are.") == true)
    }

    @Test func unchangedFilesKeepTheirModificationTime() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        // Pages, and documents written part by part (the sitemap, jobs.json).
        for path in ["Public/jobs/remote/index.html", "Public/jobs/onsite/index.html", "Public/sitemap.xml", "Public/jobs.json"] {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: site.root + "/" + path)
        }
        try site.write("Content/jobs/onsite.md", Data(try #require(site.read("Content/jobs/onsite.md"))
            .replacingOccurrences(of: "run* the office", with: "run* the whole office").utf8))
        #expect(site.build().succeeded)
        func modified(_ path: String) throws -> Date? {
            try FileManager.default.attributesOfItem(atPath: site.root + "/" + path)[.modificationDate] as? Date
        }
        #expect(try modified("Public/jobs/remote/index.html") == old, "same bytes: the old file is kept")
        #expect(try modified("Public/jobs/onsite/index.html") != old, "new bytes: written again")
        #expect(site.read("Public/jobs/onsite/index.html")?.contains("the whole office") == true)
        #expect(try modified("Public/sitemap.xml") == old, "same parts: the old document is kept")
        #expect(try modified("Public/jobs.json") == old, "same parts: the old document is kept")
        // A title is in jobs.json: the document is written again, part by part.
        try site.write("Content/jobs/onsite.md", Data(try #require(site.read("Content/jobs/onsite.md"))
            .replacingOccurrences(of: "title: Office Manager", with: "title: Office Lead").utf8))
        #expect(site.build().succeeded)
        #expect(try modified("Public/jobs.json") != old, "a part changed: written again")
        let json = try #require(site.read("Public/jobs.json"))
        #expect(json.contains("\"Office Lead\"") && !json.contains("Office Manager"))
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
    }

    @Test func refusesToReplaceAForeignFolder() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.write("Other/notes.txt", Data("mine".utf8))
        let report = site.build(output: site.root + "/Other")
        #expect(report.failure?.contains("does not look like an Openings build") == true)
        #expect(site.read("Other/notes.txt") == "mine")
        #expect(site.build(output: site.root).failure?.contains("contains the site itself") == true)
        #expect(FileManager.default.fileExists(atPath: site.root + "/Content/site.yml"))
    }

    @Test func buildsAreByteIdentical() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(site.build(output: site.root + "/A").succeeded)
        #expect(site.build(output: site.root + "/B").succeeded)
        let a = try Self.tree(site.root + "/A"), b = try Self.tree(site.root + "/B")
        #expect(a.count > 10)
        #expect(a == b)
    }

    /// A written build frees each posting's text and HTML as soon as it is used and
    /// streams jobs.json; the preview session keeps everything. Same bytes either way.
    @Test func streamingBuildWritesWhatTheSessionRenders() throws {
        let site = try Self.site(["Content/jobs/crlf.md": TestSite.job("""
            title: Windows Editor
            id: ENG-7
            department: Engineering
            workplace: remote
            posted: 2026-11-02

            """, body: "## What you'll do\r\n\r\n- Ship **things**\r\n").replacingOccurrences(of: "\n", with: "\r\n")])
        defer { site.remove() }
        #expect(site.build(output: site.root + "/Built").succeeded)
        let written = try Self.tree(site.root + "/Built")
        let session = BuildSession(options: site.options()).build()
        let files = try #require(session.files)
        #expect(files.count == written.count)
        for file in files {
            let bytes: Data
            switch file.contents {
            case .text(let text): bytes = Data(text.utf8)
            case .deflated(let page): bytes = Data(page.text.utf8)
            case .parts(let parts): bytes = Data(parts.joined().utf8)
            case .bytes(let raw), .utf8(let raw): bytes = Data(raw)
            case .copy(let path): bytes = try #require(FileManager.default.contents(atPath: path))
            case .written: Issue.record("\(file.path) not in memory"); continue
            }
            #expect(written[file.path] == bytes, "\(file.path) differs")
        }
        let page = String(decoding: try #require(written["jobs/crlf/index.html"]), as: UTF8.self)
        #expect(page.contains("<li>Ship <strong>things</strong></li>"))
        #expect(String(decoding: try #require(written["jobs.json"]), as: UTF8.self).contains("\"count\": 3,"))
    }

    /// Every listing page carries the filter lists; with a place per posting the index
    /// would list every place. A page shows the 50 places with the most of its jobs and
    /// its own, and only places its jobs are in.
    @Test func filterListsStayBoundedWithManyPlaces() throws {
        var files: [String: String] = [:]
        for number in 1...60 {
            // Two jobs in Town 1, one in every other town: Town 1 ranks first.
            for copy in number == 1 ? [1, 2] : [1] {
                files["Content/jobs/job-\(number)-\(copy).md"] = TestSite.job("""
                    title: Clerk \(number)-\(copy)
                    id: OPS-\(number)-\(copy)
                    department: Engineering
                    workplace: onsite
                    locations: [{ city: Town \(String(format: "%02d", number)), country: US }]
                    posted: 2026-11-01

                    """)
            }
        }
        let site = try TestSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded, "\(site.lines(report.diagnostics))")
        func chips(_ path: String) throws -> [String] {
            let html = try #require(site.read("Public/" + path))
            return html.components(separatedBy: "href=\"/locations/").dropFirst().map { String($0.prefix { $0 != "/" }) }
        }
        let index = try chips("index.html")
        #expect(index.count == 50)
        #expect(index.first == "town-01-us")
        #expect(!index.contains("town-60-us"), "the last place by count and name is left out")
        let own = try #require(site.read("Public/locations/town-60-us/index.html"))
        let ownChips = try chips("locations/town-60-us/index.html")
        #expect(ownChips == ["town-60-us"], "its one job is in no other place")
        #expect(own.contains("href=\"/locations/town-60-us/\" aria-current=\"page\""))
    }

    /// Past the protocol's 50,000 URLs per file, sitemap.xml becomes an index of numbered
    /// sitemaps (tested with a limit of 2).
    @Test func bigSitemapsAreSplit() throws {
        let site = try Self.site()
        defer { site.remove() }
        let loaded = try #require(SiteLoader(siteFolder: site.root, gitDates: false).load().site)
        let resolved = SiteResolver(loaded, buildDate: TestSite.buildDate, includeDrafts: false).resolve(site: loaded, baseURL: nil).0
        let listed = resolved.jobs.indices.filter { resolved.jobs[$0].isListed }
        let paths = ["", "departments/engineering/"]
        let single = Sitemap.make(resolved, listed: listed, listingPaths: paths)
        #expect(single.map(\.path) == ["sitemap.xml"])
        let urls = (single[0].text ?? "").components(separatedBy: "<url>").count - 1
        #expect(urls == 5, "two listings, two open jobs, one page")
        let split = Sitemap.make(resolved, listed: listed, listingPaths: paths, maximumURLs: 2)
        #expect(split.map(\.path) == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"])
        #expect(split[0].text?.contains("<sitemapindex") == true)
        #expect(split[0].text?.contains("<loc>https://careers.acme.example/sitemap-3.xml</loc>") == true)
        #expect(split.dropFirst().map { ($0.text ?? "").components(separatedBy: "<url>").count - 1 } == [2, 2, 1])
        #expect(split.dropFirst().compactMap(\.text).joined().components(separatedBy: "<url>").count - 1 == urls)
    }

    @Test func unchangedInputsSkipTheBuild() throws {
        func job(_ title: String, body: String) -> String {
            TestSite.job("""
                title: \(title)
                id: DATA-9
                department: Engineering
                employment_type: full_time
                workplace: onsite
                locations: [{ city: Denver, region: CO, country: US }]
                posted: 2026-10-01

                """, body: body)
        }
        let site = try Self.site(["Content/jobs/short.md": job("Data Analyst", body: "We want a coding ninja.\n")])
        defer { site.remove() }
        let first = site.build()
        #expect(first.succeeded && !first.upToDate && (first.filesWritten ?? 0) > 10, "\(site.lines(first.diagnostics))")
        // The build record is in the site's own hidden folder, one per output folder.
        let records = try FileManager.default.contentsOfDirectory(atPath: site.root + "/.openings")
        #expect(records.count == 1 && records[0].hasPrefix("build-") && records[0].hasSuffix(".json"), "\(records)")

        // Nothing changed: nothing written, and the same findings reported again.
        let second = site.build()
        #expect(second.upToDate && second.filesWritten == 0)
        #expect(site.lines(second.diagnostics) == site.lines(first.diagnostics))
        #expect(!first.diagnostics.isEmpty, "\(site.lines(first.diagnostics))")

        // A damaged output is rebuilt even though the inputs are the same.
        try site.write("Public/index.html", Data("tampered".utf8))
        let repaired = site.build()
        #expect(!repaired.upToDate && repaired.succeeded)
        #expect(site.read("Public/index.html")?.contains("Data Analyst") == true)
        try FileManager.default.removeItem(atPath: site.root + "/Public/jobs/short/index.html")
        #expect(!site.build().upToDate)
        #expect(site.read("Public/jobs/short/index.html") != nil)

        // Content, theme and option changes all rebuild.
        try site.write("Content/jobs/short.md", Data(job("Senior Data Analyst", body: "Short.\n").utf8))
        #expect(!site.build().upToDate)
        #expect(site.read("Public/jobs/short/index.html")?.contains("Senior Data Analyst") == true)
        #expect(site.build().upToDate)
        try site.write("Themes/unused/theme.yml", Data("extends: default\n".utf8))
        #expect(!site.build().upToDate)
        #expect(site.build().upToDate)
        #expect(!site.build(drafts: true).upToDate)
        var forced = site.options(drafts: true)
        forced.skipIfUnchanged = false
        #expect(!BuildPipeline.build(forced).upToDate)
        // `--force` rebuilds and records what it built: the next build has nothing to do.
        #expect(site.build(drafts: true).upToDate)
    }

    /// `--output` elsewhere: the build writes that folder and the site's own hidden
    /// folder, and nothing beside either (the parent folder lists the same before and after).
    @Test func buildOutsideTheSiteWritesNothingElse() throws {
        let site = try Self.site()
        defer { site.remove() }
        let parent = site.root + "-www"
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try Data("keep".utf8).write(to: URL(fileURLWithPath: parent + "/other.txt"))
        let siteParent = (site.root as NSString).deletingLastPathComponent
        let siteParentBefore = Set(try FileManager.default.contentsOfDirectory(atPath: siteParent))
        let before = try FileManager.default.contentsOfDirectory(atPath: parent).sorted()
        let siteBefore = try FileManager.default.contentsOfDirectory(atPath: site.root).sorted()
        #expect(site.build(output: parent + "/careers").succeeded)
        #expect(site.build(output: parent + "/careers").upToDate)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).sorted() == (before + ["careers"]).sorted())
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root).sorted() == (siteBefore + [".openings"]).sorted())
        // Nothing new beside the site either (other tests' folders come and go there, so
        // only names of this site and its output are checked).
        let added = Set(try FileManager.default.contentsOfDirectory(atPath: siteParent)).subtracting(siteParentBefore)
        let name = (site.root as NSString).lastPathComponent
        #expect(added.filter { $0.contains(name) }.isEmpty, "\(added)")
    }

    @Test func subPathBaseURL() throws {
        let site = try Self.site(["Content/site.yml": TestSite.siteYML.replacingOccurrences(
            of: "https://careers.acme.example/", with: "https://acme.example/careers/")])
        defer { site.remove() }
        #expect(site.build().succeeded)
        let index = try #require(site.read("Public/index.html"))
        #expect(index.contains("href=\"/careers/jobs/onsite/\""))
        #expect(index.contains("/careers/assets/style.css"))
        #expect(try #require(site.read("Public/sitemap.xml")).contains("<loc>https://acme.example/careers/jobs/onsite/</loc>"))
    }

    static func tree(_ root: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = FileManager.default.contents(atPath: root + "/" + path)
            }
        }
        return result
    }

    static func scriptBody(in html: String) -> String? {
        guard let start = html.range(of: "<script type=\"application/ld+json\">"),
              let end = html.range(of: "</script>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    static func jsonLD(in html: String) -> [String: Any]? {
        guard let body = scriptBody(in: html) else { return nil }
        return (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]
    }
}

/// The compressed pages a preview keeps (`DeflatedText`) give their text back exactly.
@Suite struct DeflatedTextTests {
    @Test(arguments: ["", "a", "<p>Grüße, 😀 — \u{0}</p>\n", String(repeating: "<li>Same line</li>\n", count: 5_000)])
    func theTextComesBackByteForByte(_ text: String) {
        let deflated = DeflatedText(text)
        #expect(deflated.text == text)
        #expect(deflated.count == text.utf8.count)
        #expect(deflated == DeflatedText(text), "the same text, the same bytes")
        #expect(deflated != DeflatedText(text + " "))
    }

    /// A page of one theme is mostly its chrome: kept compressed it takes a fraction of its size.
    @Test func aRepetitivePageShrinks() {
        let text = String(repeating: "<li><a href=\"/jobs/x/\">Backend Engineer</a></li>\n", count: 500)
        #expect(DeflatedText(text).bytes.count * 10 < text.utf8.count)
        // What is kept is what it takes: zlib's worst-case buffer is not held on to
        // (it held four times the compressed bytes of every page a preview kept).
        #expect(DeflatedText(text).bytes.capacity * 10 < text.utf8.count)
    }

    /// What a preview keeps for its whole life is copied at its size (`String.compacted`):
    /// the same text, byte for byte, whatever it holds.
    @Test(arguments: ["", "short", "<p>Grüße, 😀 — \u{0}</p>\n", String(repeating: "<li>Posting</li>\n", count: 3_000)])
    func aCompactedTextIsTheSameText(_ text: String) {
        var built = ""
        for character in text { built.append(character) }
        #expect(Array(built.compacted().utf8) == Array(text.utf8))
    }
}

