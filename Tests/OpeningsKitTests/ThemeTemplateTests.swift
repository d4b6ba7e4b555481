import Foundation
import Mustache
import Testing
@testable import OpeningsKit

/// What an author of a custom theme sees: names no page has, and syntax errors, each at
/// the template's line and column with a way to fix it.
extension ThemeTests {
    /// A site whose theme `x` extends the default theme with `templates`; its findings as printed.
    static func themeFindings(_ templates: [String: String], jobs: Int = 1) throws -> [String] {
        var files = ["Themes/x/theme.yml": "extends: default\n"]
        for (name, text) in templates { files["Themes/x/templates/\(name).mustache"] = text }
        for number in 1...max(1, jobs) {
            files["Content/jobs/job-\(number).md"] = TestSite.validJob.replacingOccurrences(of: "ENG-1", with: "ENG-\(number)")
        }
        let site = try TestSite(files, siteYML: TestSite.siteYML + "theme: x\n")
        defer { site.remove() }
        return site.lines(site.check())
    }

    @Test func defaultThemeUsesOnlyNamesThePagesHave() throws {
        let theme = try InMemorySite.defaultTheme()
        #expect(theme.sources.count == 9)
        for source in theme.sources.values {
            guard case .success = TemplateSyntax.parse(source.text) else {
                Issue.record("\(source.path) is not read like swift-mustache reads it")
                continue
            }
        }
        #expect(ThemeCheck.check(theme).map(\.formatted) == [])
        // The repository's own copy of the default theme, as a site sees it on disk.
        let exported = try TestSite(["Content/jobs/a.md": TestSite.validJob], siteYML: TestSite.siteYML + "theme: mine\n")
        defer { exported.remove() }
        _ = try ThemeExport.write(to: exported.root + "/Themes/mine", force: false)
        #expect(exported.lines(exported.check()) == [])
    }

