import Foundation
import Testing
@testable import OpeningsKit

/// The filters of the listing pages, as readers get them: the bytes of built pages.
@Suite struct ListingFilterTests {
    static func job(_ name: String, department: String, workplace: String, locations: String = "",
                    remote: String = "") -> (String, String) {
        ("Content/jobs/\(name).md", TestSite.job("""
            title: \(name.capitalized) Role
            id: \(name.uppercased())
            department: \(department)
            workplace: \(workplace)
            \(locations.isEmpty ? "" : "locations: [\(locations)]")
            \(remote.isEmpty ? "" : "remote_countries: [\(remote)]")
            posted: 2026-11-01

            """))
    }

    static let denver = "{ city: Denver, region: CO, country: US }"
    static let berlin = "{ city: Berlin, country: DE }"
    static let toronto = "{ city: Toronto, region: ON, country: CA }"

    /// Engineering: two hybrid jobs (Denver from the US, Berlin from Germany), a remote
    /// one from the US and Canada, an on-site one in Denver whose `remote_countries` is
    /// ignored. Design: hybrid in Toronto, remote naming no country, on-site in Berlin.
    static let jobs: [(String, String)] = [
        job("alpha", department: "Engineering", workplace: "hybrid", locations: denver, remote: "US"),
        job("bravo", department: "Engineering", workplace: "hybrid", locations: berlin, remote: "DE"),
        job("charlie", department: "Engineering", workplace: "remote", remote: "US, CA"),
        job("delta", department: "Engineering", workplace: "onsite", locations: denver, remote: "GB"),
        job("echo", department: "Design", workplace: "hybrid", locations: toronto),
        job("foxtrot", department: "Design", workplace: "remote"),
        job("golf", department: "Design", workplace: "onsite", locations: berlin),
    ]

    /// Design has no interview process; these tests are about listings.
    static let siteYML = TestSite.siteYML.replacingOccurrences(of: "interview_required: true", with: "interview_required: false")

    static func built(_ jobs: [(String, String)] = jobs) throws -> TestSite {
        let site = try TestSite(Dictionary(uniqueKeysWithValues: jobs), siteYML: siteYML)
        let report = site.build()
        #expect(report.succeeded, "\(site.lines(report.diagnostics))")
        return site
    }

    static func page(_ site: TestSite, _ path: String) throws -> String {
        try #require(site.read("Public/" + path), "no \(path)")
    }

