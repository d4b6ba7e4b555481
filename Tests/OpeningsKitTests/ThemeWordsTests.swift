import Foundation
import Mustache
@testable import OpeningsKit
import Testing

/// The theme's words in the pages a build writes: a theme overriding one word, a
/// language the theme lacks, link-preview tags, and "Other open roles".
@Suite struct ThemeWordsTests {
    static func site(language: String, theme: [String: String] = [:], jobs: [String: String]? = nil,
                     logo: String? = nil) throws -> TestSite {
        var files = jobs ?? ["Content/jobs/backend-engineer.md": TestSite.validJob]
        files.merge(theme) { $1 }
        var yml = TestSite.siteYML.replacingOccurrences(of: "organization: { name: Acme Corp, url: https://acme.example }",
            with: "organization: { name: Acme Corp, url: https://acme.example\(logo.map { ", logo: \($0)" } ?? "") }")
        yml += "language: \(language)\n"
        if !theme.isEmpty { yml += "theme: mine\n" }
        return try TestSite(files, siteYML: yml)
    }

    static let mine = ["Themes/mine/theme.yml": "extends: default\n"]

    @Test func aThemeOverridesOneWordAndKeepsTheRest() throws {
        let site = try Self.site(language: "en-US", theme: Self.mine.merging(["Themes/mine/i18n/en.yml": "apply_now: Send us your CV\n"]) { $1 })
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded, "\(site.lines(report.diagnostics))")
        let page = try #require(site.read("Public/jobs/backend-engineer/index.html"))
        #expect(page.contains(">Send us your CV<span class=\"visually-hidden\">: Backend Engineer</span></a>"))
        #expect(!page.contains("Apply now"))
        #expect(page.contains("<h2 id=\"summary-heading\" class=\"summary-heading\">At a glance</h2>"))
        #expect(site.lines(report.diagnostics).filter { $0.contains("words") }.isEmpty)
    }

    @Test func aLanguageTheThemeLacksIsOneWarningAtTheLanguageLine() throws {
        let site = try Self.site(language: "sv-SE")
        defer { site.remove() }
        let lines = site.lines(site.check()).filter { $0.contains("words") }
        let languageLine = try #require(site.read("Content/site.yml")).split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("language:") }.map { $0 + 1 }
        #expect(lines == ["Content/site.yml:\(languageLine ?? 0):1: warning: theme `default` has no words in `sv-SE`: pages show the English ones; "
            + "add i18n/sv.yml to a theme of your own that `extends: default` (docs/themes.md, \"Words and languages\"), with the keys of the default theme's i18n/en.yml"])
        // The pages build, in English, under the site's language.
        let report = site.build()
        #expect(report.succeeded)
        let index = try #require(site.read("Public/index.html"))
        #expect(index.contains("<html lang=\"sv-SE\">"))
        #expect(index.contains("1 open position"))
    }

    @Test func aTableMissingWordsNamesThemAtItsFile() throws {
        let site = try Self.site(language: "sv-SE", theme: Self.mine.merging(["Themes/mine/i18n/sv.yml": "apply_now: Ansök nu\nposted: Publicerad\n"]) { $1 })
        defer { site.remove() }
        let lines = site.lines(site.check()).filter { $0.contains("words") }
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Themes/mine/i18n/sv.yml:1:1: warning: no `sv-SE` words for `about_this_posting`, `all_departments`, `all_open_positions`, `any_location` and ") == true,
                "\(lines)")
        let report = site.build()
        let page = try #require(site.read("Public/jobs/backend-engineer/index.html"))
        #expect(report.succeeded)
        #expect(page.contains(">Ansök nu<"))
        #expect(page.contains("<dt>Publicerad</dt>"))
        #expect(page.contains("<h2 id=\"summary-heading\" class=\"summary-heading\">At a glance</h2>"), "a missing word is the English one")
    }

    @Test func aBrokenTableEntryIsAnErrorAtItsLine() throws {
        let site = try Self.site(language: "en-US", theme: Self.mine.merging([
            "Themes/mine/i18n/en.yml": "posted: Posted\nopen_position_count:\n  one: \"{count} job\"\nmonths: [Jan, Feb]\n"]) { $1 })
        defer { site.remove() }
        let lines = site.lines(site.check()).filter { $0.hasPrefix("Themes/") }
        #expect(lines == [
            "Themes/mine/i18n/en.yml:2:1: error: `open_position_count` gives plural forms without `other`; write `one:`, `few:`, `many:` as the language needs, and always `other:`",
            "Themes/mine/i18n/en.yml:4:1: error: `months` names 2 months, not 12; list January to December, in order",
        ])
        #expect(site.build().diagnostics.filter { $0.severity == .error }.count == 2)
        #expect(site.read("Public/index.html") == nil)
    }

    @Test func linkPreviewTagsCarryThePayAndARasterLogo() throws {
        let site = try Self.site(language: "de-DE", logo: "/assets/logo.png")
        defer { site.remove() }
        #expect(site.build().succeeded)
        let page = try #require(site.read("Public/jobs/backend-engineer/index.html"))
        #expect(page.contains("<meta property=\"og:locale\" content=\"de_DE\">"))
        #expect(page.contains("<meta property=\"og:image\" content=\"https://careers.acme.example/assets/logo.png\">"))
        #expect(page.contains("<meta name=\"twitter:card\" content=\"summary\">"))
        #expect(page.contains("<meta name=\"twitter:image\" content=\"https://careers.acme.example/assets/logo.png\">"))
        #expect(page.contains("<meta name=\"twitter:description\" content=\"Backend Engineer bei Acme Corp · Engineering · "))
        #expect(page.contains("100.000\u{00A0}$ – 140.000\u{00A0}$ USD pro Jahr\">"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://careers.acme.example/jobs/backend-engineer/\">"))
    }

    @Test func anSVGLogoIsNoPreviewImageButAThemeImageIsALargeOne() throws {
        let svg = try Self.site(language: "en", logo: "/assets/logo.svg")
        defer { svg.remove() }
        #expect(svg.build().succeeded)
        let plain = try #require(svg.read("Public/index.html"))
        #expect(!plain.contains("og:image"))
        #expect(!plain.contains("og:locale"), "a tag without a region says no more than lang")
        #expect(plain.contains("<meta name=\"twitter:card\" content=\"summary\">"))

        let themed = try Self.site(language: "en", theme: Self.mine.merging(["Themes/mine/assets/social-image.png": "PNG"]) { $1 })
        defer { themed.remove() }
        #expect(themed.build().succeeded)
        let index = try #require(themed.read("Public/index.html"))
        #expect(index.contains("<meta property=\"og:image\" content=\"https://careers.acme.example/assets/social-image.png\">"))
        #expect(index.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"))
    }

    static func job(_ title: String, id: String, department: String, posted: String, closes: String? = nil) -> String {
        TestSite.job("""
            title: \(title)
            id: \(id)
            department: \(department)
            workplace: remote
            remote_countries: [US]
            posted: \(posted)
            interview: engineering
            \(closes.map { "closes: \($0)" } ?? "")

            """)
    }

    @Test func otherOpenRolesAreTheDepartmentsNewestThreeWithoutItself() throws {
        let jobs = [
            "Content/jobs/a.md": Self.job("Alpha Engineer", id: "E-1", department: "Engineering", posted: "2026-11-01"),
            "Content/jobs/b.md": Self.job("Beta Engineer", id: "E-2", department: "Engineering", posted: "2026-11-05"),
            "Content/jobs/c.md": Self.job("Gamma Engineer", id: "E-3", department: "Engineering", posted: "2026-10-01"),
            "Content/jobs/d.md": Self.job("Delta Engineer", id: "E-4", department: "Engineering", posted: "2026-11-03"),
            "Content/jobs/e.md": Self.job("Epsilon Engineer", id: "E-5", department: "Engineering", posted: "2026-09-01"),
            "Content/jobs/f.md": Self.job("Old Engineer", id: "E-6", department: "Engineering", posted: "2026-01-01", closes: "2026-02-01"),
            "Content/jobs/g.md": Self.job("Designer", id: "D-1", department: "Design", posted: "2026-11-02"),
        ]
        let site = try Self.site(language: "en-US", jobs: jobs)
        defer { site.remove() }
        #expect(site.build().succeeded)
        func others(_ slug: String) throws -> [String] {
            let page = try #require(site.read("Public/jobs/\(slug)/index.html"))
            guard let start = page.range(of: "<section class=\"other-roles\"") else { return [] }
            let section = page[start.lowerBound...]
            #expect(section.contains("<h2 id=\"other-roles\">Other open roles in Engineering</h2>"))
            return section.components(separatedBy: "<h3 class=\"job-card-title\"><a href=\"/jobs/").dropFirst().map { String($0.prefix { $0 != "/" }) }
        }
        #expect(try others("a") == ["b", "d", "c"])
        #expect(try others("b") == ["d", "a", "c"])
        #expect(try others("f") == ["b", "d", "a"], "a closed posting points to the open ones")
        #expect(try others("g") == [], "the only job of its department")
    }
}

