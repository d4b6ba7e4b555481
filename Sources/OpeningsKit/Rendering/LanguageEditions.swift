/// A multilingual site (`languages:` in site.yml) is rendered as one site per language:
/// the main language at the root, each other one under its folder (`de/`), each with
/// its postings and pages, its listings, feeds, jobs.json and sitemap, its words and
/// place names. `split` makes those parts from the whole site's content; the render
/// stage and the link check go through them, and prefix their paths with the folder.
///
/// The theme's assets, 404.html, robots.txt (naming every language's sitemap) and the
/// IndexNow key are written once, at the root (`isRootOnly`).
enum LanguageEditions {
    /// One content per language, the main one first; nil for a site in one language,
    /// which is rendered as it always was.
    static func split(_ content: RenderedContent) -> [RenderedContent]? {
        let site = content.site, config = site.config
        let languages = config.languages
        guard languages.count > 1 else { return nil }
        var position: [String: Int] = [:]
        for (index, language) in languages.enumerated() { position[language.tag] = index }
        var jobs = Array(repeating: [Int](), count: languages.count)
        for (index, resolved) in site.jobs.enumerated() { jobs[resolved.language.flatMap { position[$0.tag] } ?? 0].append(index) }
        var pages = Array(repeating: [Int](), count: languages.count)
        for (index, page) in site.pages.enumerated() {
            pages[config.siteLanguage(for: page.language).flatMap { position[$0.tag] } ?? 0].append(index)
        }
        let drafts = languages.indices.map { site.part(languages[$0], jobs: jobs[$0].map { site.jobs[$0] }, pages: pages[$0].map { site.pages[$0] },
                                                       edition: nil) }
        let alternates = LanguageAlternates(drafts)
        return languages.indices.map { number in
            let draft = drafts[number]
            // The main language's free pages this language has no translation of: its menu links to them.
            let own = Set(drafts[number].pages.map(\.slug))
            let borrowed = number == 0 ? [] : drafts[0].pages.filter { !own.contains($0.slug) }
            let edition = LanguageEdition(language: languages[number], number: number, root: site.baseURL, alternates: alternates,
                                          mainPages: borrowed, mainLanguage: languages[0].tag)
            return RenderedContent(
                site: site.part(languages[number], jobs: draft.jobs, pages: draft.pages, edition: edition,
                                words: (draft.strings, draft.placeNames)),
                jobs: jobs[number].map { content.jobs[$0] }, interviewHTML: content.interviewHTML,
                pageHTML: pages[number].map { content.pageHTML[$0] }, interviewLinks: content.interviewLinks,
                pageLinks: pages[number].map { content.pageLinks.indices.contains($0) ? content.pageLinks[$0] : LinkInventory() })
        }
    }

    /// Files only the root has, whatever the language of the site part that makes them.
    static func isRootOnly(_ path: String, config: SiteConfig) -> Bool {
        path == SitePaths.notFound || path == SitePaths.robots || path.hasPrefix(SitePaths.asset(""))
            || config.indexNowKey.map { path == SitePaths.indexNowKey($0) } ?? false
    }
}

/// One language's part of a multilingual site, as its pages see it.
final class LanguageEdition: Sendable {
    let language: SiteLanguage
    /// Its place in `alternates.languages`.
    let number: Int
    /// The site's root address (the main language's).
    let root: BaseURL
    let alternates: LanguageAlternates
    /// Free pages of the main language with no translation in this one: the menu offers
    /// them (in the main language, marked so) rather than leave them out.
    let mainPages: [Page]
    let mainLanguage: String

    init(language: SiteLanguage, number: Int, root: BaseURL, alternates: LanguageAlternates, mainPages: [Page],
         mainLanguage: String) {
        self.language = language
        self.number = number
        self.root = root
        self.alternates = alternates
        self.mainPages = mainPages
        self.mainLanguage = mainLanguage
    }
}

extension OutputFile {
    /// The same file under a language's folder.
    func prefixed(_ prefix: String) -> OutputFile {
        prefix.isEmpty ? self : OutputFile(path: prefix + path, contents: contents)
    }
}