    /// The options of a select of the filter form, as `Label (count)`, the empty one left out.
    static func options(_ html: String, _ name: String) -> [String] {
        guard let start = html.range(of: "<select id=\"filter-\(name)\""),
              let end = html.range(of: "</select>", range: start.upperBound..<html.endIndex) else { return [] }
        return html[start.upperBound..<end.lowerBound].matches(of: /<option value="([^"]+)">([^<]*)<\/option>/).map { String($0.output.2) }
    }

    /// The links of one group of the no-JavaScript filters: `label count -> href`, `✓` when current.
    static func chips(_ html: String, _ group: String) -> [String] {
        guard let start = html.range(of: "<h3 id=\"browse-\(group)\">"),
              let end = html.range(of: "</ul>", range: start.upperBound..<html.endIndex) else { return [] }
        return html[start.upperBound..<end.lowerBound]
            .matches(of: /<a class="chip[^"]*" href="([^"]*)"( aria-current="page")?>([^<]*?)(?: <span class="chip-count">(\d+)<\/span>)?<\/a>/)
            .map { match in
                let count = match.output.4.map { " \($0)" } ?? ""
                return (match.output.2 == nil ? "" : "✓ ") + match.output.3 + count + " -> " + match.output.1
            }
    }

    static func count(_ html: String, _ needle: String) -> Int { html.components(separatedBy: needle).count - 1 }

    /// The titles of the job cards on a page.
    static func titles(_ html: String) -> [String] {
        html.matches(of: /<h3 class="job-card-title"><a href="[^"]*">([^<]*)<\/a>/).map { String($0.output.1) }
    }

    @Test func aDepartmentPageCountsItsOwnJobs() throws {
        let site = try Self.built()
        defer { site.remove() }
        let engineering = try Self.page(site, "departments/engineering/index.html")
        // The form: only what Engineering's four jobs have, counted among them.
        #expect(Self.options(engineering, "department") == ["Engineering (4)"])
        #expect(Self.options(engineering, "workplace") == ["On-site (1)", "Hybrid (2)", "Remote (1)"])
        #expect(Self.options(engineering, "location") == ["Berlin, Germany (1)", "Denver, CO, United States (2)"])
        #expect(Self.options(engineering, "remote") == ["Canada (1)", "Germany (1)", "United States (2)"])
        // The links: the same counts; each leads to this department's part of the page it
        // names, which lists exactly the positions counted; "All departments" leads out.
        #expect(Self.chips(engineering, "departments") == ["All departments -> /", "✓ Engineering 4 -> /departments/engineering/"])
        #expect(Self.chips(engineering, "workplaces") == [
            "On-site 1 -> /workplaces/onsite/#group-engineering", "Hybrid 2 -> /workplaces/hybrid/#group-engineering",
            "Remote 1 -> /workplaces/remote/#group-engineering",
        ])
        #expect(Self.chips(engineering, "locations") == [
            "Berlin, Germany 1 -> /locations/berlin-de/#group-engineering",
            "Denver, CO, United States 2 -> /locations/denver-co-us/#group-engineering",
        ])
        #expect(Self.chips(engineering, "remote") == [
            "Canada 1 -> /remote-from/ca/#group-engineering", "Germany 1 -> /remote-from/de/#group-engineering",
            "United States 2 -> /remote-from/us/#group-engineering",
        ])
        // The part each link leads to is there, with the jobs counted.
        let hybrid = try Self.page(site, "workplaces/hybrid/index.html")
        #expect(hybrid.contains("<h2 id=\"group-engineering\">Engineering <span class=\"group-count\" data-group-count>2</span></h2>"))

        // Design has no remote country to offer: a remote job naming none is under none.
        let design = try Self.page(site, "departments/design/index.html")
        #expect(Self.options(design, "workplace") == ["On-site (1)", "Hybrid (1)", "Remote (1)"])
        #expect(Self.options(design, "location") == ["Berlin, Germany (1)", "Toronto, ON, Canada (1)"])
        #expect(Self.options(design, "remote") == [])
        #expect(!design.contains("filter-remote") && !design.contains("browse-remote"))

        // The index counts the whole site, which is what it lists.
        let index = try Self.page(site, "index.html")
        #expect(Self.options(index, "department") == ["Design (3)", "Engineering (4)"])
        #expect(Self.options(index, "workplace") == ["On-site (2)", "Hybrid (3)", "Remote (2)"])
        #expect(Self.chips(index, "workplaces") == ["On-site 2 -> /workplaces/onsite/", "Hybrid 3 -> /workplaces/hybrid/",
                                                    "Remote 2 -> /workplaces/remote/"])
        #expect(Self.chips(index, "departments") == ["Design 3 -> /departments/design/", "Engineering 4 -> /departments/engineering/"])

        // A workplace page: its own workplace with the way back, departments counted on it.
        let remote = try Self.page(site, "workplaces/remote/index.html")
        #expect(Self.chips(remote, "workplaces") == ["Any workplace -> /", "✓ Remote 2 -> /workplaces/remote/"])
        #expect(Self.chips(remote, "departments") == ["Design 1 -> /departments/design/", "Engineering 1 -> /departments/engineering/"])
    }

    /// A list shows at most 50 entries: those with the most of the page's jobs (then by
    /// name), and the page's own.
    @Test func aListShowsFiftyEntriesAndThePagesOwn() throws {
        let towns = (1...55).map { "{ city: Town \(String(format: "%02d", $0)), country: US }" }
        let site = try Self.built([Self.job("roamer", department: "Engineering", workplace: "onsite",
                                            locations: towns.joined(separator: ", "))])
        defer { site.remove() }
        let index = Self.chips(try Self.page(site, "index.html"), "locations")
        #expect(index.count == 50 && index.first == "Town 01, United States 1 -> /locations/town-01-us/"
                && index.last == "Town 50, United States 1 -> /locations/town-50-us/", "\(index)")
        let own = try Self.page(site, "locations/town-55-us/index.html")
        let chips = Self.chips(own, "locations")
        #expect(chips.count == 52 && chips.first == "Any location -> /", "\(chips)")
        #expect(chips.last == "✓ Town 55, United States 1 -> /locations/town-55-us/")
        #expect(Self.options(own, "location").count == 51)
    }

    @Test func everyListingPageHasOneFilterUI() throws {
        let site = try Self.built()
        defer { site.remove() }
        let pages = ["index.html", "departments/engineering/index.html", "departments/design/index.html",
                     "workplaces/hybrid/index.html", "workplaces/remote/index.html", "workplaces/onsite/index.html",
                     "locations/denver-co-us/index.html", "locations/berlin-de/index.html", "remote-from/us/index.html"]
        for path in pages {
            let html = try Self.page(site, path)
            // One control, closed in the page: on a phone the first position comes first.
            #expect(Self.count(html, "<details") == 1 && Self.count(html, "<details class=\"filters-disclosure\" id=\"filters\">") == 1, "\(path)")
            #expect(Self.count(html, "<summary class=\"filters-toggle\">Filter</summary>") == 1, "\(path)")
            // Inside it the form, hidden until filter.js shows it in the links' place, and the links.
            #expect(Self.count(html, "<form") == 1 && Self.count(html, "id=\"job-filter\"") == 1, "\(path)")
            let form = try #require(html.range(of: "<form class=\"filter-form\""))
            let formTag = html[form.lowerBound...].prefix { $0 != ">" }
            #expect(formTag.hasSuffix(" hidden"), "\(path): the form is shown only with JavaScript")
            #expect(Self.count(html, "<nav class=\"browse\" id=\"browse\"") == 1, "\(path)")
            let details = try #require(html.range(of: "<details")), nav = try #require(html.range(of: "<nav class=\"browse\""))
            let closing = try #require(html.range(of: "</details>"))
            #expect(details.lowerBound < form.lowerBound && nav.upperBound < closing.lowerBound, "\(path)")
            // The cards come after the filters.
            let firstCard = try #require(html.range(of: "<li class=\"job-card\""), "\(path)")
            #expect(closing.upperBound < firstCard.lowerBound, "\(path)")
        }
        // filter.js shows the form and hides the links on every page, whatever its kind.
        let script = try Self.page(site, "assets/filter.js")
        #expect(script.contains("form.hidden = false;\n  if (browse) {\n    browse.hidden = true;\n  }"))
        #expect(!script.contains("dataset.kind"))
    }

    @Test func remoteFromPagesListTheJobsOneCanTakeFromACountry() throws {
        let site = try Self.built()
        defer { site.remove() }
        let us = try Self.page(site, "remote-from/us/index.html")
        #expect(us.contains("<h1>Remote from United States</h1>"))
        #expect(Self.titles(us) == ["Alpha Role", "Charlie Role"], "hybrid and remote jobs naming the US; not the on-site one")
        #expect(Self.chips(us, "remote") == ["Anywhere -> /", "Canada 1 -> /remote-from/ca/", "✓ United States 2 -> /remote-from/us/"])
        #expect(Self.titles(try Self.page(site, "remote-from/ca/index.html")) == ["Charlie Role"])
        #expect(Self.titles(try Self.page(site, "remote-from/de/index.html")) == ["Bravo Role"])
        #expect(site.read("Public/remote-from/gb/index.html") == nil, "an on-site job's remote_countries are ignored")
        let folders = try FileManager.default.contentsOfDirectory(atPath: site.root + "/Public/remote-from").sorted()
        #expect(folders == ["ca", "de", "us"])

        let sitemap = try Self.page(site, "sitemap.xml")
        for code in ["ca", "de", "us"] {
            #expect(sitemap.contains("<url><loc>https://careers.acme.example/remote-from/\(code)/</loc></url>"), "\(code)")
        }
        // Cards say where they can be done from, for the form.
        let index = try Self.page(site, "index.html")
        #expect(index.contains("data-workplace=\"remote\" data-locations=\"\" data-remote=\"us ca\" data-search=\"charlie role"))
        #expect(Self.options(index, "remote") == ["Canada (1)", "Germany (1)", "United States (2)"])
        #expect(index.contains("<option value=\"\">Anywhere</option>"))
    }

    /// A remote job without `remote_countries` does not say where a hire may live: it is
    /// under no country (still under the Remote workplace), and its card names none.
    @Test func aRemoteJobWithoutCountriesIsUnderNoCountry() throws {
        let site = try Self.built()
        defer { site.remove() }
        for code in ["ca", "de", "us"] {
            #expect(!Self.titles(try Self.page(site, "remote-from/\(code)/index.html")).contains("Foxtrot Role"))
        }
        #expect(Self.titles(try Self.page(site, "workplaces/remote/index.html")) == ["Foxtrot Role", "Charlie Role"])
        let index = try Self.page(site, "index.html")
        #expect(index.contains("data-workplace=\"remote\" data-locations=\"\" data-search=\"foxtrot role"))

        // A site where no job names a country has no remote-from filter and no such pages.
        let plain = try Self.built([Self.jobs[4], Self.jobs[5], Self.jobs[6]])
        defer { plain.remove() }
        for path in ["index.html", "workplaces/remote/index.html", "departments/design/index.html"] {
            let html = try Self.page(plain, path)
            #expect(!html.contains("filter-remote") && !html.contains("browse-remote") && !html.contains("data-remote"), "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: plain.root + "/Public/remote-from"))
        #expect(!(try Self.page(plain, "sitemap.xml")).contains("remote-from"))
    }

    /// Postings may link to the remote-from pages: the link check knows them.
    @Test func linksToRemoteFromPagesAreChecked() throws {
        var jobs = Self.jobs
        jobs[0].1 = jobs[0].1.replacingOccurrences(of: "A role.", with: "See [US](/remote-from/us/) and [GB](/remote-from/gb/).")
        let site = try TestSite(Dictionary(uniqueKeysWithValues: jobs), siteYML: Self.siteYML)
        defer { site.remove() }
        let lines = site.lines(site.check()).filter { $0.contains("remote-from") }
        #expect(lines.count == 1 && lines[0].contains("/remote-from/gb/"), "\(lines)")
    }

    /// A session re-renders a listing page whose counts changed, and keeps one whose did not.
    @Test func aSessionRerendersPagesWhoseCountsChange() throws {
        let site = try TestSite(Dictionary(uniqueKeysWithValues: Self.jobs), siteYML: Self.siteYML)
        defer { site.remove() }
        let session = BuildSession(options: site.options())
        _ = session.build()
        let bravo = Self.jobs[1].0
        // Bravo leaves Berlin for Denver and becomes remote from Canada.
        try site.write(bravo, Data(Self.job("bravo", department: "Engineering", workplace: "remote", locations: Self.denver,
                                            remote: "CA").1.utf8))
        let result = session.build(changed: [bravo])
        let files = try #require(result.files)
        func text(_ path: String) -> String? { files.first { $0.path == path }?.text }
        let engineering = try #require(text("departments/engineering/index.html"))
        #expect(Self.options(engineering, "workplace") == ["On-site (1)", "Hybrid (1)", "Remote (2)"])
        #expect(Self.options(engineering, "remote") == ["Canada (2)", "United States (2)"])
        var options = site.options(output: site.root + "/Fresh")
        options.skipIfUnchanged = false
        #expect(BuildPipeline.build(options).succeeded)
        for file in files where file.path.hasSuffix("index.html") && !file.path.hasPrefix("jobs/") {
            #expect(file.text == site.read("Fresh/" + file.path), "\(file.path)")
        }
    }
}