/// Words written into the templates when they are compiled (`WordedLibrary`): the same
/// bytes as looking them up on every page.
@Suite struct WordedLibraryTests {
    static func strings(_ yml: String) throws -> UIStrings {
        var diagnostics: [Diagnostic] = []
        let table = TranslationTable.parse(SourceFile(relativePath: "i18n/en.yml", displayPath: "i18n/en.yml", text: yml),
                                           language: "en", diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        return UIStrings(tables: ["en": table], language: "en", fallback: "en")
    }

    /// Filled as bytes when the pattern is ASCII, by characters otherwise: the same words.
    @Test func placeholdersAreFilledOnceAndAnUnclosedBraceIsText() {
        let values: KeyValuePairs<String, String> = ["title": "Ingénieur {x}", "organization": "Acme"]
        for (pattern, filled) in [
            ("{title} at {organization}", "Ingénieur {x} at Acme"),
            ("{title} chez {organization} ·", "Ingénieur {x} chez Acme ·"),
            ("{unknown} and {title", "{unknown} and {title"),
            ("Hello {title", "Hello {title"),
            ("Héllo {title", "Héllo {title"),
            ("{a{title}", "{a{title}"),
            ("no braces", "no braces"),
        ] {
            #expect(UIStrings.fill(pattern, values) == filled, "\(pattern)")
        }
    }

    @Test func plainWordsAreWrittenInEscapedAndTheRestStayTags() throws {
        let strings = try Self.strings("""
            apply: Apply & <go>
            braces: "{{site.title}}"
            count:
              one: "{count} job"
              other: "{count} jobs"

            """)
        let template = "<a>{{t.apply}}</a>{{{t.apply}}}{{t.braces}}{{t.count}}{{t.missing}}{{#job}}{{t.apply}}{{/job}}{{ t.apply }}"
        #expect(WordedLibrary.writeIn(template, strings)
            == "<a>Apply &amp; &lt;go&gt;</a>{{{t.apply}}}{{t.braces}}{{t.count}}{{t.missing}}{{#job}}Apply &amp; &lt;go&gt;{{/job}}{{ t.apply }}")
    }

