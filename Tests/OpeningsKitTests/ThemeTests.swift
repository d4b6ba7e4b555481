import Foundation
import Testing
@testable import OpeningsKit

@Suite struct ThemeTests {
    @Test func childThemeOverridesTemplatesAndAssets() throws {
        let site = try TestSite([
            "Content/jobs/a.md": TestSite.validJob,
            "Themes/brand/theme.yml": "name: brand\nextends: default\n",
            "Themes/brand/templates/page.mustache": "BRAND PAGE {{content.title}}",
            "Themes/brand/assets/style.css": "body { color: rebeccapurple }",
            "Themes/brand/assets/extra.txt": "extra",
            "Content/pages/about.md": "---\ntitle: About <us>\n---\nHi\n",
        ], siteYML: TestSite.siteYML + "theme: brand\n")
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded, "\(site.lines(report.diagnostics))")
        #expect(site.read("Public/about/index.html") == "BRAND PAGE About &lt;us&gt;")
        #expect(site.read("Public/assets/style.css") == "body { color: rebeccapurple }")
        #expect(site.read("Public/assets/extra.txt") == "extra")
        #expect(site.read("Public/assets/filter.js") != nil, "parent assets are inherited")
        #expect(site.read("Public/jobs/a/index.html")?.contains("How We Interview") == true, "parent templates are inherited")
    }

    @Test func themeErrors() throws {
        let cycle = try TestSite([
            "Content/jobs/a.md": TestSite.validJob,
            "Themes/a/theme.yml": "extends: b\n",
            "Themes/b/theme.yml": "extends: a\n",
        ], siteYML: TestSite.siteYML + "theme: a\n")
        defer { cycle.remove() }
        #expect(cycle.lines(cycle.check()) == ["Themes/b/theme.yml:1:10: error: theme `a` extends itself through a → b → a; remove one `extends`"])

        let missing = try TestSite(["Content/jobs/a.md": TestSite.validJob], siteYML: TestSite.siteYML + "theme: nope\n")
        defer { missing.remove() }
        #expect(missing.lines(missing.check()) == ["Content/site.yml:8:1: error: theme `nope` not found in Themes/; available: default"])

        let syntax = try TestSite([
            "Content/jobs/a.md": TestSite.validJob,
            "Themes/bad/theme.yml": "extends: default\n",
            "Themes/bad/templates/job.mustache": "<h1>\n{{#job}}{{title}}{{/jobs}}\n",
        ], siteYML: TestSite.siteYML + "theme: bad\n")
        defer { syntax.remove() }
        #expect(syntax.lines(syntax.check()).first?.hasPrefix("Themes/bad/templates/job.mustache:2:") == true)

        // The first line is the author's first line (the build adds its own pragma above it).
        let firstLine = try TestSite([
            "Content/jobs/a.md": TestSite.validJob,
            "Themes/bad/theme.yml": "extends: default\n",
            "Themes/bad/templates/page.mustache": "{{#content}}{{/contents}}\n",
        ], siteYML: TestSite.siteYML + "theme: bad\n")
        defer { firstLine.remove() }
        #expect(firstLine.lines(firstLine.check()).first?.hasPrefix("Themes/bad/templates/page.mustache:1:") == true,
                "\(firstLine.lines(firstLine.check()))")
    }

    /// Builds a site whose theme `name` extends the default one with `templates` (by file
    /// name): the findings as printed, the report, and whether a page was written.
    static func build(theme name: String, templates: [String: String]) throws -> (lines: [String], report: BuildReport, indexWritten: Bool) {
        var files = ["Content/jobs/a.md": TestSite.validJob, "Themes/\(name)/theme.yml": "extends: default\n"]
        for (file, text) in templates { files["Themes/\(name)/templates/\(file)"] = text }
        let site = try TestSite(files, siteYML: TestSite.siteYML + "theme: \(name)\n")
        defer { site.remove() }
        let report = site.build(output: site.root + "/Public")
        return (site.lines(report.diagnostics), report, site.read("Public/index.html") != nil)
    }

    /// A template that includes itself would recurse until the stack overflows and the
    /// build crashes (found trying hostile themes): one error at the tag that closes the
    /// loop when a page reaches it, a warning when no page does, and nothing written.
    @Test func partialsThatIncludeThemselvesAreAnErrorNotACrash() throws {
        let (lines, report, indexWritten) = try Self.build(theme: "loop", templates: [
            "job-card.mustache": "<li>{{title}}\n{{> card-extra}}</li>\n",
            "card-extra.mustache": "{{#tags}}\n  {{> job-card}}\n{{/tags}}\n",
            "unused.mustache": "{{<unused}}{{/unused}}\n",
        ])
        #expect(lines == [
            "Themes/loop/templates/card-extra.mustache:2:7: error: `{{>job-card}}` includes `job-card` inside itself "
                + "(job-card → card-extra → job-card): rendering would never end; remove this tag, or move what the templates share into a partial of its own",
            "Themes/loop/templates/unused.mustache:1:4: warning: `{{<unused}}` includes `unused` inside itself "
                + "(unused → unused): rendering would never end; remove this tag, or move what the templates share into a partial of its own",
        ])
        #expect(!report.succeeded && !indexWritten)
    }

    /// Found by fuzz-theme: sections nested thousands deep overflowed the stack of the
    /// parsers and the theme check, which recurse once per level.
    @Test func sectionsNestedTooDeepAreAnErrorNotACrash() throws {
        let deep = String(repeating: "{{#job}}", count: 2_000) + String(repeating: "{{/job}}", count: 2_000)
        let (lines, report, indexWritten) = try Self.build(theme: "deep", templates: [
            "job-card.mustache": "<li>\n" + deep + "\n</li>\n",
        ])
        #expect(lines == [
            "Themes/deep/templates/job-card.mustache:2:801: error: sections are nested more than 100 deep here; "
                + "close some of the sections above (`{{/name}}`), or move a part into a partial",
        ])
        #expect(!report.succeeded && !indexWritten)
    }

    /// Found by fuzz-theme: a block inside the override of its own name made the theme
    /// check expand it into itself until the stack overflowed.
    @Test func aBlockInsideItsOwnOverrideIsAnErrorNotACrash() throws {
        let (lines, report, indexWritten) = try Self.build(theme: "nest", templates: [
            "page.mustache": "{{<layout}}{{$main}}<p>{{$main}}x{{/main}}</p>{{/main}}{{/layout}}\n",
        ])
        #expect(lines == [
            "Themes/nest/templates/page.mustache:1:27: error: `{{$main}}` inside the override of `main`: rendering would never end; rename the inner block, or remove it",
        ])
        #expect(!report.succeeded && !indexWritten)
    }

    /// Found by fuzz-theme: a partial the index puts in layout's `main` block that uses
    /// `{{<layout}}` itself renders the index's `main` again (the outermost override wins),
    /// and so itself, until the stack overflows; no template includes itself by name.
    @Test func aParentUsedInsideItsOwnBlockIsAnErrorNotACrash() throws {
        let (lines, report, indexWritten) = try Self.build(theme: "wrap", templates: [
            "job-listing.mustache": "<section>\n{{<layout}}{{$title}}x{{/title}}{{/layout}}\n</section>\n",
        ])
        #expect(lines.filter { $0.contains("error:") } == [
            "Themes/wrap/templates/job-listing.mustache:2:4: error: `{{<layout}}` includes `layout` inside itself "
                + "(layout → job-listing → layout): rendering would never end; remove this tag, or move what the templates share into a partial of its own",
        ])
        #expect(!report.succeeded && !indexWritten)
    }

    /// Found by fuzz-theme: overrides reach every template rendered inside the parent call,
    /// so a job-listing with a `{{$main}}` block of its own renders the index's `main`
    /// (which includes job-listing) again, until the stack overflows. One finding, at the
    /// block, though both the index and the listing put job-listing in their `main`.
    @Test func aPartialWithABlockItsOwnOverrideIncludesIsAnErrorNotACrash() throws {
        let (lines, report, indexWritten) = try Self.build(theme: "echo", templates: [
            "job-listing.mustache": "<ul>\n{{$main}}default{{/main}}\n</ul>\n",
        ])
        #expect(lines.filter { $0.contains("error:") } == [
            "Themes/echo/templates/job-listing.mustache:2:4: error: `{{$main}}` renders the override of `main` in "
                + "<built-in default theme>/templates/index.mustache, which includes `{{>job-listing}}` (job-listing → job-listing): "
                + "rendering would never end; rename this block, or remove it",
        ])
        #expect(!report.succeeded && !indexWritten)
    }

    @Test func htmlEscapingWritesMustacheEntities() {
        #expect(Escaping.html("Tom & Jerry's <b>\"café\"</b> — 5 > 3") ==
                "Tom &amp; Jerry&#39;s &lt;b&gt;&quot;café&quot;&lt;/b&gt; — 5 &gt; 3")
        #expect(Escaping.html("plain é text") == "plain é text")
    }

    @Test func emptySiteBuilds() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded, "\(site.lines(report.diagnostics))")
        #expect(site.read("Public/index.html")?.contains("No open positions right now") == true)
        let json = try #require(site.read("Public/jobs.json"))
        #expect(json.contains("\"count\": 0"))
    }
}