    @Test func everyDocumentedNameIsKnown() throws {
        // docs/themes.md, "Context reference": a theme may use each of these.
        let job = """
            {{<layout}}{{$main}}
            {{site.title}}{{site.language}}{{site.description}}{{site.rootURL}}{{site.assetsURL}}{{site.feedURL}}{{site.jobsJSONURL}}
            {{site.organization.name}}{{site.organization.url}}{{site.organization.logoURL}}{{#site.nav}}{{title}}{{url}}{{/site.nav}}
            {{#site.departments}}{{name}}{{slug}}{{url}}{{count}}{{/site.departments}}{{site.openJobCount}}{{site.buildDate}}{{site.year}}
            {{page.title}}{{page.heading}}{{page.description}}{{page.canonicalURL}}{{page.robots}}{{page.ogType}}{{page.isJob}}
            {{#job}}{{title}}{{url}}{{id}}{{department}}{{departmentSlug}}{{level}}{{locationsText}}{{workplace}}{{workplaceLabel}}
            {{employmentTypeLabel}}{{salaryText}}{{postedISO}}{{postedText}}{{closesISO}}{{closesText}}{{locationValues}}{{remoteValues}}{{searchText}}
            {{cardHTML}}{{slug}}{{canonicalURL}}{{departmentURL}}{{employmentType}}{{reportsTo}}
            {{#locations}}{{text}}{{city}}{{region}}{{country}}{{countryName}}{{/locations}}{{remoteCountriesText}}{{hasRemoteCountries}}
            {{updatedISO}}{{updatedText}}{{isClosed}}{{isDraft}}{{isListed}}
            {{#salary}}{{text}}{{label}}{{hasLabel}}{{min}}{{max}}{{currency}}{{periodLabel}}{{/salary}}
            {{#benefits}}{{.}}{{/benefits}}{{hasBenefits}}{{#disclosures}}{{.}}{{/disclosures}}{{hasDisclosures}}{{#responsibilities}}{{{html}}}{{/responsibilities}}{{hasResponsibilities}}
            {{#requirements}}{{{html}}}{{/requirements}}{{hasRequirements}}{{#metrics}}{{name}}{{target}}{{/metrics}}{{hasMetrics}}
            {{{bodyHTML}}}{{#interview}}{{title}}{{{bodyHTML}}}{{#stages}}{{number}}{{name}}{{duration}}{{format}}{{#assesses}}{{.}}{{/assesses}}{{assessesText}}{{/stages}}{{/interview}}
            {{hasInterview}}{{{interviewSectionHTML}}}{{applyURL}}{{#tags}}{{.}}{{/tags}}{{{jsonLD}}}{{/job}}
            {{/main}}{{/layout}}
            """
        let listing = """
            {{<layout}}{{$main}}{{page.isIndex}}{{page.isListing}}
            {{#listing}}{{kind}}{{title}}{{count}}{{countText}}{{isEmpty}}{{isDepartment}}{{isWorkplace}}{{isLocation}}{{isRemoteFrom}}
            {{#groups}}{{name}}{{slug}}{{url}}{{count}}{{{cardsHTML}}}{{#jobs}}{{title}}{{url}}{{{cardHTML}}}{{/jobs}}{{/groups}}
            {{#filters.departments}}{{label}}{{value}}{{url}}{{count}}{{isCurrent}}{{/filters.departments}}
            {{#filters.workplaces}}{{label}}{{/filters.workplaces}}{{#filters.locations}}{{label}}{{/filters.locations}}
            {{#filters.remoteCountries}}{{label}}{{value}}{{url}}{{count}}{{isCurrent}}{{/filters.remoteCountries}}{{/listing}}
            {{/main}}{{/layout}}
            """
        let page = "{{<layout}}{{$main}}{{page.isPage}}{{content.title}}{{content.slug}}{{content.url}}{{{content.bodyHTML}}}{{content.description}}{{/main}}{{/layout}}\n"
        let notFound = "{{<layout}}{{$main}}{{page.is404}}{{/main}}{{/layout}}\n"
        let lines = try Self.themeFindings(["job": job, "index": listing, "listing": listing, "page": page, "404": notFound])
        #expect(lines == [], "\(lines.joined(separator: "\n"))")
    }

