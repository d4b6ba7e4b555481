import Foundation
import Testing
@testable import OpeningsKit

/// A site in several languages (`languages:` in site.yml, translations as `x.de.md`):
/// each language's pages under its folder, reciprocal `hreflang` links, a sitemap and a
/// feed per language, and one finding per mistake an author makes with them.
@Suite struct MultilingualSiteTests {
    static let root = ExampleLanguagesTests.root

    /// Every `<link rel="alternate" hreflang=…>` of a page: hreflang → URL.
    static func alternates(_ html: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in html.split(separator: "\n") where line.hasPrefix("<link rel=\"alternate\" hreflang=\"") {
            let parts = line.split(separator: "\"")
            // <link rel= alternate  hreflang= X  href= URL >
            if parts.count >= 6 { result[String(parts[3])] = String(parts[5]) }
        }
        return result
    }

    static func canonical(_ html: String) -> String? {
        html.split(separator: "\n").first { $0.hasPrefix("<link rel=\"canonical\"") }.map { String($0.split(separator: "\"")[3]) }
    }

    /// The example's build: every page's alternates name pages that name it back with
    /// its own language, x-default is the English page, and each language has its
    /// sitemap (listed in robots.txt, holding its own pages and no other language's)
    /// and its feed.
    @Test func theExampleHasReciprocalAlternatesAndASitemapAndFeedPerLanguage() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("openings-multilingual-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let report = BuildPipeline.build(BuildOptions(siteFolder: Self.root + "/Examples/multilingual", outputFolder: output,
                                                      includeDrafts: false, buildDate: CalendarDate(year: 2026, month: 11, day: 28)!))
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        #expect(report.diagnostics.filter { $0.severity != .note }.isEmpty, "\(report.diagnostics.map(\.formatted))")
        let base = "https://careers.lumen-maps.example/"
        let languages = ["en": "", "de": "de/", "fr": "fr/"]
        let pages = try #require(FileManager.default.enumerator(atPath: output)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix("index.html") }).sorted()
        var byURL: [String: (language: String, alternates: [String: String])] = [:]
        for page in pages {
            let html = try String(contentsOfFile: output + "/" + page, encoding: .utf8)
            let url = try #require(Self.canonical(html), "\(page)")
            let language = page.hasPrefix("de/") ? "de" : page.hasPrefix("fr/") ? "fr" : "en"
            #expect(html.contains("<html lang=\"\(language)\">"), "\(page)")
            #expect(html.contains("class=\"language-switcher\""), "\(page)")
            byURL[url] = (language, Self.alternates(html))
        }
        var pairs = 0
        for (url, page) in byURL where !page.alternates.isEmpty {
            #expect(page.alternates[page.language] == url, "\(url) names itself")
            #expect(page.alternates["x-default"] == page.alternates["en"], "\(url): x-default is the English page")
            for (language, other) in page.alternates where language != "x-default" && other != url {
                let back = try #require(byURL[other], "\(url) names \(other), which the build does not have")
                #expect(back.language == language, "\(other) is in \(language)")
                #expect(back.alternates[page.language] == url, "\(other) names \(url) back")
                pairs += 1
            }
        }
        // The index and benefits page in three languages, the backend engineer in three, the designer in two, …
        #expect(pairs >= 20, "\(pairs)")
        #expect(byURL[base + "jobs/backend-engineer/"]?.alternates.keys.sorted() == ["de", "en", "fr", "x-default"])
        #expect(byURL[base + "de/jobs/werkstudent-geodaten/"]?.alternates.isEmpty == true, "a posting in one language has no alternates")

        let robots = try String(contentsOfFile: output + "/robots.txt", encoding: .utf8)
        for (language, prefix) in languages {
            #expect(robots.contains("Sitemap: \(base)\(prefix)sitemap.xml\n"), "\(language)")
            let sitemap = try String(contentsOfFile: output + "/\(prefix)sitemap.xml", encoding: .utf8)
            let locs = sitemap.components(separatedBy: "<loc>").dropFirst().map { String($0.prefix { $0 != "<" }) }
            let own = byURL.filter { $0.value.language == language }.keys
            #expect(Set(locs) == Set(own), "\(language): the sitemap lists exactly its pages")
            let feed = try String(contentsOfFile: output + "/\(prefix)feed.xml", encoding: .utf8)
            #expect(feed.contains("xml:lang=\"\(language)\""), "\(language)")
            let links = feed.components(separatedBy: "<link rel=\"alternate\" type=\"text/html\" href=\"").dropFirst()
                .map { String($0.prefix { $0 != "\"" }) }
            #expect(links.count > 1 && links.allSatisfy { byURL[$0]?.language == language }, "\(language): \(links)")
            let json = try String(contentsOfFile: output + "/\(prefix)jobs.json", encoding: .utf8)
            #expect(json.contains("\"language\": \"\(language)\""), "\(language)")
        }
        // Once, at the root.
        for file in ["404.html", "robots.txt", "assets/style.css"] {
            #expect(FileManager.default.fileExists(atPath: output + "/" + file))
            #expect(!FileManager.default.fileExists(atPath: output + "/de/" + file))
        }
        let german = try String(contentsOfFile: output + "/de/jobs/backend-engineer/index.html", encoding: .utf8)
        #expect(german.contains("<title>Backend-Entwickler"), "the German title")
        #expect(german.contains("— Karriere bei Lumen Maps</title>"), "the site's title in German")
        #expect(german.contains("href=\"/assets/style.css\""), "assets from the root")
        #expect(german.contains("\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"\(base)de/jobs/backend-engineer/\",\"inLanguage\":\"de\"}"),
                "the JSON-LD says the posting's language")
        #expect(german.contains("<a href=\"/jobs/backend-engineer/\" lang=\"en\" hreflang=\"en\">English</a>"))
        #expect(german.contains("<a href=\"/de/jobs/backend-engineer/\" lang=\"de\" aria-current=\"true\">Deutsch</a>"))
    }

    /// `openings notify` compares every language's jobs: a build's output read with its
    /// language folders, and a build made in memory (a git revision), give the same pages.
    @Test func notifyReadsEveryLanguagesJobs() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("openings-ml-notify-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let options = BuildOptions(siteFolder: Self.root + "/Examples/multilingual", outputFolder: output,
                                   includeDrafts: false, buildDate: CalendarDate(year: 2026, month: 11, day: 28)!)
        #expect(BuildPipeline.build(options).succeeded)
        let settings = try NotifySettings(siteFolder: Self.root + "/Examples/multilingual")
        #expect(settings.languageFolders == ["de/", "fr/"])
        let deployed = try PublishedJobs(contentsOf: output, languageFolders: settings.languageFolders)
        let rootOnly = try PublishedJobs(contentsOf: output)
        let base = "https://careers.lumen-maps.example/"
        #expect(deployed.entries.keys.contains(base + "de/jobs/werkstudent-geodaten/"))
        #expect(deployed.entries.keys.contains(base + "fr/jobs/backend-engineer/"))
        #expect(!rootOnly.entries.keys.contains { $0.hasPrefix(base + "de/") })
        #expect(deployed.entries.count == 8, "3 English, 2 German, 3 French: \(deployed.entries.keys.sorted())")
        let (text, _) = BuildPipeline.jobsJSON(options)
        let inMemory = try PublishedJobs(json: Data(try #require(text).utf8), source: "memory")
        #expect(inMemory.entries == deployed.entries)
    }

    static let siteYML = TestSite.siteYML + "language: en\nlanguages: [de]\n"

    static func posting(_ title: String, id: String = "ENG-1", closes: String = "2027-01-31", extra: String = "") -> String {
        TestSite.job("""
            title: \(title)
            id: \(id)
            department: Engineering
            workplace: remote
            remote_countries: [DE]
            posted: 2026-11-01
            closes: \(closes)
            salary: { min: 60000, max: 80000, currency: EUR, period: year }
            \(extra)
            """)
    }

    /// A translation shares its original's id and slug; two postings of one language may not.
    @Test func idsAndSlugsAreUniquePerLanguage() throws {
        let site = try TestSite([
            "Content/jobs/backend.md": Self.posting("Backend Engineer"),
            "Content/jobs/backend.de.md": Self.posting("Backend-Entwickler (m/w/d)"),
            "Content/jobs/other.de.md": Self.posting("Entwickler (m/w/d)"),
        ], siteYML: Self.siteYML)
        defer { site.remove() }
        let lines = site.lines(site.check().filter { $0.severity == .error })
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasPrefix("Content/jobs/other.de.md:3:1: error: duplicate `id` ENG-1: also used by") == true, "\(lines)")
        #expect(lines.first?.contains("backend.de.md") == true, "\(lines)")
    }

    /// A language the site does not publish in: one error, at the file or at `language:`.
    @Test func aLanguageTheSiteDoesNotHaveIsOneErrorWhereItIsWritten() throws {
        let site = try TestSite([
            "Content/jobs/backend.md": Self.posting("Backend Engineer"),
            "Content/jobs/backend.it.md": Self.posting("Sviluppatore backend (m/f)"),
            "Content/jobs/backend-pl.md": Self.posting("Programista (k/m)", id: "ENG-2", extra: "language: pl\n"),
            "Content/jobs/node.js.md": Self.posting("Node Engineer", id: "ENG-3"),
        ], siteYML: Self.siteYML)
        defer { site.remove() }
        let lines = site.lines(site.check().filter { $0.severity == .error })
        #expect(lines == [
            "Content/jobs/backend-pl.md:10:1: error: `language` `pl` is not one of the site's languages (`en`, `de`); add `pl` to `languages:` in Content/site.yml",
            "Content/jobs/backend.it.md:1:1: error: the file name says this is written in Italian, `it`, which is not one of the site's languages (`en`, `de`); add `it` to `languages:` in Content/site.yml, or rename the file so it does not end in `.it.md`",
        ], "\(lines)")
    }

    /// A translation with another closing date or pay than its original: a warning at its line.
    @Test func aTranslationThatTellsOtherFactsIsAWarningAtTheLine() throws {
        let site = try TestSite([
            "Content/jobs/backend.md": Self.posting("Backend Engineer"),
            "Content/jobs/backend.de.md": Self.posting("Backend-Entwickler (m/w/d)", closes: "2027-02-28"),
        ], siteYML: Self.siteYML)
        defer { site.remove() }
        let lines = site.lines(site.check().filter { $0.severity == .warning })
        #expect(lines == [
            "Content/jobs/backend.de.md:8:1: warning: this translation of `ENG-1` says `closes`: 2027-02-28, its original Content/jobs/backend.md says 2027-01-31; a posting's translations tell the same facts; make them agree",
        ], "\(lines)")
    }

    /// `languages:` entries: a tag, or a mapping with the site's title in that language; a
    /// wrong tag is one error at it.
    @Test func languagesAreReadAsTagsOrEntriesWithTheSiteTitle() throws {
        var diagnostics: [Diagnostic] = []
        let text = "title: Acme\nbase_url: https://a.example/\nlanguage: en-US\nlanguages:\n  - de-DE\n  - { language: fr, title: Carrières }\n  - German\n  - pt-BR\n  - pt-PT\n"
        let config = try #require(SiteConfigDecoder.decode(SourceFile(relativePath: "Content/site.yml", displayPath: "site.yml", text: text),
                                                           diagnostics: &diagnostics))
        #expect(diagnostics.map(\.formatted) == ["site.yml:7:5: error: `languages` `German` is not a BCP 47 language tag; write `de`"])
        #expect(config.languages.map(\.tag) == ["en-US", "de-DE", "fr", "pt-BR", "pt-PT"])
        #expect(config.languages.map(\.prefix) == ["", "de/", "fr/", "pt-br/", "pt-pt/"])
        #expect(config.languages[2].title == "Carrières")
        #expect(config.siteLanguage(for: nil)?.tag == "en-US")
        #expect(config.siteLanguage(for: "de")?.tag == "de-DE")
        #expect(config.siteLanguage(for: "pt") == nil, "two languages share pt")
        #expect(config.siteLanguage(for: "de-AT") == nil)
        #expect(FileLanguage.named("backend.de").language == "de")
        #expect(FileLanguage.named("backend.pt-BR").language == "pt-BR")
        #expect(FileLanguage.named("node.js").language == nil)
        #expect(FileLanguage.named("v1.2").language == nil)
    }

    /// A free page with no German version is in the German menu, in English and marked so.
    @Test func theMenuOffersTheMainLanguagesPagesNotTranslated() throws {
        let site = try TestSite([
            "Content/jobs/backend.md": Self.posting("Backend Engineer"),
            "Content/jobs/backend.de.md": Self.posting("Backend-Entwickler (m/w/d)"),
            "Content/pages/about.md": "---\ntitle: About us\nnav_order: 1\n---\nHello.\n",
            "Content/pages/benefits.md": "---\ntitle: Benefits\nnav_order: 2\n---\nPerks.\n",
            "Content/pages/benefits.de.md": "---\ntitle: Leistungen\nnav_order: 2\n---\nVorteile.\n",
        ], siteYML: Self.siteYML)
        defer { site.remove() }
        #expect(site.build().succeeded)
        let german = try #require(site.read("Public/de/index.html"))
        #expect(german.contains("<li><a href=\"/about/\" lang=\"en\" hreflang=\"en\">About us</a></li>"))
        #expect(german.contains("<li><a href=\"/de/benefits/\">Leistungen</a></li>"))
        #expect(!german.contains("/benefits/\" lang"), "a translated page is not borrowed")
        let english = try #require(site.read("Public/index.html"))
        #expect(english.contains("<li><a href=\"/about/\">About us</a></li>"))
    }

    /// `serve`: adding a translation gives the original's page its alternate at once, as
    /// a fresh build does.
    @Test func aSessionLinksAnOriginalToATranslationAddedLater() throws {
        let site = try TestSite(["Content/jobs/backend.md": Self.posting("Backend Engineer")], siteYML: Self.siteYML)
        defer { site.remove() }
        let session = BuildSession(options: site.options())
        let first = try #require(session.build().files)
        let before = try #require(first.first { $0.path == "jobs/backend/index.html" }?.text)
        #expect(Self.alternates(before).isEmpty)
        try site.write("Content/jobs/backend.de.md", Data(Self.posting("Backend-Entwickler (m/w/d)").utf8))
        let files = try #require(session.build(changed: ["Content/jobs/backend.de.md"]).files)
        let after = try #require(files.first { $0.path == "jobs/backend/index.html" }?.text)
        #expect(Self.alternates(after) == ["en": "https://careers.acme.example/jobs/backend/",
                                           "de": "https://careers.acme.example/de/jobs/backend/",
                                           "x-default": "https://careers.acme.example/jobs/backend/"])
        var options = site.options(output: site.root + "/Fresh")
        options.skipIfUnchanged = false
        #expect(BuildPipeline.build(options).succeeded)
        for file in files {
            guard let text = file.text else { continue }
            #expect(text == site.read("Fresh/" + file.path), "\(file.path)")
        }
    }
}