    @Test func aWordedPageIsTheSameBytesAsALookedUpOne() throws {
        let strings = try Self.strings("apply: Apply & <go>\nsee: See\n")
        let source = "{{#job}}<p>{{t.apply}} {{title}}</p>{{/job}}\n  {{t.see}}\n{{t.see}}{{^job}}x{{/job}}\n"
        TemplateEscaping.install()
        let plain = try MustacheTemplate(string: TemplateEscaping.pragma + source)
        let worded = try MustacheTemplate(string: TemplateEscaping.pragma + WordedLibrary.writeIn(source, strings))
        let context: [String: Any] = ["job": ["title": "A & B"], "t": strings.template.value]
        #expect(worded.render(context) == plain.render(context))
        #expect(worded.render(context).contains("Apply &amp; &lt;go&gt; A &amp; B"))
    }

    /// A word with a line break would make the section tag after it stand alone on its
    /// line (its whitespace and line end dropped); one with a brace could join the
    /// template's syntax. Both stay tags, and the page is what looking them up gives.
    @Test func wordsThatWouldChangeHowTheTemplateReadsStayTags() throws {
        let strings = try Self.strings("two: \"one\\ntwo\"\nopen: \"{\"\nclose: \"}\"\n")
        let source = "{{t.two}} {{#job}}\n<p>{{title}}</p>\n{{/job}}\n{{t.open}}{x}}\n{{t.close}}\n"
        #expect(WordedLibrary.writeIn(source, strings) == source)
        TemplateEscaping.install()
        let plain = try MustacheTemplate(string: TemplateEscaping.pragma + source)
        let context: [String: Any] = ["job": ["title": "A"], "t": strings.template.value]
        #expect(plain.render(context) == "one\ntwo \n<p>A</p>\n{{x}}\n}\n")
        let library = try #require(CompiledLibrary(sources: ["page": WordedLibrary.writeIn(source, strings)]))
        #expect(library.render(["job": .object(["title": .text("A")]), "t": try #require(TemplateValue(strings.template.value))],
                               template: "page") == plain.render(context))
    }
}

/// A theme's own words are names its templates may use; a misspelt one is still found.
@Suite struct ThemeOwnWordsTests {
    @Test func aWordOnlyTheThemesTableHasIsKnownAndATypoIsNot() throws {
        let page = """
            {{<layout}}
            {{$main}}
            <h1>{{t.our_mission}}</h1><p>{{t.our_misson}}</p>
            {{/main}}
            {{/layout}}

            """
        let site = try ThemeWordsTests.site(language: "en-US", theme: ThemeWordsTests.mine.merging([
            "Themes/mine/i18n/en.yml": "our_mission: What we do\n",
            "Themes/mine/templates/page.mustache": page,
        ]) { $1 })
        defer { site.remove() }
        let lines = site.lines(site.check()).filter { $0.hasPrefix("Themes/") }
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasPrefix("Themes/mine/templates/page.mustache:3:32: warning: unknown variable `t.our_misson`; did you mean `t.our_mission`?") == true,
                "\(lines)")
    }
}
