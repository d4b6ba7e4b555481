import Foundation
import Testing
@testable import OpeningsKit

/// The link check between the Markdown stage and rendering, on sites made in memory:
/// each case gives every finding as the author reads it (so also how many there are).
@Suite struct LinkCheckerTests {
    typealias S = InMemorySite

    /// A job at `Content/jobs/<name>.md` whose body starts on line 8.
    static func job(_ name: String, id: String = "ENG-1", body: String, extra: String = "") throws -> Job {
        try S.job(name, """
            title: Backend Engineer
            id: \(id)
            department: Engineering
            workplace: remote
            posted: 2026-11-01
            \(extra)
            """, body: body)
    }

    /// A free page whose body starts on line 4.
    static func page(_ slug: String, body: String = "Text.\n") throws -> Page {
        try S.page(slug, "---\ntitle: \(slug.capitalized)\n---\n" + body)
    }

    static let basePathYML = S.siteYML.replacingOccurrences(of: "https://careers.acme.example/", with: "https://acme.example/careers/")

    /// The site through resolve (drafts included, as `check` does) and Markdown, then
    /// the link check; its findings formatted and sorted.
    static func findings(jobs: [Job], pages: [Page] = [], interviews: [InterviewProcess]? = nil, siteYML: String = S.siteYML,
                         draftsPublished: Bool = false) throws -> [String] {
        let content = try render(jobs: jobs, pages: pages, interviews: interviews, siteYML: siteYML)
        return LinkChecker(content, draftsPublished: draftsPublished).check(content).sortedForOutput().map(\.formatted)
    }

    static func render(jobs: [Job], pages: [Page] = [], interviews: [InterviewProcess]? = nil,
                       siteYML: String = S.siteYML) throws -> RenderedContent {
        let site = try S.site(config: try S.config(siteYML), jobs: jobs,
                              interviews: try interviews ?? [S.interview("engineering", departments: ["Engineering"])], pages: pages)
        let (resolved, resolveDiagnostics) = SiteResolver(site, buildDate: S.buildDate, includeDrafts: true).resolve(site: site, baseURL: nil)
        // Notes (a closed posting's) are the resolver's business, not this test's.
        #expect(resolveDiagnostics.filter { $0.severity != .note }.map(\.formatted) == [])
        let (content, diagnostics) = MarkdownStage(resolved).render()
        #expect(diagnostics.map(\.formatted) == [])
        return content
    }