    @Test func unknownNamesAreReportedWhereTheyAreWithADidYouMean() throws {
        let embedded = DefaultTheme.embeddedFiles.first { $0.0 == "templates/layout.mustache" }?.1 ?? ""
        var layout = String(decoding: Data(base64Encoded: embedded) ?? Data(), as: UTF8.self)
        layout = layout.replacingOccurrences(of: "{{#page.robots}}", with: "        {{site.titel}}")
        let page = """
            {{<layout}}{{$main}}
            <h1>{{content.titel}}</h1>
            {{#job}}{{title}}{{/job}}
            {{#site.nav}}<a href="{{url}}">{{titel}}</a>{{/site.nav}}
            {{^content.description}}{{content.descripton}}{{/content.description}}
            {{>job-cards}} {{uppercase(site.title)}} {{#site.departments}}{{#first()}}{{nmae}}{{/first()}}{{/site.departments}}
            {{/main}}{{$mian}}x{{/mian}}{{/layout}}
            """
        let lines = try Self.themeFindings(["layout": layout.replacingOccurrences(of: "{{/page.robots}}\n", with: "\n"), "page": page],
                                           jobs: 12)
        #expect(lines == [
            "Themes/x/templates/layout.mustache:16:11: warning: unknown variable `site.titel`; did you mean `site.title`?",
            "Themes/x/templates/page.mustache:2:7: warning: unknown variable `content.titel`; did you mean `content.title`?",
            "Themes/x/templates/page.mustache:3:4: warning: unknown variable `job`; names here: content, page, site, t",
            "Themes/x/templates/page.mustache:4:34: warning: unknown variable `titel`; did you mean `title`?",
            "Themes/x/templates/page.mustache:5:27: warning: unknown variable `content.descripton`; did you mean `content.description`?",
            "Themes/x/templates/page.mustache:6:4: warning: unknown partial `{{>job-cards}}`: no template `job-cards.mustache`; did you mean `{{>job-card}}`?",
            "Themes/x/templates/page.mustache:6:18: warning: unknown transform `uppercase` in `uppercase(site.title)`; did you mean `uppercased`?",
            "Themes/x/templates/page.mustache:6:77: warning: unknown variable `nmae`; did you mean `name`?",
            "Themes/x/templates/page.mustache:7:13: warning: `layout` has no block `mian`, so this override is never shown; did you mean `{{$main}}`?",
        ], "\(lines.joined(separator: "\n"))")
    }

    @Test func partialsAreCheckedInTheContextsTheyAreIncludedFrom() throws {
        // `posting-title` is included by the job page only: `job.title` is known there.
        // `shared` is included by both: a name one page has is fine. `unused` is included
        // by nothing: checked against every page's names.
        let job = "{{<layout}}{{$main}}{{>posting-title}}{{>shared}}{{/main}}{{/layout}}\n"
        let page = "{{<layout}}{{$main}}{{>shared}}{{/main}}{{/layout}}\n"
        let lines = try Self.themeFindings([
            "job": job, "page": page,
            "posting-title": "<h1>{{job.title}}</h1>{{job.titel}}\n",
            "shared": "{{#job}}{{title}}{{/job}}{{#content}}{{title}}{{/content}}\n",
            "unused": "{{listing.countText}}{{job.slug}}{{nope}}\n",
        ])
        #expect(lines == [
            "Themes/x/templates/posting-title.mustache:1:25: warning: unknown variable `job.titel`; did you mean `job.title`?",
            "Themes/x/templates/unused.mustache:1:36: warning: unknown variable `nope`; no page has it (`unused` is included by no template, so it is checked against every page's names)",
        ], "\(lines.joined(separator: "\n"))")
    }

    @Test func findingsComeWithTheBuildAndStrictMakesThemErrors() throws {
        let site = try TestSite([
            "Content/jobs/a.md": TestSite.validJob,
            "Themes/x/theme.yml": "extends: default\n",
            "Themes/x/templates/404.mustache": "{{<layout}}{{$main}}<h1>{{page.headng}}</h1>{{/main}}{{/layout}}\n",
        ], siteYML: TestSite.siteYML + "theme: x\n")
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded)
        #expect(site.lines(report.diagnostics) == [
            "Themes/x/templates/404.mustache:1:27: warning: unknown variable `page.headng`; did you mean `page.heading`?"])
        var strict = site.options()
        strict.strict = true
        #expect(!BuildPipeline.check(strict).succeeded)
    }

    /// One case per kind of error swift-mustache's parser reports: the kind it reports
    /// for the template, and the line printed for the author.
    static let syntaxCases: [(template: String, kind: String, line: String)] = [
        ("<title>{{page.title</title>\n", "unfinishedName",
         "1:8: error: the tag `{{page.title</title>` is not closed; end it with `}}`"),
        ("<p>{{ site title }}</p>\n", "unfinishedName",
         "1:12: error: the tag `{{ site title }}` has a space inside its name; a name has no spaces: join its parts with `.` (`site.title`), or remove the space"),
        ("{{site.title | upper}}\n", "unfinishedName",
         "1:14: error: the tag `{{site.title | upper}}` has `|`, which a name cannot contain; names are letters, digits, `.`, `-`, `_` and `?`; transforms are written `uppercased(name)`"),
        ("{{{content.bodyHTML}}\n", "unfinishedName",
         "1:1: error: the tag `{{{content.bodyHTML}}` is not closed; a tag that starts with `{{{` ends with `}}}`"),
        ("{{uppercased(site.title}}\n", "unfinishedName",
         "1:3: error: `uppercased(site.title` is not a name or a transform call; write a transform as `transform(name)`, e.g. `uppercased(job.title)`, with one `)` for each `(`"),
        ("<h1>\n{{#content}}{{title}}{{/contents}}\n", "sectionCloseNameIncorrect",
         "2:25: error: `{{/contents}}` does not close the open section `{{#content}}` (line 2, column 1); did you mean `{{/content}}`?"),
        ("x {{/content}}\n", "sectionCloseNameIncorrect",
         "1:6: error: `{{/content}}` closes a section that was never opened; remove it, or open the section with `{{#content}}` before it"),
        ("a\n  {{#content.description}}\nx\n", "expectedSectionEnd",
         "2:3: error: `{{#content.description}}` is never closed; add `{{/content.description}}` where the section ends"),
        ("{{=<% %>}}\n", "overflow",
         "1:1: error: the delimiter change `{{=<% %>}}` is malformed; write it as `{{=<% %>=}}`: the new start and end delimiters, a space between them, inside `=` signs"),
        ("{{=<%%>=}}\n", "invalidSetDelimiter",
         "1:1: error: the delimiter change `{{=<%%>=}}` is malformed; write it as `{{=<% %>=}}`: the new start and end delimiters, a space between them, inside `=` signs"),
        ("{{<layout}}{{$main(x)}}x{{/main(x)}}{{/layout}}\n", "transformAppliedToInheritanceSection",
         "1:15: error: the block `{{$main(x)}}` has a transform, which blocks cannot have; name the block plainly, e.g. `{{$main}}`"),
        ("{{<layout}}{{$main}}x{{/main}}{{content.title}}{{/layout}}\n", "illegalTokenInsideInheritSection",
         "1:31: error: `{{content.title}}` stands directly inside a `{{<parent}}`, where only `{{$block}}…{{/block}}` overrides may be; move it into one of the blocks, e.g. `{{$main}}…{{/main}}`"),
        ("{{%CONTENT_TYPE HTML}}\n", "invalidConfigVariableSyntax",
         "1:1: error: the pragma `{{%CONTENT_TYPE HTML}}` is malformed; write `{{% CONTENT_TYPE: TEXT }}` (or `HTML`), or remove it"),
        ("{{% CONTENT_TYPE: HTM}}\n", "unrecognisedConfigVariable",
         "1:1: error: the pragma `{{% CONTENT_TYPE: HTM}}` names the content type `HTM`, which does not exist; did you mean `HTML`?"),
        ("{{% CONTENT: HTML}}\n", "unrecognisedConfigVariable",
         "1:1: error: the pragma `{{% CONTENT: HTML}}` sets `CONTENT`, which does not exist; the only setting is `CONTENT_TYPE`"),
        ("{{! a comment\n", "overflow",
         "1:1: error: the comment `{{!` is never closed; end it with `}}`"),
        ("<p>{{content.title}", "overflow",
         "1:4: error: the tag `{{content.title}` is not closed; end it with `}}`"),
        ("text {", "overflow",
         "1:6: error: the template ends with `{`, which starts a tag; remove it, or end the file with a line break after it"),
    ]

    @Test(arguments: syntaxCases.indices)
    func syntaxErrorsSayWhatAndWhere(_ index: Int) throws {
        let (template, kind, line) = Self.syntaxCases[index]
        TemplateEscaping.install()
        do {
            _ = try MustacheTemplate(string: TemplateEscaping.pragma + template)
            Issue.record("swift-mustache accepted \(template.debugDescription)")
        } catch let error as MustacheTemplate.ParserError {
            #expect("\(error.error)" == kind, "the case covers swift-mustache's `\(kind)`")
        }
        let lines = try Self.themeFindings(["page": template])
        #expect(lines == ["Themes/x/templates/page.mustache:" + line], "\(lines)")
    }
}
