import Testing
@testable import OpeningsKit

/// The pieces of the Jekyll and Hugo import one by one: the TOML reader, the three
/// kinds of front matter, the template-tag cleaner, the apply-link reader and the
/// value readers it shares with the job-board importers.
@Suite struct StaticSitePartsTests {
    typealias Value = ForeignFrontMatter.Value
    typealias Entry = ForeignFrontMatter.Entry

    // MARK: TOML

    @Test func tomlAsHugoWritesFrontMatter() throws {
        let toml = """
            title = "Senior Backend Engineer"
            date = 2026-11-02T09:00:00-05:00
            expiryDate = 2026-12-31 17:00:00Z
            draft = false
            'team name' = 'Platform \\ Billing'
            "job-type" = "full time\\u00A0(permanent)"
            tags = ["go", "postgres",
              "remote", ] # the last comma is allowed
            weight = 1_000
            bonus = { target = 0.15, paid = "yearly" }
            hex = 0x1F
            summary = \"\"\"
            Build the billing \\
              platform.\"\"\"
            notes = '''
            C:\\path "as is"'''
            meta.owner = "ops"

            [location]
            city = "Denver"
            state = "CO"

            [[perks]]
            name = "Health"
            [[perks]]
            name = "401(k)"

            [params.apply]
            url = "https://jobs.acme.example/42"
            """
        #expect(try TOMLReader.read(toml) == [
            Entry(key: "title", value: .text("Senior Backend Engineer")),
            Entry(key: "date", value: .text("2026-11-02T09:00:00-05:00")),
            Entry(key: "expiryDate", value: .text("2026-12-31 17:00:00Z")),
            Entry(key: "draft", value: .text("false")),
            Entry(key: "team name", value: .text("Platform \\ Billing")),
            Entry(key: "job-type", value: .text("full time\u{00A0}(permanent)")),
            Entry(key: "tags", value: .list([.text("go"), .text("postgres"), .text("remote")])),
            Entry(key: "weight", value: .text("1000")),
            Entry(key: "bonus", value: .table([Entry(key: "target", value: .text("0.15")), Entry(key: "paid", value: .text("yearly"))])),
            Entry(key: "hex", value: .text("31")),
            Entry(key: "summary", value: .text("Build the billing platform.")),
            Entry(key: "notes", value: .text("C:\\path \"as is\"")),
            Entry(key: "meta", value: .table([Entry(key: "owner", value: .text("ops"))])),
            Entry(key: "location", value: .table([Entry(key: "city", value: .text("Denver")), Entry(key: "state", value: .text("CO"))])),
            Entry(key: "perks", value: .list([.table([Entry(key: "name", value: .text("Health"))]),
                                              .table([Entry(key: "name", value: .text("401(k)"))])])),
            Entry(key: "params", value: .table([Entry(key: "apply", value: .table([Entry(key: "url", value: .text("https://jobs.acme.example/42"))]))])),
        ])
    }

    @Test func tomlNumbersAndTimes() throws {
        let toml = "a = +5\nb = -0.5e-3\nc = inf\nd = 0o17\ne = 0b101\nf = 07:32:00\ng = 1979-05-27\nh = 3.14_15"
        #expect(try TOMLReader.read(toml).map { "\($0.key)=\($0.value.text ?? "")" } == [
            "a=5", "b=-0.5e-3", "c=inf", "d=15", "e=5", "f=07:32:00", "g=1979-05-27", "h=3.1415",
        ])
    }

    /// What the reader cannot read is an error at the file's line, saying what to write.
    @Test func tomlErrorsNameTheLineAndTheFix() {
        func failure(_ toml: String) -> TOMLReader.Failure? {
            do { _ = try TOMLReader.read(toml, firstLine: 2); return nil } catch { return error }
        }
        #expect(failure("title = \"A\"\ndepartment: Sales") == TOMLReader.Failure(line: 3,
            message: "`department` is followed by `:`, which is YAML; in TOML write `department = …`"))
        #expect(failure("draft = yes") == TOMLReader.Failure(line: 2, message: "`yes` is not a TOML value; put text in quotes: `\"yes\"`"))
        #expect(failure("title = \"A\"\n\ntitle = \"B\"") == TOMLReader.Failure(line: 4, message: "`title` is set twice (also on line 2); keep one of them"))
        #expect(failure("title = \"Analyst") == TOMLReader.Failure(line: 2,
            message: "this text is not closed on its line; end it with `\"`, or use `\"\"\"` for text over several lines"))
        #expect(failure("[a]\nx = 1\n[a]") == TOMLReader.Failure(line: 4, message: "the table `[a]` is defined twice (also on line 2); keep one of them"))
        #expect(failure("tags = [\"a\", \"b\"\ntitle = \"x\"") == TOMLReader.Failure(line: 3, message: "list items must be separated by `,`; put text in quotes"))
        #expect(failure("a = 1 b = 2") == TOMLReader.Failure(line: 2,
            message: "unexpected `b` after the value of `a`; put each `key = value` on its own line, and text in quotes"))
        #expect(failure("a = \"\\q\"") == TOMLReader.Failure(line: 2,
            message: "`\\q` is not an escape TOML knows; write `\\\\` for a backslash, or use 'single quotes'"))
        #expect(failure("x = 1\n[x]") == TOMLReader.Failure(line: 3, message: "`x` is already a value (line 2), so `[x]` cannot be a table under it"))
    }

    // MARK: Front matter

    @Test func yamlAfterBlankLinesTomlAndJson() throws {
        let yaml = try ForeignFrontMatter.read("\n  \n---\ntitle: Analyst\ntags: [a, b]\nempty:\n---\nBody\n").get()
        #expect(yaml == ForeignFrontMatter(format: .yaml, entries: [
            Entry(key: "title", value: .text("Analyst")), Entry(key: "tags", value: .list([.text("a"), .text("b")])), Entry(key: "empty", value: .empty),
        ], body: "Body\n", bodyFirstLine: 8))
        let toml = try ForeignFrontMatter.read("+++\ntitle = \"Analyst\"\n+++\n\nBody").get()
        #expect(toml == ForeignFrontMatter(format: .toml, entries: [Entry(key: "title", value: .text("Analyst"))], body: "\nBody", bodyFirstLine: 4))
        let json = try ForeignFrontMatter.read("{\n  \"title\": \"Analyst {x}\",\n  \"weight\": 3\n}\nBody").get()
        #expect(json == ForeignFrontMatter(format: .json, entries: [
            Entry(key: "title", value: .text("Analyst {x}")), Entry(key: "weight", value: .text("3")),
        ], body: "Body", bodyFirstLine: 5))
    }

    @Test func frontMatterProblems() {
        #expect(ForeignFrontMatter.read("# Designer\n\nText") == .failure(.missing))
        #expect(ForeignFrontMatter.read("") == .failure(.missing))
        #expect(ForeignFrontMatter.read("---\ntitle: A\n") == .failure(.unclosed(.yaml, line: 1)))
        #expect(ForeignFrontMatter.read("\n+++\ntitle = 1\n") == .failure(.unclosed(.toml, line: 2)))
        #expect(ForeignFrontMatter.read("---\n- a\n- b\n---\n") == .failure(.notFields(.yaml)))
        #expect(ForeignFrontMatter.read("---\ntitle: A\ntitle: B\n---\n") == .failure(.invalid(.yaml, line: 3,
            message: "`title` is set twice (also on line 2); keep one of them")))
        #expect(ForeignFrontMatter.read("+++\ntitle = \"A\"\ndraft: true\n+++\n") == .failure(.invalid(.toml, line: 3,
            message: "`draft` is followed by `:`, which is YAML; in TOML write `draft = …`")))
    }

    @Test func flowTextOfNestedValues() {
        let value = Value.list([.table([Entry(key: "link", value: .text("https://x.example")), Entry(key: "date", value: .empty),
                                        Entry(key: "time", value: .text("1:30\n pm"))]), .empty, .text("b")])
        #expect(value.flowText == "[{link: https://x.example, time: 1:30 pm}, b]")
        #expect(Value.table([Entry(key: "a", value: .list([]))]).isEmpty)
    }

    // MARK: Template tags

    static let jekyll = TemplateTags(values: ["title": "Payroll Specialist", "gs": "13", "appointment type": "term", "empty": ""],
                                     defaultLanguage: .liquid)

    /// Conditions on the front matter are decided as the old site decided them; others
    /// keep every branch, with a note.
    @Test func liquidConditionsOnTheFrontMatter() {
        let tags = TemplateTags(values: ["state": "open", "remote": "true", "tags": "go, rust"], defaultLanguage: .liquid)
        let body = """
            {% if page.state == "upcoming" %}
            Soon.
            {% elsif page.state == 'open' %}
            Hiring {% if page.remote %}remotely{% endif %}.
            {% else %}
            Closed.
            {% endif %}
            {% unless page.remote %}Office only.{% endunless %}
            {% if page.tags contains 'go' %}Go!{% endif %}
            {% if site.hiring and page.remote %}Maybe.{% else %}Or not.{% endif %}
            """
        let cleaned = tags.clean(body, firstLine: 1)
        #expect(cleaned.text == """
            Hiring remotely.
            Go!
            Maybe.Or not.
            """)
        #expect(cleaned.notes == [
            "line 1: kept the text after `elsif page.state == 'open'` of the Liquid condition `if page.state == \"upcoming\"`, as the old site showed it for this posting's front matter",
            "line 4: kept the text of the Liquid condition `if page.remote`, as the old site showed it for this posting's front matter",
            "line 8: removed the Liquid condition `unless page.remote` and its text, which the old site did not show for this posting's front matter",
            "line 9: kept the text of the Liquid condition `if page.tags contains 'go'`, as the old site showed it for this posting's front matter",
            "line 10: removed the Liquid condition `if site.hiring and page.remote` (and its end); its text is kept whether or not it held, so keep what applies",
            "line 10: removed the Liquid `else`; the text of both branches is kept, so keep what applies",
        ])
    }

    /// A filter that changes the text (arithmetic, dates) is not run: the value alone
    /// would be wrong (GS-15 for `gs_level | minus: 1`), and placeholders are no values.
    @Test func valuesWithFiltersOrPlaceholders() {
        let tags = TemplateTags(values: ["gs_level": "15", "team": "Data"], defaultLanguage: .liquid)
        let cleaned = tags.clean("GS-{{ page.gs_level | minus: 1 }} in {{ page.team | upcase }}, open {{ page.opens | date: '%B %d' }}.", firstLine: 3)
        #expect(cleaned.text == "GS- in DATA, open .")
        #expect(cleaned.notes == [
            "replaced by its value from the front matter: `page.team`",
            "line 3: removed the Liquid value `page.gs_level | minus: 1`: its filter is not run here, so write the text it showed",
            "line 3: removed the Liquid value `page.opens`: the front matter has no `opens` to put there",
        ])
    }

    @Test func liquidTagsAreReplacedOrRemovedWithNotes() {
        let body = """
            {% comment -------------------------------------------- %}
            Instructions for authors {% include job/x.html %}
            {% endcomment ----------------------------------------- %}

            {% include job/status_alert.html %}

            ## Basic information

            **Job title:** {{ page.title }}, GS-{{ page.gs | upcase }} ({{ page["appointment type"] }})
            Subject to a background check. {% include job/full_info_on_usajobs.html %}
            Learn about [benefits]({% link pages/benefits.md %}) and [our process]({{ site.baseurl }}/hiring/).
            {% if page.state == 'upcoming' %}
              We will open soon. {{ page.missing }}{{ page.empty }}
            {% else %}
            We are hiring.
            {% endif %}
            {% for item in page.objectives %}
              - {{ item }}
            {% endfor %}
            {% raw %}Write {{ page.title }} in a template.{% endraw %}
            Keep `{{ page.title }}` and:

            ```liquid
            {% include kept.html %}
            ```
            """
        let cleaned = Self.jekyll.clean(body, firstLine: 10)
        #expect(cleaned.text == """

            ## Basic information

            **Job title:** Payroll Specialist, GS-13 (term)
            Subject to a background check.
            Learn about benefits and our process.
            We are hiring.
            Write `{{ page.title }}` in a template.
            Keep `{{ page.title }}` and:

            ```liquid
            {% include kept.html %}
            ```
            """)
        #expect(cleaned.notes == [
            "replaced by their values from the front matter: `page.title`, `page.gs` and `page[\"appointment type\"]`",
            "line 10: removed Liquid comment text (the old site did not show it either)",
            "line 14: removed the Liquid include `job/status_alert.html`; write the text it showed",
            "line 19: removed the Liquid include `job/full_info_on_usajobs.html`; write the text it showed",
            "line 20: removed the link from “benefits”: the template made its address (`link pages/benefits.md`); link the text to the page it meant",
            "line 20: removed the link from “our process”: the template made its address (`site.baseurl /hiring/`); link the text to the page it meant",
            "line 21: kept the `else` text of the Liquid condition `if page.state == 'upcoming'`, as the old site showed it for this posting's front matter",
            "line 26: removed the Liquid loop `for item in page.objectives` (and its end); the text inside is kept once",
            "line 27: removed the Liquid value `item`; write the text it showed",
            "line 29: removed the Liquid raw tags; their text is kept, its braces shown as code",
        ])
    }

    @Test func hugoTemplatesAndShortcodes() {
        let tags = TemplateTags(values: ["title": "Data Analyst", "Team": "Insights"], defaultLanguage: .goTemplate)
        let body = """
            # {{ .Title }} on {{ $.Params.team }}
            {{< notice info >}}
            We sponsor visas.
            {{< /notice >}}
            {{% benefits %}}
            {{< figure src="office.jpg" alt="Our office" >}}
            {{/* a note to the editors */}}
            {{ if .Params.remote }}Remote is fine.{{ end }}
            {{ partial "apply-button.html" . }}
            """
        let cleaned = tags.clean(body, firstLine: 7)
        #expect(cleaned.text == """
            # Data Analyst on Insights
            We sponsor visas.
            Remote is fine.

            """)
        #expect(cleaned.notes == [
            "replaced by their values from the front matter: `.Title` and `$.Params.team`",
            "line 8: removed the Hugo shortcode `notice info` around text that is kept",
            "line 11: removed the Hugo shortcode `benefits`; write what it showed",
            "line 12: removed the Hugo shortcode `figure src=\"office.jpg\" alt=\"Our office\"`; write what it showed",
            "line 13: removed a Go template comment",
            "line 14: removed the Go template condition `if .Params.remote` (and its end); the text inside is kept, so keep what applies",
            "line 15: removed the Go template `partial \"apply-button.html\" .`; write the text it showed",
        ])
    }

    @Test func textWithoutTagsIsUntouched() {
        let text = "Pay: {between} $1 and $2.\n\n\n\nKeep blank lines { { as they are.\n"
        #expect(Self.jekyll.clean(text, firstLine: 5) == TemplateTags.Cleaned(text: text, notes: []))
        // A brace pair never closed in its paragraph is text.
        #expect(Self.jekyll.clean("Use {{ here.\n\nAnd }} there.", firstLine: 1).text == "Use {{ here.\n\nAnd }} there.")
    }

    @Test func notesOutsideTheBodyNameTheirKey() {
        let cleaned = Self.jekyll.clean("Apply by {{ page.closes }}. {% include apply.html %}", firstLine: nil, origin: "in `how_to_apply`")
        #expect(cleaned == TemplateTags.Cleaned(text: "Apply by .", notes: [
            "in `how_to_apply`: removed the Liquid value `page.closes`: the front matter has no `closes` to put there",
            "in `how_to_apply`: removed the Liquid include `apply.html`; write the text it showed",
        ]))
    }

    // MARK: Apply links

    @Test func theFirstLinkIsTheApplyLink() {
        let list = ApplyInstructions(.list([
            .text("Questions to jobs@acme.example."), .text("Apply at https://jobs.acme.example/42."), .text("https://jobs.acme.example/42"),
        ]))
        #expect(list.url == "https://jobs.acme.example/42")
        #expect(list.lines == ["Questions to jobs@acme.example.", "Apply at https://jobs.acme.example/42."])
        #expect(ApplyInstructions(.text("Write to [our team](mailto:jobs@acme.example)")).url == "mailto:jobs@acme.example")
        let address = ApplyInstructions(.text("jobs@acme.example"))
        #expect(address.url == "mailto:jobs@acme.example" && address.lines.isEmpty)
        let autolink = ApplyInstructions(.text("<https://jobs.acme.example/1>"))
        #expect(autolink.url == "https://jobs.acme.example/1" && autolink.lines.isEmpty)
        let none = ApplyInstructions(.text("javascript:alert(1) or TBD"))
        #expect(none.url == nil && none.lines == ["javascript:alert(1) or TBD"])
        #expect(ApplyInstructions.markdown(["One", "Two\nlines"]) == "- One\n- Two\n  lines")
    }

    // MARK: Foreign values

    @Test func datesWithWeekdaysAndTimes() {
        #expect(ForeignValues.date("Friday, June 11, 2021 at 11:59PM EDT") == CalendarDate(year: 2021, month: 6, day: 11))
        #expect(ForeignValues.date("Tuesday, June 16, 2020") == CalendarDate(year: 2020, month: 6, day: 16))
        #expect(ForeignValues.date("February 3, 2021 11:59pm EDT") == CalendarDate(year: 2021, month: 2, day: 3))
        #expect(ForeignValues.date("2024-02-02T09:52:47.949Z") == CalendarDate(year: 2024, month: 2, day: 2))
        #expect(ForeignValues.date("TBD") == nil)
        #expect(ForeignValues.date("Someday, June 11") == nil)
    }

    @Test func payAmountsCurrenciesAndPeriods() {
        #expect(ForeignValues.amount("128,078") == 128_078)
        #expect(ForeignValues.amount("$84k") == 84_000)
        #expect(ForeignValues.amount("84 000") == 84_000)
        #expect(ForeignValues.amount("paid") == nil)
        #expect(ForeignValues.currency("eur") == "EUR")
        #expect(ForeignValues.currency("£") == "GBP")
        #expect(ForeignValues.currency("dollars") == nil)
        #expect(ForeignValues.period("per hour") == .hour)
        #expect(ForeignValues.period("Annual") == .year)
        #expect(ForeignValues.employmentType("perm") == .fullTime)
        // A dot between thousands is read nowhere, as in `check`.
        #expect(ForeignValues.amount("84.000") == nil && ForeignValues.amount("84.5") == 84.5)
        #expect(ForeignValues.salary("€84.000 – €96.000") == nil)
    }

    @Test func workplaceSaidBeforeThePlaces() {
        let read = ForeignValues.places("Virtual (100% Remote), Washington, DC; San Francisco, CA; St. Louis, MO")
        #expect(read.workplace == .remote)
        #expect(read.locations == [JobLocation(city: "Washington", region: "DC", country: "US"),
                                   JobLocation(city: "San Francisco", region: "CA", country: "US"),
                                   JobLocation(city: "St. Louis", region: "MO", country: "US")])
        let sentence = "We have offices in Denver and Austin. We also offer virtual roles."
        #expect(ForeignValues.places(sentence).locations.isEmpty)
        #expect(ForeignValues.places(sentence).prose == [sentence])
        let preference = ForeignValues.places("Remote, preference for working hours that overlap with the team (UTC-7 to UTC+3)")
        #expect(preference.workplace == .remote && preference.locations.isEmpty)
        #expect(preference.prose == ["preference for working hours that overlap with the team (UTC-7 to UTC+3)"])
    }
}