    @Test func misspeltSitePathSuggestsTheClosestPage() throws {
        let job = try Self.job("backend", body: "Read about [benefits](/benfits/).\n")
        #expect(try Self.findings(jobs: [job], pages: [Self.page("benefits")]) == [
            "site/Content/jobs/backend.md:8:12: error: link target `/benfits/` does not exist in the site; did you mean `/benefits/`?",
        ])
    }

    @Test func relativeLinkFromAJobPageResolvesUnderJobs() throws {
        let job = try Self.job("backend", body: "Meet the [team](../team/).\n")
        #expect(try Self.findings(jobs: [job], pages: [Self.page("team")]) == [
            "site/Content/jobs/backend.md:8:10: error: link target `../team/` resolves to `/jobs/team/`, which does not exist in the site; did you mean `../../team/`?",
        ])
        // Without a page of that name there is nothing to suggest but how the link resolves.
        #expect(try Self.findings(jobs: [job]) == [
            "site/Content/jobs/backend.md:8:10: error: link target `../team/` resolves to `/jobs/team/`, which does not exist in the site; a relative link starts from the page's own address, `/jobs/backend/`",
        ])
    }

    @Test func markdownFileNamesThePageItBecomes() throws {
        let job = try Self.job("backend", body: "See the [handbook](handbook.md#leave).\n")
        let benefits = try Self.page("benefits", body: "Details in the\n[handbook](handbook.md).\n")
        #expect(try Self.findings(jobs: [job], pages: [benefits, Self.page("handbook")]) == [
            "site/Content/jobs/backend.md:8:9: error: link target `handbook.md#leave` resolves to `/jobs/backend/handbook.md`, which does not exist in the site; a Markdown file becomes a page: did you mean `../../handbook/#leave`?",
            "site/Content/pages/benefits.md:5:1: error: link target `handbook.md` resolves to `/benefits/handbook.md`, which does not exist in the site; a Markdown file becomes a page: did you mean `../handbook/`?",
        ])
    }

    @Test func fragmentsAreCheckedAgainstTheIDsOfTheTargetPage() throws {
        let job = try Self.job("backend", body: """
            [Perks](#benefit), [the process](#how-we-interview), [top](#top), [perks](#benefits).

            [Details](/benefits/#perks) and [title](/benefits/#page-title) and [other](../frontend/#job-title).

            """, extra: "benefits: [Health]\n")
        let other = try Self.job("frontend", id: "ENG-2", body: "A role.\n")
        #expect(try Self.findings(jobs: [job, other], pages: [Self.page("benefits")]) == [
            "site/Content/jobs/backend.md:9:1: error: link target `#benefit`: this page has no element with id `benefit`; did you mean `#benefits`?",
            "site/Content/jobs/backend.md:11:1: error: link target `/benefits/#perks`: `/benefits/` has no element with id `perks`; headings written in Markdown get no id; ids this page can have: `#main`, `#page-title`",
        ])
    }

    @Test func goodLinksPassSilently() throws {
        let job = try Self.job("backend", body: """
            [Frontend](../frontend/), [its file](../frontend/index.html), [no slash](../frontend),
            [home](../../), [home again](/), [index](/index.html), [benefits](../../benefits/),
            [department](/departments/engineering/), [remote jobs](/workplaces/remote/), [feed](/feed.xml),
            [jobs](/jobs.json), [sitemap](/sitemap.xml?x=1), [here](./), [query](?tab=1), [404](/404.html#main),
            [encoded](/benefits/%23x/../), ![logo](/assets/logo.svg).

            """)
        let other = try Self.job("frontend", id: "ENG-2", body: "[Back](../backend/#job-title) [Up](../..).\n")
        let benefits = try Self.page("benefits", body: "[Backend](../jobs/backend/) [the index](../) [self](#page-title)\n")
        #expect(try Self.findings(jobs: [job, other], pages: [benefits]) == [])
    }

    @Test func externalMailAndNetworkPathLinksAreNotChecked() throws {
        let job = try Self.job("backend", body: """
            [Site](https://example.com/nowhere/), [CDN](//cdn.example/missing.png), [mail](mailto:jobs@acme.example),
            [plain](http://acme.example/#nope).

            """)
        #expect(try Self.findings(jobs: [job]) == [])
    }

    @Test func imageOfAMissingAsset() throws {
        let job = try Self.job("backend", body: "The team:\n\n![Our team](/assets/team.png)\n![Logo](/assets/logo.svg)\n")
        #expect(try Self.findings(jobs: [job]) == [
            "site/Content/jobs/backend.md:10:1: error: image `/assets/team.png` does not exist in the site",
        ])
    }

    @Test func linksUnderABasePath() throws {
        let job = try Self.job("backend", body: """
            [Benefits](/benfits/) [benefits](/benefits/) [same](/careers/benefits/) [typo](/careers/benfits/)
            [root](/careers) [blog](../../../blog/) [team](../team/) [up](../../benefits/#page-title)
            [Our blog](/blog/) is on the main site.

            """)
        #expect(try Self.findings(jobs: [job], pages: [Self.page("benefits"), Self.page("team")], siteYML: Self.basePathYML) == [
            "site/Content/jobs/backend.md:8:1: error: link target `/benfits/` resolves to `/careers/benfits/`, which does not exist in the site; did you mean `/benefits/`?",
            "site/Content/jobs/backend.md:8:73: error: link target `/careers/benfits/` does not exist in the site; did you mean `/careers/benefits/`?",
            "site/Content/jobs/backend.md:9:18: note: link target `../../../blog/` resolves to `/blog/`, outside the site (`/careers/`), so it is not checked; to link to a page outside the site, write its full address (https://…)",
            "site/Content/jobs/backend.md:9:41: error: link target `../team/` resolves to `/careers/jobs/team/`, which does not exist in the site; did you mean `../../team/`?",
            // The page has `/careers/blog/`: a site path never leaves the site.
            "site/Content/jobs/backend.md:10:1: error: link target `/blog/` resolves to `/careers/blog/`, which does not exist in the site; a path from `/` is a path of this site, which lives under `/careers/`; for a page elsewhere, write its full address (https://…)",
        ])
    }

    @Test func theSameBrokenTargetIsReportedOncePerLink() throws {
        let job = try Self.job("backend", body: "[a](/missing/) and [b](/missing/).\n\n[c](/missing/#x)\n")
        #expect(try Self.findings(jobs: [job]) == [
            "site/Content/jobs/backend.md:8:1: error: link target `/missing/` does not exist in the site",
            "site/Content/jobs/backend.md:8:20: error: link target `/missing/` does not exist in the site",
            "site/Content/jobs/backend.md:10:1: error: link target `/missing/#x` does not exist in the site",
        ])
    }

    @Test func draftsPagesExistOnlyWhenDraftsArePublished() throws {
        let job = try Self.job("backend", body: "Soon: [new role](../new-role/).\n")
        let draft = try Self.job("new-role", id: "ENG-2", body: "Back to [backend](../backend/).\n", extra: "draft: true\n")
        #expect(try Self.findings(jobs: [job, draft]) == [
            "site/Content/jobs/backend.md:8:7: error: link target `../new-role/` is the page of a draft posting, which a build without --drafts leaves out; link to it once it is published",
        ])
        #expect(try Self.findings(jobs: [job, draft], draftsPublished: true) == [])
    }

    @Test func interviewTextIsCheckedOnceAtItsOwnFile() throws {
        let text = """
            ---
            title: How We Interview
            departments: [Engineering]
            stages:
              - { name: Call }
            ---
            Read [benefits](../../benefit/) and [how we interview](#how-we-interview).

            """
        var diagnostics: [Diagnostic] = []
        let process = try #require(InterviewDecoder.decode(S.file("Content/interview/engineering.md", text), diagnostics: &diagnostics))
        let jobs = [try Self.job("a", body: "A.\n"), try Self.job("b", id: "ENG-2", body: "B.\n")]
        #expect(try Self.findings(jobs: jobs, pages: [Self.page("benefits")], interviews: [process]) == [
            "site/Content/interview/engineering.md:7:6: error: link target `../../benefit/` resolves to `/benefit/`, which does not exist in the site; did you mean `../../benefits/`?",
        ])
    }

    @Test func idsInRawHTMLCountWhenItIsKept() throws {
        let unsafe = S.siteYML + "markdown: { unsafe_html: true }\n"
        let job = try Self.job("backend", body: "<a id=\"apply-here\"></a>\n\n[Apply](#apply-here) [page](/benefits/#faq)\n")
        let page = try Self.page("benefits", body: "<h2 id='faq'>FAQ</h2>\n")
        #expect(try Self.findings(jobs: [job], pages: [page], siteYML: unsafe) == [])
    }

    /// The paths the check looks links up in are the files the renderer writes.
    @Test(arguments: [S.siteYML, basePathYML])
    func targetsAreTheRenderedFiles(siteYML: String) throws {
        let jobs = [
            try Self.job("backend", body: "A.\n"),
            try Self.job("closed", id: "ENG-2", body: "B.\n", extra: "closes: 2026-11-10\n"),
            try Self.job("draft", id: "ENG-3", body: "C.\n", extra: "draft: true\n"),
            try S.job("recruiter", """
                title: Recruiter
                id: PPL-1
                department: People Operations
                locations: [{ city: Oslo, country: NO }, { city: Denver, region: CO, country: US }]
                workplace: hybrid
                posted: 2026-11-02

                """),
        ]
        let content = try Self.render(jobs: jobs, pages: [Self.page("benefits")], siteYML: siteYML)
        let targets = SitePaths.targets(content, draftsPublished: true)
        let files = SiteRenderer.render(content).files.map(\.path)
        let canonical = files.map { $0 == "index.html" ? "" : $0.hasSuffix("/index.html") ? String($0.dropLast("index.html".count)) : $0 }
        #expect(Set(targets.paths) == Set(canonical))
        #expect(targets.paths.count == files.count)
    }

    @Test func templateIDsFollowPartialsAndParents() throws {
        let ids = Theme.anchorIDs([
            "layout": "<main id=\"main\">{{$main}}{{/main}}</main>",
            "job": "{{<layout}}{{$main}}<h1 id=\"title\">x</h1>{{> part }}{{/main}}{{/layout}}",
            "part": "<section id=\"group-{{slug}}\" data-id=\"no\"><p ID=x>",
        ])["job"]
        let job = try #require(ids)
        #expect(job.contains("main") && job.contains("title") && job.contains("x"))
        #expect(job.contains("group-engineering") && !job.contains("group-") && !job.contains("no"))
    }

    @Test func columnsCountCharactersAndPathsAreDecoded() throws {
        let job = try Self.job("backend", body: "Intro.\n\nCafé — Zürich: [x](/mißing/) [b](/%62enefits/)\n")
        #expect(try Self.findings(jobs: [job], pages: [Self.page("benefits")]) == [
            "site/Content/jobs/backend.md:10:16: error: link target `/mißing/` does not exist in the site",
        ])
    }

    @Test func sitePathsMoveUnderTheBasePathOnce() {
        let renderer = MarkdownRenderer(allowUnsafeHTML: false, basePath: "/careers/")
        #expect(renderer.href("/benefits/") == "/careers/benefits/")
        #expect(renderer.href("/careers/benefits/") == "/careers/benefits/")
        #expect(renderer.href("/careers") == "/careers")
        #expect(renderer.href("/careers#main") == "/careers#main")
        #expect(renderer.href("/careersx/") == "/careers/careersx/")
        #expect(renderer.href("../team/") == "../team/")
        #expect(MarkdownRenderer(allowUnsafeHTML: false).href("/benefits/") == "/benefits/")
    }

    @Test func dotSegments() {
        #expect(LinkChecker.removingDotSegments("/jobs/a/../team/") == "/jobs/team/")
        #expect(LinkChecker.removingDotSegments("/jobs/a/../../../x") == "/x")
        #expect(LinkChecker.removingDotSegments("/jobs/a/./") == "/jobs/a/")
        #expect(LinkChecker.removingDotSegments("/jobs/a/..") == "/jobs/")
        #expect(LinkChecker.removingDotSegments("/a/.") == "/a/")
    }

    /// `check`, `build` and `serve` report the same finding, and `build` writes nothing.
    @Test func everyBuildModeReportsBrokenLinks() throws {
        let site = try TestSite([
            "Content/jobs/backend.md": TestSite.job(TestSite.validJob.components(separatedBy: "---\n")[1],
                                                    body: "See our [benefits](/benfits/).\n"),
            "Content/pages/benefits.md": "---\ntitle: Benefits\n---\nHealth.\n",
        ])
        defer { site.remove() }
        let expected = ["Content/jobs/backend.md:10:9: error: link target `/benfits/` does not exist in the site; did you mean `/benefits/`?"]
        #expect(site.lines(site.check()) == expected)
        let build = site.build()
        #expect(site.lines(build.diagnostics) == expected)
        #expect(build.filesWritten == nil && site.read("Public/index.html") == nil)
        let session = BuildSession(options: site.options()).build()
        #expect(session.files == nil)
        #expect(site.lines(session.report.diagnostics) == expected)
    }
}
