import Foundation
import Testing
@testable import OpeningsKit

/// `openings import jekyll|hugo DIR` through the library: folders shaped like a Jekyll
/// site (a `_jobs` collection and `_posts`) and a Hugo site (`content/careers/`, TOML,
/// YAML and JSON front matter, shortcodes), the exact file text each posting becomes,
/// the exact lines for the files skipped, and what `check` says of the result.
@Suite struct StaticSiteImportTests {
    /// A folder of files in a fresh temporary directory.
    struct Folder {
        let root: String

        init(_ files: [String: String]) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("openings-import-\(UUID().uuidString)").path
            for (path, text) in files {
                let url = URL(fileURLWithPath: root + "/" + path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    // MARK: Jekyll

    static let jekyll: [String: String] = [
        "_config.yml": "title: Acme\ncollections: [jobs]\n",
        "_layouts/job.html": "---\nlayout: default\n---\n<h1>{{ page.title }}</h1>{{ content }}\n",
        "_includes/benefits.html": "<ul><li>Health</li></ul>\n",
        "_site/jobs/backend-engineer/index.html": "<h1>Backend Engineer</h1>\n",
        "node_modules/pkg/readme.md": "---\ntitle: not ours\n---\n",
        ".git/HEAD.md": "---\ntitle: hidden\n---\n",
        "_jobs/engineering/backend-engineer.md": """
            ---
            layout: job
            title: Backend Engineer
            requisition_id: ENG-0042
            team: Engineering
            job_type: Full-time
            remote: true
            location: Denver, CO
            date_posted: 2026-11-02
            valid_through: 2026-12-15
            salary:
              min: "$140,000"
              max: "$175,000"
              currency: USD
              period: yearly
            application link: https://jobs.acme.example/apply/42
            tags: backend, go
            seniority: Senior
            description: Build the billing platform that pays our customers.
            permalink: /careers/backend-engineer/
            hiring_manager: Dana Ortiz
            ---

            {% comment %}
            Keep the summary short. {% include note.html %}
            {% endcomment %}
            ## About the role

            You will build the services behind {{ page.title | downcase }} work at {{ page.team }}.
            {% include benefits.html %}

            ## What you will do

            - Design the APIs our customers pay through
            - Run them in production, with the team on call
            - Review code and mentor two engineers

            """,
        "_jobs/people/recruiter.markdown": """
            ---
            title: "Recruiter: Go-To-Market"
            job_id: 4012345
            department: People
            employment_type: part time
            workplace_type: Hybrid
            locations:
              - city: Austin
                state: Texas
                country: United States
              - Remote (US)
            salary_min: '$60,000'
            salary_max: '$80,000'
            published: false
            categories: [recruiting, people]
            how_to_apply: |
              Email your CV to [our team](mailto:people@acme.example), with "Recruiter" in the subject.
            ---
            Help us hire the team that builds Acme.

            """,
        "_jobs/index.html": "---\nlayout: default\ntitle: Jobs\n---\n{% for job in site.jobs %}<a href=\"{{ job.url }}\">{{ job.title }}</a>{% endfor %}\n",
        "_jobs/_TEMPLATE.md": "---\ntitle: Role title\n---\nDescribe the role.\n",
        "_jobs/broken.md": "---\ntitle: Payroll: Denver\nteam: Finance\n---\nBody\n",
        "_jobs/README.md": "# Jobs\n\nOne file per posting.\n",
        "_posts/2026-10-30-product-designer.md": """
            ---
            layout: post
            title: Product Designer
            department: Design
            type: Contract
            closes: TBD
            ---
            We are looking for a product designer for a six-month contract.

            Questions? Write to {{ site.email }}.

            """,
    ]

    static let command = "openings import jekyll site"

    @Test func jekyllCollectionAndPosts() throws {
        let folder = try Folder(Self.jekyll)
        defer { folder.remove() }
        let (postings, skipped) = try StaticSiteImporter.read(folder: folder.root, generator: .jekyll, departmentFrom: .key)
        #expect(skipped.map(\.formatted) == [
            "_jobs/README.md: skipped, no front matter",
            "_jobs/_TEMPLATE.md: left out, a template for authors (_TEMPLATE.md), not a posting",
            "_jobs/broken.md: skipped, front matter is not valid YAML (line 2: the value of `title` contains `: `, which YAML reads as another key; put the value in quotes: `title: \"Payroll: Denver\"`); fix it and import again",
            "_jobs/index.html: left out, a list page (index.html), not a posting",
            // At a whole site, only the postings' folders: `_posts` is the blog here.
            "_posts/2026-10-30-product-designer.md: left out, not in a postings folder (career, careers, job, jobs, openings, position, positions, postings, roles, vacancies); give its folder as DIR to import it",
        ])
        #expect(postings.map(\.source) == ["_jobs/engineering/backend-engineer.md", "_jobs/people/recruiter.markdown"])
        // Given as DIR, `_posts` is read, each post dated by its file name.
        let (posts, _) = try StaticSiteImporter.read(folder: folder.root + "/_posts", generator: .jekyll, departmentFrom: .key)
        let texts = (postings + posts).map { PostingWriter.text(of: $0, command: Self.command) }
        #expect(texts.count == 3)
        #expect(texts.first == """
            ---
            title: Backend Engineer
            id: ENG-0042
            department: Engineering
            level: Senior
            employment_type: full_time
            workplace: remote
            locations:
              - city: Denver
                region: CO
                country: US
            posted: 2026-11-02
            closes: 2026-12-15
            salary:
              min: 140000
              max: 175000
              currency: USD
              period: year
            apply_url: https://jobs.acme.example/apply/42
            tags: [backend, go]
            ---
            <!--
            Imported by `openings import jekyll site` from _jobs/engineering/backend-engineer.md.
            Check these, move what matters into the posting, then delete this comment:
            - replaced by their values from the front matter: `page.title` and `page.team`
            - line 24: removed Liquid comment text (the old site did not show it either)
            - line 30: removed the Liquid include `benefits.html`; write the text it showed
            - the summary opens the body: Openings shows no separate summary
            - not mapped to an Openings field:
                hiring_manager: Dana Ortiz
            -->

            Build the billing platform that pays our customers.

            ## About the role

            You will build the services behind backend engineer work at Engineering.

            ## What you will do

            - Design the APIs our customers pay through
            - Run them in production, with the team on call
            - Review code and mentor two engineers

            """)
        #expect(texts.dropFirst().first == """
            ---
            title: "Recruiter: Go-To-Market"
            id: "4012345"
            department: People
            employment_type: part_time
            workplace: hybrid
            locations:
              - city: Austin
                region: TX
                country: US
            remote_countries: [US]
            salary:
              min: 60000
              max: 80000
              currency: USD
              period: year
            apply_url: mailto:people@acme.example
            draft: true
            tags: [recruiting, people]
            ---
            Help us hire the team that builds Acme.

            ## How to apply

            Email your CV to [our team](mailto:people@acme.example), with "Recruiter" in the subject.

            """)
        #expect(texts.last == """
            ---
            title: Product Designer
            id: product-designer
            department: Design
            employment_type: contract
            posted: 2026-10-30
            ---
            <!--
            Imported by `openings import jekyll site` from 2026-10-30-product-designer.md.
            Check these, move what matters into the posting, then delete this comment:
            - `closes` is `TBD`, a placeholder, so it was not used; write `closes: YYYY-MM-DD` once it is known
            - the source has no apply link, so applicants will be sent to site.yml's `apply_url`; write `apply_url:` if this posting has its own
            - the source has no id, so `id` is the file name; write your requisition number instead if there is one
            - line 10: removed `site.email`, a setting of the old site
            -->

            We are looking for a product designer for a six-month contract.

            Questions? Write to .

            """)
    }

    /// `--department-from folder`: the first folder that is not the collection's, title-cased;
    /// a department key that says otherwise is kept for a person to look at.
    /// Tags in front-matter values (a title, an apply link) are removed as in bodies, and
    /// HTML blocks in a Markdown body become Markdown: nothing of either reaches a page.
    @Test func tagsInValuesAndHTMLInBodies() throws {
        let folder = try Folder(["_jobs/designer.md": """
            ---
            title: "{{ site.company }} Product Designer"
            team: Design
            application_url: https://jobs.example.org/designer?src={{ site.src }}
            date_posted: 2026-11-01
            ---
            <table class="usa-table"><tr><th>Grade</th><td>GS-13</td></tr></table>

            Join us.
            """])
        defer { folder.remove() }
        let (postings, _) = try StaticSiteImporter.read(folder: folder.root, generator: .jekyll, departmentFrom: .key)
        #expect(PostingWriter.text(of: try #require(postings.first), command: "openings import jekyll") == """
            ---
            title: Product Designer
            id: designer
            department: Design
            posted: 2026-11-01
            apply_url: https://jobs.example.org/designer?src=
            ---
            <!--
            Imported by `openings import jekyll` from _jobs/designer.md.
            Check these, move what matters into the posting, then delete this comment:
            - in `title`: removed `site.company`, a setting of the old site
            - in `application_url`: removed `site.src`, a setting of the old site
            - the source has no id, so `id` is the file name; write your requisition number instead if there is one
            - 1 block of HTML in the body turned into Markdown (comments left out); compare with the old page
            -->

            Grade · GS-13

            Join us.

            """)
    }

    @Test func departmentFromTheFolder() throws {
        var files = Self.jekyll
        files["_jobs/people-ops/recruiter.markdown"] = files.removeValue(forKey: "_jobs/people/recruiter.markdown")
        let folder = try Folder(files)
        defer { folder.remove() }
        let (postings, _) = try StaticSiteImporter.read(folder: folder.root, generator: .jekyll, departmentFrom: .folder)
        #expect(postings.map(\.department) == ["Engineering", "People Ops"])
        #expect(postings[1].leftovers == [ImportedPosting.Leftover(key: "department", value: "People")])
        #expect(postings[0].leftovers == [ImportedPosting.Leftover(key: "hiring_manager", value: "Dana Ortiz")])
    }

    /// Folders of dates name no department; a date in front of a file's name is the day
    /// it was posted; an archive's closed postings come in as drafts; a missing or empty
    /// folder is one error.
    @Test func dateFoldersFileDatesAndClosedPostings() throws {
        let folder = try Folder([
            "content/jobs/2025/10/17/librarian.md": "+++\ntitle = \"Librarian\"\njobType = \"Full time\"\nsalaryMin = \"$50,000\"\nsalaryMax = \"$60,000\"\n+++\nShelve.\n",
            "content/jobs/2019-03-06-ace-tate.md": "---\ntitle: Scala Developer\nstatus: closed\nemail: jobs@acetate.example\nlocation: Amsterdam, Netherlands\nsalary: 60000 - 75000\ncontract: Permanent employment\nexpire: 2019-04-06\n---\nCode.\n",
            "content/about.md": "---\ntitle: About us\n---\nWe are a library.\n",
            "empty/notes.txt": "nothing\n",
        ])
        defer { folder.remove() }
        let (postings, skipped) = try StaticSiteImporter.read(folder: folder.root + "/content", generator: .hugo, departmentFrom: .folder)
        #expect(skipped.map(\.formatted) == ["about.md: left out, not in a postings folder (career, careers, job, jobs, openings, position, positions, postings, roles, vacancies); give its folder as DIR to import it"])
        #expect(postings.map(\.source) == ["jobs/2019-03-06-ace-tate.md", "jobs/2025/10/17/librarian.md"])
        #expect(postings.map(\.department) == [nil, nil])
        #expect(postings[0].posted == CalendarDate(year: 2019, month: 3, day: 6) && postings[0].draft)
        #expect(postings[0].applyURL == "mailto:jobs@acetate.example")
        #expect(postings[0].notes.contains("`posted` is the date in front of the file's name"))
        #expect(postings[0].salary == SalaryRange(minimum: 60000, maximum: 75000, currency: "EUR", period: .year))
        #expect(postings[0].employmentType == .fullTime && postings[0].closes == CalendarDate(year: 2019, month: 4, day: 6))
        #expect(postings[0].notes.contains("no currency is written in `salary`; EUR is the currency of the posting's places (Netherlands), so check it"))
        #expect(postings[0].notes.contains("`status: closed`: the old site showed it as closed, so it is a draft; remove `draft: true` to publish it again"))
        #expect(postings[1].employmentType == .fullTime)
        #expect(postings[1].salary == SalaryRange(minimum: 50000, maximum: 60000, currency: "USD", period: .year))
        let missing = #expect(throws: Failure.self) { try StaticSiteImporter.read(folder: folder.root + "/none", generator: .hugo, departmentFrom: .key) }
        #expect(missing?.description == "\(folder.root)/none does not exist; give the folder that holds the Hugo postings")
        let empty = #expect(throws: Failure.self) { try StaticSiteImporter.read(folder: folder.root + "/empty", generator: .jekyll, departmentFrom: .key) }
        #expect(empty?.description == "\(folder.root)/empty holds no posting files (.md, .markdown, .html); give the folder that holds the Jekyll postings")
    }

    /// Jekyll's `_drafts/` are drafts; an `.html` posting's body becomes Markdown; a Hugo
    /// `index.md` beside other postings lists them.
    @Test func draftsHTMLAndListPages() throws {
        let folder = try Folder([
            "_drafts/Ops Lead.html": "---\ntitle: Ops Lead\nteam: Operations\n---\n<p>Run {{ page.team }}.</p>\n",
            "careers/index.md": "---\ntitle: Careers\n---\n",
            "careers/ops/index.md": "---\ntitle: Ops\n---\n",
            "careers/ops/lead.md": "---\ntitle: Lead\n---\n",
        ])
        defer { folder.remove() }
        let (drafts, _) = try StaticSiteImporter.read(folder: folder.root + "/_drafts", generator: .jekyll, departmentFrom: .key)
        #expect(drafts.map { [$0.fileName, $0.department, "\($0.draft)", $0.body] } == [["ops-lead", "Operations", "true", "Run Operations."]])
        let (postings, skipped) = try StaticSiteImporter.read(folder: folder.root + "/careers", generator: .hugo, departmentFrom: .folder)
        #expect(postings.map(\.fileName) == ["lead"])
        #expect(postings.map(\.department) == ["Ops"])
        #expect(skipped.map(\.formatted) == ["index.md: left out, a list page (index.md), not a posting",
                                             "ops/index.md: left out, a list page (index.md), not a posting"])
        #expect(throws: Failure.self) { try StaticSiteImporter.read(folder: folder.root + "/none", generator: .hugo, departmentFrom: .key) }
    }

    // MARK: Hugo

    static let hugo: [String: String] = [
        "config.toml": "baseURL = \"https://acme.example/\"\n",
        "archetypes/careers.md": "---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\n---\n",
        "layouts/careers/single.html": "{{ define \"main\" }}{{ .Content }}{{ end }}\n",
        "public/careers/data-analyst/index.html": "<h1>Data Analyst</h1>\n",
        "content/careers/_index.md": "---\ntitle: Careers\n---\nJoin us.\n",
        "content/careers/data-analyst.md": """
            +++
            title = "Data Analyst"
            date = 2026-11-03T09:00:00-05:00
            expiryDate = 2026-12-31
            draft = true
            weight = 20
            team = "Insights"
            commitment = "Full-time"
            keywords = ["sql", "python"]
            reports_to = "Head of Data"

            [salary]
            min = 95_000
            max = 120_000
            currency = "EUR"

            [[locations]]
            city = "Berlin"
            country = "Germany"
            +++

            As a {{ .Title }} on the {{ .Params.team }} team you will answer the questions our product managers ask.
            {{< youtube w7Ft2ymGmfc >}}

            """,
        "content/careers/sales/account-executive/index.md": """
            ---
            title: Account Executive
            id: SAL-7
            department: Sales
            publishDate: 2026-11-04
            employment_type: full_time
            workplace: onsite
            office: London, United Kingdom
            compensation: "£55,000 – £70,000 per year plus commission"
            apply_url: https://jobs.acme.example/apply/sal-7
            aliases: [/jobs/ae/]
            ---
            {{< lead >}}
            Sell Acme to mid-sized companies across the UK.
            {{< /lead >}}

            {{< figure src="team.jpg" caption="The London team" >}}

            {{% notice %}}
            Commission is uncapped.
            {{% /notice %}}

            """,
        "content/careers/sales/account-executive/team.jpg": "not an image",
        "content/careers/support-engineer.md": """
            {
              "title": "Support Engineer",
              "date": "2026-11-05",
              "categories": ["Support"],
              "location_type": "Remote",
              "remote_countries": ["DE", "France"]
            }
            Help customers get the most out of Acme, in German and English.

            """,
        "content/careers/intern.md": "+++\ntitle = \"Intern\"\nduration: 3 months\n+++\n",
    ]

    @Test func hugoCareersSection() throws {
        let folder = try Folder(Self.hugo)
        defer { folder.remove() }
        let (postings, skipped) = try StaticSiteImporter.read(folder: folder.root, generator: .hugo, departmentFrom: .folder)
        #expect(skipped.map(\.formatted) == [
            "content/careers/_index.md: left out, a list page (_index.md), not a posting",
            "content/careers/intern.md: skipped, front matter is not valid TOML (line 3: `duration` is followed by `:`, which is YAML; in TOML write `duration = …`); fix it and import again",
        ])
        let texts = postings.map { PostingWriter.text(of: $0, command: "openings import hugo site") }
        #expect(texts == [
            """
            ---
            title: Data Analyst
            id: data-analyst
            department: Insights
            employment_type: full_time
            locations:
              - city: Berlin
                country: DE
            posted: 2026-11-03
            closes: 2026-12-31
            salary:
              min: 95000
              max: 120000
              currency: EUR
              period: year
            draft: true
            tags: [sql, python]
            ---
            <!--
            Imported by `openings import hugo site` from content/careers/data-analyst.md.
            Check these, move what matters into the posting, then delete this comment:
            - the source has no apply link, so applicants will be sent to site.yml's `apply_url`; write `apply_url:` if this posting has its own
            - the source has no id, so `id` is the file name; write your requisition number instead if there is one
            - replaced by their values from the front matter: `.Title` and `.Params.team`
            - line 23: removed the Hugo shortcode `youtube w7Ft2ymGmfc`; write what it showed
            - not mapped to an Openings field:
                reports_to: Head of Data
            -->

            As a Data Analyst on the Insights team you will answer the questions our product managers ask.

            """,
            """
            ---
            title: Account Executive
            id: SAL-7
            department: Sales
            employment_type: full_time
            workplace: onsite
            locations:
              - city: London
                country: GB
            posted: 2026-11-04
            salary:
              min: 55000
              max: 70000
              currency: GBP
              period: year
            apply_url: https://jobs.acme.example/apply/sal-7
            ---
            <!--
            Imported by `openings import hugo site` from content/careers/sales/account-executive/index.md.
            Check these, move what matters into the posting, then delete this comment:
            - line 13: removed the Hugo shortcode `lead` around text that is kept
            - line 17: removed the Hugo shortcode `figure src="team.jpg" caption="The London team"`; write what it showed
            - line 19: removed the Hugo shortcode `notice` around text that is kept
            -->

            Sell Acme to mid-sized companies across the UK.

            Commission is uncapped.

            """,
            """
            ---
            title: Support Engineer
            id: support-engineer
            workplace: remote
            remote_countries: [DE, FR]
            posted: 2026-11-05
            tags: [Support]
            ---
            <!--
            Imported by `openings import hugo site` from content/careers/support-engineer.md.
            Check these, move what matters into the posting, then delete this comment:
            - the source has no apply link, so applicants will be sent to site.yml's `apply_url`; write `apply_url:` if this posting has its own
            - the source has no id, so `id` is the file name; write your requisition number instead if there is one
            -->

            Help customers get the most out of Acme, in German and English.

            """,
        ])
        #expect(postings.map(\.fileName) == ["data-analyst", "account-executive", "support-engineer"])
    }

    // MARK: Check

    /// What the source had passes `check`; what it lacked is one error each, saying what to add.
    @Test func importedPostingsPassCheck() throws {
        let folder = try Folder(Self.jekyll)
        defer { folder.remove() }
        let (postings, _) = try StaticSiteImporter.read(folder: folder.root, generator: .jekyll, departmentFrom: .key)
        let site = try TestSite([:])
        defer { site.remove() }
        var destination = try ImportDestination(siteFolder: site.root, force: false)
        var backend = postings[0]
        let report = destination.write([backend], command: Self.command)
        #expect(report.lines.map(\.formatted) == ["_jobs/engineering/backend-engineer.md → Content/jobs/backend-engineer.md"])
        #expect(site.lines(site.check()) == [])

        // The same posting without the date it was posted.
        backend.posted = nil
        backend.fileName = "backend-engineer-undated"
        backend.id = "ENG-0043"
        _ = destination.write([backend], command: Self.command)
        #expect(site.lines(site.check()) == [
            "Content/jobs/backend-engineer-undated.md:2:1: error: missing required field `posted` in job front matter; add `posted: …`",
        ])
    }

    /// A key the import maps is one `check` names the Openings field for.
    /// A stated workplace that disagrees with a remote location is settled as the job
    /// boards' is: remote hiring in a country with no office is a remote job.
    @Test func onsiteBesideRemoteCountries() throws {
        let folder = try Folder(["_jobs/support.md": "---\ntitle: Support\nworkplace: onsite\nlocation: Remote - US\n---\nHelp.\n",
                                 "_jobs/sales.md": "---\ntitle: Sales\nworkplace: onsite\nlocation: Denver, CO; Remote - US\n---\nSell.\n"])
        defer { folder.remove() }
        let (postings, _) = try StaticSiteImporter.read(folder: folder.root, generator: .jekyll, departmentFrom: .key)
        #expect(postings.map(\.workplace) == [.hybrid, .remote])
        #expect(postings.map(\.remoteCountries) == [["US"], ["US"]])
    }

    /// A closed posting's `status: closed` and a camelCase key: `check` says what the
    /// import does with them.
    @Test func checkReadsClosedStatesAndCamelCaseAsTheImportDoes() throws {
        let site = try TestSite(["Content/jobs/a.md": TestSite.job("""
            title: Backend Engineer
            id: ENG-1
            department: Engineering
            workplace: remote
            remote_countries: [US]
            posted: 2026-11-01
            status: closed
            jobType: Full time

            """)])
        defer { site.remove() }
        #expect(site.lines(site.check()) == [
            "Content/jobs/a.md:8:1: error: `status` is not an Openings field, so its value is not used; write it as `draft: true`",
            "Content/jobs/a.md:9:1: error: `jobType` is not an Openings field, so its value is not used; write it as `employment_type: full_time`",
        ])
    }

    @Test func checkNamesTheFieldForEveryKeyTheImportMaps() throws {
        for (target, names) in FieldAliases.jobNames {
            for name in names {
                let field = ForeignKeyTable.field(for: name)
                #expect(field != nil && field?.field != .generatorSetting, "`\(name)` (\(target)) is not mapped by the import")
            }
        }
        let site = try TestSite(["Content/jobs/a.md": TestSite.job("""
            title: Backend Engineer
            id: ENG-1
            org: Engineering
            workplace: remote
            remote_countries: [US]
            posted: 2026-11-01
            state: draft
            keywords: [go]
            summary: Billing.

            """)])
        defer { site.remove() }
        #expect(site.lines(site.check()) == [
            "Content/jobs/a.md:4:1: error: `org` is not an Openings field, so its value is not used; write it as `department: Engineering`",
            "Content/jobs/a.md:8:1: error: `state` is not an Openings field, so its value is not used; write it as `draft: true`",
            "Content/jobs/a.md:9:1: error: `keywords` is not an Openings field, so its value is not used; write it as `tags: …`",
            "Content/jobs/a.md:10:1: warning: unknown key `summary` in job front matter is ignored; remove it, or see the fields listed in README.md",
        ])
    }
}
